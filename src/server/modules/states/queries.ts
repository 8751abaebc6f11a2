import { asc } from 'drizzle-orm';
import { todayUtc } from '../../../domain/calendar.js';
import { datesForDeposit } from '../../../domain/treaty/dates.js';
import {
  countsAsParty,
  positionOn,
  type TreatyEvent,
  type TreatyStatus,
  treatyStatuses,
} from '../../../domain/treaty/status.js';
import type { StateSummary } from '../../../shared/contracts/states.js';
import type { Queryable } from '../../db/tx.js';
import { states, treatyEvents, universalizationTargets } from './tables.js';

type StateRow = typeof states.$inferSelect;
type EventRow = typeof treatyEvents.$inferSelect;
export type Registry = { states: StateRow[]; eventsOf: Map<string, EventRow[]> };

/** All States and their events: small (a few hundred rows), so statuses are computed in memory. */
export async function loadRegistry(db: Queryable): Promise<Registry> {
  const [stateRows, eventRows] = await Promise.all([
    db.select().from(states).orderBy(asc(states.nameEn)),
    db.select().from(treatyEvents).orderBy(asc(treatyEvents.date), asc(treatyEvents.createdAt)),
  ]);
  const eventsOf = new Map<string, EventRow[]>();
  for (const event of eventRows) eventsOf.set(event.iso3, [...(eventsOf.get(event.iso3) ?? []), event]);
  return { states: stateRows, eventsOf };
}

export const asDomainEvents = (rows: EventRow[] = []): TreatyEvent[] =>
  rows.map((row) => ({ type: row.type, date: row.date, effectiveDate: row.effectiveDate }));

export function summarise(
  state: StateRow,
  events: EventRow[] | undefined,
  asOf: string,
  lang: 'en' | 'fr' | 'es',
): StateSummary {
  const position = positionOn(asDomainEvents(events), asOf);
  const names = { en: state.nameEn, fr: state.nameFr, es: state.nameEs };
  return {
    iso3: state.iso3,
    name: names[lang],
    names,
    status: position.status,
    region: state.region,
    ccmRegion: state.ccmRegion as StateSummary['ccmRegion'],
    signatureDate: position.signatureDate,
    depositDate: position.depositDate,
    depositType: position.depositType,
    entryIntoForce: position.entryIntoForce,
  };
}

/** Folds accents and case so "cote" finds "Côte d'Ivoire" and "peru" finds "Perú". */
export const foldForSearch = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export type StateFilter = {
  status?: TreatyStatus;
  region?: string;
  ccmRegion?: string;
  q?: string;
  asOf?: string;
  lang: 'en' | 'fr' | 'es';
};

export function listStates(registry: Registry, filter: StateFilter) {
  const asOf = filter.asOf ?? todayUtc();
  const needle = filter.q ? foldForSearch(filter.q) : null;
  const items = registry.states
    .map((state) => summarise(state, registry.eventsOf.get(state.iso3), asOf, filter.lang))
    .filter(
      (s) =>
        (!filter.status || s.status === filter.status) &&
        (!filter.region || s.region === filter.region) &&
        (!filter.ccmRegion || s.ccmRegion === filter.ccmRegion) &&
        (!needle || foldForSearch(`${s.names.en} ${s.names.fr} ${s.names.es} ${s.iso3}`).includes(needle)),
    )
    .sort((a, b) => a.name.localeCompare(b.name, filter.lang));
  return { items, total: items.length, asOf };
}

const emptyCounts = () =>
  Object.fromEntries(treatyStatuses.map((s) => [s, 0])) as Record<TreatyStatus, number>;

function countIn(groups: Map<string, Record<TreatyStatus, number>>, key: string) {
  const existing = groups.get(key);
  if (existing) return existing;
  const fresh = emptyCounts();
  groups.set(key, fresh);
  return fresh;
}

/** Counts by status and region on a date, and the number of Parties at the end of each year. */
export async function universalizationOn(db: Queryable, registry: Registry, asOf: string) {
  const { items } = listStates(registry, { asOf, lang: 'en' });
  const byStatus = emptyCounts();
  const regions = new Map<string, Record<TreatyStatus, number>>();
  const ccm = new Map<string, Record<TreatyStatus, number>>();
  for (const s of items) {
    byStatus[s.status]++;
    countIn(regions, s.region)[s.status]++;
    countIn(ccm, s.ccmRegion)[s.status]++;
  }
  const lastYear = Number(asOf.slice(0, 4));
  const partiesByYear = [];
  for (let year = 2008; year <= lastYear; year++) {
    const yearEnd = year === lastYear ? asOf : `${year}-12-31`;
    let parties = 0;
    let inForce = 0;
    for (const state of registry.states) {
      const status = positionOn(asDomainEvents(registry.eventsOf.get(state.iso3)), yearEnd).status;
      if (countsAsParty(status)) parties++;
      if (status === 'state_party') inForce++;
    }
    partiesByYear.push({ year, parties, inForce });
  }
  const targets = await db
    .select()
    .from(universalizationTargets)
    .orderBy(asc(universalizationTargets.byDate));
  return {
    asOf,
    parties: byStatus.state_party + byStatus.party_not_in_force,
    inForce: byStatus.state_party,
    byStatus,
    byRegion: [...regions]
      .map(([region, counts]) => ({ region, byStatus: counts }))
      .sort((a, b) => a.region.localeCompare(b.region)),
    byCcmRegion: [...ccm]
      .map(([region, counts]) => ({ region: region as StateSummary['ccmRegion'], byStatus: counts }))
      .sort((a, b) => a.region.localeCompare(b.region)),
    partiesByYear,
    targets,
  };
}

export function detailOf(registry: Registry, iso3: string, asOf: string, lang: 'en' | 'fr' | 'es') {
  const state = registry.states.find((s) => s.iso3 === iso3);
  if (!state) return null;
  const events = registry.eventsOf.get(iso3) ?? [];
  const summary = summarise(state, events, asOf, lang);
  const position = positionOn(asDomainEvents(events), asOf);
  return {
    ...summary,
    withdrawalEffective: position.withdrawalEffective,
    dates: summary.depositDate ? datesForDeposit(summary.depositDate) : null,
    events: events.map((e) => ({
      id: e.id,
      type: e.type,
      date: e.date,
      effectiveDate: e.effectiveDate,
      notification: e.notification,
      detail: e.detail,
      source: e.source,
    })),
  };
}
