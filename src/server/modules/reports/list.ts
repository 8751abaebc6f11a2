import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type IsoDate, todayUtc, yearOf } from '../../../domain/calendar.js';
import { annualReportYears, defaultPolicy } from '../../../domain/obligations/obligations.js';
import type { ReportKind } from '../../../domain/reports/kinds.js';
import { initialReportDue } from '../../../domain/treaty/dates.js';
import {
  type ReportFilterQuery,
  type ReportListQuery,
  type ReportSummary,
  reportListStatuses,
} from '../../../shared/contracts/reports.js';
import { type Actor, isStaff } from '../../../shared/roles.js';
import type { Queryable } from '../../db/tx.js';
import type { Column } from '../../http/export.js';
import { loadObligationData, type ObligationData } from '../obligations/inputs.js';
import { foldForSearch } from '../states/queries.js';
import { states } from '../states/tables.js';
import { reports, reportVersions } from './tables.js';

/**
 * Whose eyes a list is for. The public and coordinators see published reports only, as published;
 * a focal point also sees every report of its State as it stands; ISU staff see everything and,
 * for a year, the reports still owed.
 */
export type Audience = { kind: 'public' } | { kind: 'state'; iso3: string } | { kind: 'staff' };

export function audienceOf(actor: Actor | null): Audience {
  if (isStaff(actor)) return { kind: 'staff' };
  if (actor?.role === 'state_focal_point' && actor.stateIso3) return { kind: 'state', iso3: actor.stateIso3 };
  return { kind: 'public' };
}

/** When a report falls due: 180 days after entry into force (initial), 30 April of its year (annual). */
export function reportDueOn(kind: ReportKind, year: number, entryIntoForce: IsoDate | null): IsoDate | null {
  if (!entryIntoForce) return null;
  return kind === 'initial' ? initialReportDue(entryIntoForce) : `${year}-04-30`;
}

/** On time once received by the due date; late when received after it or still missing after it. */
export function onTimeOf(dueOn: IsoDate | null, receivedOn: IsoDate | null, today: IsoDate): boolean | null {
  if (!dueOn) return null;
  if (receivedOn) return receivedOn <= dueOn;
  return today > dueOn ? false : null;
}

type Row = Awaited<ReturnType<typeof selectReports>>[number];

function selectReports(db: Queryable, query: ReportFilterQuery, audience: Audience) {
  const where: SQL[] = [];
  if (query.state) where.push(eq(reports.iso3, query.state));
  if (query.year) where.push(eq(reports.year, query.year));
  if (query.kind) where.push(eq(reports.kind, query.kind));
  if (audience.kind === 'public') where.push(sql`${reports.publishedVersion} is not null`);
  if (audience.kind === 'state')
    where.push(sql`(${reports.publishedVersion} is not null or ${reports.iso3} = ${audience.iso3})`);
  return db
    .select({
      id: reports.id,
      iso3: reports.iso3,
      stateName: states.nameEn,
      names: sql<string>`${states.nameEn} || ' ' || ${states.nameFr} || ' ' || ${states.nameEs}`,
      kind: reports.kind,
      year: reports.year,
      status: reports.status,
      channel: reports.channel,
      formatVersion: reports.formatVersion,
      latestVersion: reports.latestVersion,
      publishedVersion: reports.publishedVersion,
      hasDraft: sql<boolean>`${reports.draft} is not null`,
      updatedAt: reports.updatedAt,
      publishedAt: reports.publishedAt,
      receivedOn: reportVersions.receivedOn,
    })
    .from(reports)
    .innerJoin(states, eq(states.iso3, reports.iso3))
    .leftJoin(reportVersions, and(eq(reportVersions.reportId, reports.id), eq(reportVersions.number, 1)))
    .where(and(...where));
}

/** A report as the audience sees it: the published version for those who may see nothing else. */
function summaryOf(row: Row, audience: Audience, data: ObligationData, today: IsoDate): ReportSummary {
  const full = audience.kind === 'staff' || (audience.kind === 'state' && audience.iso3 === row.iso3);
  const dueOn = reportDueOn(row.kind, row.year, data.inputs.get(row.iso3)?.entryIntoForce ?? null);
  const base = {
    id: row.id,
    iso3: row.iso3,
    stateName: row.stateName,
    kind: row.kind,
    year: row.year,
    channel: row.channel,
    formatVersion: row.formatVersion as ReportSummary['formatVersion'],
    publishedVersion: row.publishedVersion,
    receivedOn: row.receivedOn,
    dueOn,
    onTime: onTimeOf(dueOn, row.receivedOn, today),
  };
  if (full)
    return {
      ...base,
      status: row.status,
      latestVersion: row.latestVersion,
      correctionInProgress: row.status !== 'draft' && row.hasDraft,
      updatedAt: row.updatedAt.toISOString(),
    };
  return {
    ...base,
    status: 'published',
    latestVersion: row.publishedVersion,
    correctionInProgress: false,
    updatedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
  };
}

