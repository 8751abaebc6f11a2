import ical, { ICalCalendarMethod } from 'ical-generator';
import { todayUtc } from '../../../domain/calendar.js';
import type { ObligationStatus } from '../../../domain/obligations/kinds.js';
import {
  defaultPolicy,
  obligationsOn,
  type ReportingPolicy,
} from '../../../domain/obligations/obligations.js';
import { notFound } from '../../http/errors.js';
import type { ObligationData } from './inputs.js';

export const articleTitles: Record<string, string> = {
  '3': 'Art. 3 stockpile destruction',
  '3.8': 'Art. 3(8) report on retained cluster munitions',
  '4': 'Art. 4 clearance of cluster munition remnants',
  '5': 'Art. 5 victim assistance',
  '7-initial': 'Art. 7 initial transparency report',
  '7-annual': 'Art. 7 annual transparency report',
  '9': 'Art. 9 national implementation measures',
};

export function stateObligations(
  data: ObligationData,
  iso3: string,
  asOf: string,
  policy: ReportingPolicy = defaultPolicy,
) {
  const input = data.inputs.get(iso3);
  if (!input) throw notFound(`State ${iso3}`);
  return { iso3, asOf, items: obligationsOn(input, asOf, policy) };
}

export type ObligationFilter = {
  asOf?: string;
  status?: ObligationStatus;
  article?: string;
  state?: string;
  ccmRegion?: string;
};

/** Obligations that apply, across all States, with the filters of the compliance dashboard. */
export function listObligations(
  data: ObligationData,
  filter: ObligationFilter,
  policy: ReportingPolicy = defaultPolicy,
) {
  const asOf = filter.asOf ?? todayUtc();
  const items = data.registry.states
    .filter(
      (s) =>
        (!filter.state || s.iso3 === filter.state) && (!filter.ccmRegion || s.ccmRegion === filter.ccmRegion),
    )
    .flatMap((state) => {
      const input = data.inputs.get(state.iso3);
      if (!input?.entryIntoForce) return [];
      return obligationsOn(input, asOf, policy).map((o) => ({
        ...o,
        iso3: state.iso3,
        name: state.nameEn,
        ccmRegion: state.ccmRegion,
      }));
    })
    .filter(
      (o) =>
        o.applies &&
        (!filter.status || o.status === filter.status) &&
        (!filter.article || o.article === filter.article),
    )
    .sort(
      (a, b) =>
        (a.currentDeadline ?? '9999').localeCompare(b.currentDeadline ?? '9999') ||
        a.name.localeCompare(b.name),
    );
  return { asOf, items, total: items.length };
}

/** Every current deadline as an all-day event, for calendar programs (RFC 5545). */
export function deadlinesCalendar(data: ObligationData, publicUrl: string, state?: string) {
  const calendar = ical({
    name: state ? `CCM deadlines: ${state}` : 'CCM deadlines',
    prodId: { company: 'CCM Implementation Support Unit', product: 'deadlines', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  const { items } = listObligations(data, { state });
  for (const o of items) {
    if (!o.currentDeadline || o.status.startsWith('completed')) continue;
    calendar.createEvent({
      id: `${o.iso3}-${o.article}-${o.currentDeadline}@ccm-isu`,
      start: new Date(`${o.currentDeadline}T00:00:00Z`),
      allDay: true,
      summary: `${o.name}: ${articleTitles[o.article]} due`,
      description: `${articleTitles[o.article]} — ${o.name} (${o.iso3}). Status: ${o.status.replaceAll('_', ' ')}.`,
      url: `${publicUrl}/states/${o.iso3}`,
    });
  }
  return calendar.toString();
}
