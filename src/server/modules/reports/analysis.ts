import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type IsoDate, todayUtc, yearOf } from '../../../domain/calendar.js';
import { defaultPolicy } from '../../../domain/obligations/obligations.js';
import { type KeyFigures, keyFiguresOf } from '../../../domain/reports/key-figures.js';
import { overdueReports, type ReportingInput, reportingRates } from '../../../domain/reports/rates.js';
import { analyticalSummary, type SummaryReport, summaryTrend } from '../../../domain/reports/summary.js';
import { positionOn } from '../../../domain/treaty/status.js';
import type {
  OpenDataReports,
  OpenDataRow,
  OverdueReports,
  ReportAnalysis,
  ReportingRates,
} from '../../../shared/contracts/report-analysis.js';
import type { Queryable } from '../../db/tx.js';
import { obligationsCacheKey } from '../obligations/service-records.js';
import { reportSubmissions } from '../obligations/tables.js';
import { asDomainEvents, loadRegistry } from '../states/queries.js';
import { states } from '../states/tables.js';
import { reportsCacheKey } from './cache.js';
import { reports, reportVersions } from './tables.js';

/**
 * The public analysis of Article 7 reports. Only what the ISU published counts: the published
 * version of each report (a correction replaces the old figures once it is published itself).
 * Rates and the overdue list come from report_submissions, where every receipt is recorded.
 */

/** Read-model keys: the summary and open data change with publications, the rates with receipts. */
export const analysisKeys = {
  summary: (year: number | undefined) => `${reportsCacheKey}summary?year=${year ?? 'latest'}`,
  openData: `${reportsCacheKey}open-data`,
  // Under the obligations prefix: dropped by receipts and by changes to the registry.
  rates: (asOf: string) => `${obligationsCacheKey}/report-rates?${asOf}`,
  overdue: (asOf: string) => `${obligationsCacheKey}/report-overdue?${asOf}`,
};

export const openDataLicence = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Convention on Cluster Munitions Implementation Support Unit, Article 7 reports as published',
};

export const keyFigureUnits: Record<keyof KeyFigures, string> = {
  stockpiledMunitions: 'cluster munitions (count)',
  stockpiledSubmunitions: 'explosive submunitions (count)',
  destroyedMunitions: 'cluster munitions (count)',
  destroyedSubmunitions: 'explosive submunitions (count)',
  retainedMunitions: 'cluster munitions (count)',
  retainedSubmunitions: 'explosive submunitions (count)',
  contaminatedAreaSqm: 'square metres (m²)',
  clearedAreaSqm: 'square metres (m²)',
  riskEducationReported: 'yes/no',
  victimAssistanceReported: 'yes/no',
  nationalResourcesReported: 'yes/no',
  assistanceProvidedReported: 'yes/no',
  assistanceReceivedReported: 'yes/no',
};

/** A published report with its figures, "unchanged since" forms resolved against the report before. */
export type PublishedReport = {
  id: string;
  iso3: string;
  stateName: string;
  ccmRegion: string;
  kind: 'initial' | 'annual';
  year: number;
  version: number;
  receivedOn: IsoDate;
  data: unknown;
  previous: KeyFigures | null;
  figures: KeyFigures;
};

const firstVersion = alias(reportVersions, 'first_version');

/** Every published report, oldest first per State (an initial report before an annual one of its year). */
export async function loadPublishedReports(db: Queryable): Promise<PublishedReport[]> {
  const rows = await db
    .select({
      id: reports.id,
      iso3: reports.iso3,
      stateName: states.nameEn,
      ccmRegion: states.ccmRegion,
      kind: reports.kind,
      year: reports.year,
      version: reportVersions.number,
      receivedOn: firstVersion.receivedOn,
      data: reportVersions.data,
    })
    .from(reports)
    .innerJoin(states, eq(states.iso3, reports.iso3))
    .innerJoin(
      reportVersions,
      and(eq(reportVersions.reportId, reports.id), eq(reportVersions.number, reports.publishedVersion)),
    )
    .innerJoin(firstVersion, and(eq(firstVersion.reportId, reports.id), eq(firstVersion.number, 1)))
    .where(isNotNull(reports.publishedVersion))
    .orderBy(asc(reports.iso3), asc(reports.year), asc(reports.kind));
  const published: PublishedReport[] = [];
  let last: PublishedReport | undefined;
  for (const row of rows) {
    const previous = last?.iso3 === row.iso3 ? last.figures : null;
    last = { ...row, previous, figures: keyFiguresOf(row.data, { previous }) };
    published.push(last);
  }
  return published;
}

