import type { ObligationInput } from '../../../domain/obligations/obligations.js';
import { positionOn } from '../../../domain/treaty/status.js';
import type { Queryable } from '../../db/tx.js';
import { meetings } from '../meetings/tables.js';
import { asDomainEvents, loadRegistry, type Registry } from '../states/queries.js';
import {
  completions,
  extensionRequests,
  nationalMeasures,
  obligationFacts,
  reportSubmissions,
} from './tables.js';

export type ObligationData = {
  registry: Registry;
  inputs: Map<string, ObligationInput>;
  meetingNames: Map<string, string>;
};

const groupBy = <T extends { iso3: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.iso3, [...(map.get(row.iso3) ?? []), row]);
  return map;
};

/** Everything the obligation rules need for every State, in six queries. */
export async function loadObligationData(db: Queryable): Promise<ObligationData> {
  const [registry, facts, done, measures, submissions, requests, meetingRows] = await Promise.all([
    loadRegistry(db),
    db.select().from(obligationFacts),
    db.select().from(completions),
    db.select().from(nationalMeasures),
    db.select().from(reportSubmissions),
    db.select().from(extensionRequests),
    db.select().from(meetings),
  ]);
  const meetingNames = new Map(meetingRows.map((m) => [m.id, m.id]));
  const factsOf = groupBy(facts);
  const doneOf = groupBy(done);
  const submissionsOf = groupBy(submissions);
  const requestsOf = groupBy(requests);
  const measuresOf = new Map(measures.map((m) => [m.iso3, m]));
  const inputs = new Map<string, ObligationInput>();
  for (const state of registry.states) {
    const position = positionOn(asDomainEvents(registry.eventsOf.get(state.iso3)), '9999-12-31');
    const sent = submissionsOf.get(state.iso3) ?? [];
    const yearly = (kind: 'annual' | 'retention') =>
      Object.fromEntries(
        sent.filter((s) => s.kind === kind && s.year).map((s) => [s.year as number, s.submittedOn]),
      );
    const measure = measuresOf.get(state.iso3);
    inputs.set(state.iso3, {
      entryIntoForce: position.entryIntoForce,
      withdrawalEffective: position.withdrawalEffective,
      facts: (factsOf.get(state.iso3) ?? []).map((f) => ({ ...f, years: f.years ?? undefined })),
      extensions: (requestsOf.get(state.iso3) ?? [])
        .filter((r) => r.status !== 'draft' && r.status !== 'withdrawn')
        .map((r) => ({
          article: r.article,
          requestedOn: r.submittedOn,
          requestedUntil: r.requestedUntil,
          decision: r.status === 'decided' ? r.decision : null,
          grantedUntil: r.status === 'decided' ? r.grantedUntil : null,
          decidedOn: r.decidedOn,
          decidedAt: r.decidedAtMeetingId ? (meetingNames.get(r.decidedAtMeetingId) ?? null) : null,
        })),
      completions: (doneOf.get(state.iso3) ?? []).map((c) => ({
        article: c.article,
        date: c.date,
        before: c.before,
      })),
      initialReportSubmitted:
        sent
          .filter((s) => s.kind === 'initial')
          .map((s) => s.submittedOn)
          .sort()[0] ?? null,
      annualReportsSubmitted: yearly('annual'),
      retentionReportsSubmitted: yearly('retention'),
      nationalMeasures: measure ? { status: measure.status, date: measure.date } : null,
    });
  }
  return { registry, inputs, meetingNames };
}