/** The reports a year calls for that no State has started: annual reports, and initial ones due then. */
function notStartedRows(
  data: ObligationData,
  year: number,
  existing: Row[],
  today: IsoDate,
): ReportSummary[] {
  const has = new Set(
    existing.map((r) => (r.kind === 'initial' ? `${r.iso3}:initial` : `${r.iso3}:${r.year}`)),
  );
  const rows: ReportSummary[] = [];
  for (const state of data.registry.states) {
    const input = data.inputs.get(state.iso3);
    const eif = input?.entryIntoForce;
    if (!input || !eif) continue;
    const owes = (kind: ReportKind, dueOn: IsoDate) =>
      !(input.withdrawalEffective && input.withdrawalEffective <= dueOn) &&
      !has.has(kind === 'initial' ? `${state.iso3}:initial` : `${state.iso3}:${year}`) &&
      !(kind === 'initial' ? input.initialReportSubmitted : input.annualReportsSubmitted[year]);
    const due: [ReportKind, IsoDate][] = [];
    const initialDue = initialReportDue(eif);
    if (yearOf(initialDue) === year) due.push(['initial', initialDue]);
    if (annualReportYears(eif, `${year}-01-01`, defaultPolicy).includes(year))
      due.push(['annual', `${year}-04-30`]);
    for (const [kind, dueOn] of due) {
      if (!owes(kind, dueOn)) continue;
      rows.push({
        id: null,
        iso3: state.iso3,
        stateName: state.nameEn,
        kind,
        year,
        status: 'not_started',
        channel: null,
        formatVersion: null,
        latestVersion: null,
        publishedVersion: null,
        receivedOn: null,
        dueOn,
        onTime: onTimeOf(dueOn, null, today),
        correctionInProgress: false,
        updatedAt: null,
      });
    }
  }
  return rows;
}

const statusOrder = new Map<string, number>(reportListStatuses.map((s, i) => [s, i]));

function compare(sort: ReportFilterQuery['sort']) {
  const byName = (a: ReportSummary, b: ReportSummary) => a.stateName.localeCompare(b.stateName, 'en');
  const primary: Record<ReportFilterQuery['sort'], (a: ReportSummary, b: ReportSummary) => number> = {
    state: byName,
    year: (a, b) => a.year - b.year,
    status: (a, b) => (statusOrder.get(a.status) ?? 0) - (statusOrder.get(b.status) ?? 0),
    // Reports not received yet come after every received one, in both orders.
    receivedOn: (a, b) => (a.receivedOn ?? '9999').localeCompare(b.receivedOn ?? '9999'),
  };
  return primary[sort];
}

/** Every report an audience may see that the query matches, sorted as it asks (the exports). */
export async function matchingReports(
  db: Queryable,
  audience: Audience,
  query: ReportFilterQuery,
  today: IsoDate = todayUtc(),
): Promise<ReportSummary[]> {
  const [rows, data] = await Promise.all([selectReports(db, query, audience), loadObligationData(db)]);
  const needle = query.q ? foldForSearch(query.q) : null;
  const matchesName = (names: string, iso3: string) =>
    !needle || foldForSearch(`${names} ${iso3}`).includes(needle);
  let items = rows
    .filter((r) => matchesName(r.names, r.iso3))
    .map((r) => summaryOf(r, audience, data, today));
  if (audience.kind === 'staff' && query.year) {
    const names = new Map(data.registry.states.map((s) => [s.iso3, `${s.nameEn} ${s.nameFr} ${s.nameEs}`]));
    const missing = notStartedRows(data, query.year, rows, today).filter(
      (r) =>
        (!query.state || r.iso3 === query.state) &&
        (!query.kind || r.kind === query.kind) &&
        matchesName(names.get(r.iso3) ?? '', r.iso3),
    );
    items = items.concat(missing);
  }
  if (query.status) items = items.filter((r) => r.status === query.status);
  const primary = compare(query.sort);
  const direction = query.order === 'asc' ? 1 : -1;
  items.sort(
    (a, b) =>
      direction * primary(a, b) ||
      a.stateName.localeCompare(b.stateName, 'en') ||
      b.year - a.year ||
      a.kind.localeCompare(b.kind),
  );
  return items;
}

/**
 * One page of the list. The not-started rows are made here rather than in SQL, so the whole
 * sorted list is built and then cut: a few thousand rows at most, and the public page is cached.
 */
export async function listReports(
  db: Queryable,
  audience: Audience,
  query: ReportListQuery,
  today: IsoDate = todayUtc(),
) {
  const items = await matchingReports(db, audience, query, today);
  const { page, pageSize } = query;
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), total: items.length, page, pageSize };
}

/** The canonical form of a list query (page and page size included), so equivalent URLs share one read model. */
export const listCacheKey = (prefix: string, query: ReportListQuery) =>
  `${prefix}list?${(Object.keys(query) as (keyof ReportListQuery)[])
    .sort()
    .filter((k) => query[k] !== undefined)
    .map((k) => `${k}=${query[k]}`)
    .join('&')}`;

export const listExportColumns: Column<ReportSummary>[] = [
  { header: 'iso3', value: (r) => r.iso3 },
  { header: 'state', value: (r) => r.stateName },
  { header: 'kind', value: (r) => r.kind },
  { header: 'year', value: (r) => r.year },
  { header: 'status', value: (r) => r.status },
  { header: 'channel', value: (r) => r.channel },
  { header: 'format', value: (r) => r.formatVersion },
  { header: 'latest_version', value: (r) => r.latestVersion },
  { header: 'published_version', value: (r) => r.publishedVersion },
  { header: 'due_on', value: (r) => r.dueOn },
  { header: 'received_on', value: (r) => r.receivedOn },
  // Spelled out: CSV writers turn booleans into 1 and an empty cell.
  { header: 'on_time', value: (r) => (r.onTime === null ? null : String(r.onTime)) },
  { header: 'correction_in_progress', value: (r) => String(r.correctionInProgress) },
];