const asSummaryReport = (r: PublishedReport): SummaryReport => ({
  iso3: r.iso3,
  stateName: r.stateName,
  ccmRegion: r.ccmRegion,
  kind: r.kind,
  data: r.data,
  previous: r.previous,
});

/**
 * The summary of a year (default: the latest year with a published report) and the totals of
 * every year from the first published one, for the charts.
 */
export function reportAnalysis(published: readonly PublishedReport[], year?: number): ReportAnalysis {
  const byYear = new Map<number, SummaryReport[]>();
  for (const report of published)
    byYear.set(report.year, [...(byYear.get(report.year) ?? []), asSummaryReport(report)]);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const chosen = year ?? years.at(-1) ?? yearOf(todayUtc());
  const span: { year: number; reports: SummaryReport[] }[] = [];
  for (let y = years[0] ?? chosen; y <= (years.at(-1) ?? chosen); y++)
    span.push({ year: y, reports: byYear.get(y) ?? [] });
  return {
    year: chosen,
    years,
    summary: analyticalSummary(chosen, byYear.get(chosen) ?? []),
    trend: summaryTrend(span),
  };
}

export function openDataRows(published: readonly PublishedReport[]): OpenDataRow[] {
  return published
    .map((r) => ({
      iso3: r.iso3,
      stateName: r.stateName,
      year: r.year,
      kind: r.kind,
      version: r.version,
      receivedOn: r.receivedOn,
      ...r.figures,
    }))
    .sort(
      (a, b) =>
        a.stateName.localeCompare(b.stateName, 'en') ||
        a.year - b.year ||
        (a.kind === b.kind ? 0 : a.kind === 'initial' ? -1 : 1),
    );
}

export const openData = (published: readonly PublishedReport[]): OpenDataReports => ({
  licence: openDataLicence,
  units: keyFigureUnits,
  items: openDataRows(published),
});

/** State names in the language of a document, by ISO code. */
export async function stateNamesIn(db: Queryable, language: 'en' | 'fr' | 'es') {
  const rows = await db
    .select({ iso3: states.iso3, en: states.nameEn, fr: states.nameFr, es: states.nameEs })
    .from(states);
  return new Map(rows.map((r) => [r.iso3, r[language]]));
}

/** What the rates need: each State's entry into force and withdrawal, and every receipt recorded. */
async function loadReportingInput(db: Queryable, asOf: IsoDate) {
  const [registry, receipts] = await Promise.all([
    loadRegistry(db),
    db
      .select({
        iso3: reportSubmissions.iso3,
        kind: reportSubmissions.kind,
        year: reportSubmissions.year,
        receivedOn: reportSubmissions.submittedOn,
      })
      .from(reportSubmissions)
      .where(inArray(reportSubmissions.kind, ['initial', 'annual'])),
  ]);
  const reportingStates = registry.states.map((state) => {
    const position = positionOn(asDomainEvents(registry.eventsOf.get(state.iso3)), '9999-12-31');
    return {
      iso3: state.iso3,
      entryIntoForce: position.entryIntoForce,
      withdrawalEffective: position.withdrawalEffective,
    };
  });
  const input: ReportingInput = {
    states: reportingStates,
    policy: defaultPolicy,
    submissions: receipts as ReportingInput['submissions'],
    asOf,
  };
  return { input, names: new Map(registry.states.map((s) => [s.iso3, s.nameEn])) };
}

export async function reportingRatesOn(db: Queryable, asOf: IsoDate): Promise<ReportingRates> {
  const { input } = await loadReportingInput(db, asOf);
  return { asOf, items: reportingRates(input) };
}

export async function overdueReportsOn(db: Queryable, asOf: IsoDate): Promise<OverdueReports> {
  const { input, names } = await loadReportingInput(db, asOf);
  const items = overdueReports(input).map((r) => ({ ...r, stateName: names.get(r.iso3) ?? r.iso3 }));
  return { asOf, items, total: items.length };
}
