import {
  type FlagFigureId,
  type KeyFigureId,
  type KeyFigures,
  keyFiguresOf,
  type NumericFigureId,
  numericFigureIds,
} from './key-figures.js';
import type { ReportKind } from './kinds.js';
import { isRecord, own } from './report-data.js';

/**
 * The ISU's analytical summary of a year's Article 7 reports: per article, totals across States,
 * how many States report each item, and one row per State for the tables; and the totals year by
 * year for the charts. Plain JSON out (numbers, strings, booleans, arrays), so the API can send it
 * as it is.
 */

/** A report of the year, as the summary reads it. */
export type SummaryReport = {
  iso3: string;
  stateName: string;
  ccmRegion: string;
  kind: ReportKind;
  data: unknown;
  /** The State's previous figures, for forms marked "unchanged since" (see keyFiguresOf). */
  previous?: KeyFigures | null;
};

/** A quantity added up across States: null when no State gives it. */
export type NumberTotal = { total: number | null; states: number };
/** A yes/no item: how many States say yes, and how many answer at all. */
export type FlagTotal = { states: number; answered: number };

type TotalOf<K extends KeyFigureId> = K extends NumericFigureId ? NumberTotal : FlagTotal;
export type StateRef = { iso3: string; stateName: string; ccmRegion: string };

/** One article's part of the summary. Rows: the States giving at least one of its figures. */
export type ArticleSummary<K extends KeyFigureId> = {
  article: string;
  totals: { [P in K]: TotalOf<P> };
  rows: (StateRef & Pick<KeyFigures, K>)[];
};

export const summaryArticles = {
  stockpileDestruction: {
    article: '3',
    figures: ['stockpiledMunitions', 'stockpiledSubmunitions', 'destroyedMunitions', 'destroyedSubmunitions'],
  },
  retention: { article: '3(6)', figures: ['retainedMunitions', 'retainedSubmunitions'] },
  clearance: { article: '4', figures: ['contaminatedAreaSqm', 'clearedAreaSqm', 'riskEducationReported'] },
  victimAssistance: { article: '5', figures: ['victimAssistanceReported'] },
  cooperation: {
    article: '6',
    figures: ['nationalResourcesReported', 'assistanceProvidedReported', 'assistanceReceivedReported'],
  },
} as const satisfies Record<string, { article: string; figures: readonly KeyFigureId[] }>;

type Articles = typeof summaryArticles;
type FiguresOf<A extends keyof Articles> = Articles[A]['figures'][number];

/** Art. 7: the reports themselves. */
export type ReportingSummary = {
  article: '7';
  reports: number;
  initial: number;
  annual: number;
  /** States that sent at least one report. */
  states: number;
  rows: (StateRef & {
    kind: ReportKind;
    submissionDate: string | null;
    periodFrom: string | null;
    periodTo: string | null;
  })[];
};

export type AnalyticalSummary = {
  year: number;
  reporting: ReportingSummary;
} & { [A in keyof Articles]: ArticleSummary<FiguresOf<A>> };

export type TrendPoint = {
  year: number;
  reports: number;
  initialReports: number;
  annualReports: number;
  stockpiledMunitions: number | null;
  stockpiledSubmunitions: number | null;
  destroyedMunitions: number | null;
  destroyedSubmunitions: number | null;
  contaminatedAreaSqm: number | null;
  clearedAreaSqm: number | null;
};

const byName = (a: StateRef, b: StateRef) =>
  a.stateName.localeCompare(b.stateName, 'en') || (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0);

type Resolved = StateRef & { figures: KeyFigures };

/**
 * One set of figures per State: its annual report where it sent one, else its initial report. An
 * initial and an annual report of the same year are resolved in that order, so the annual one can
 * say "unchanged" from the initial.
 */
function resolveStates(reports: readonly SummaryReport[], carried?: Map<string, KeyFigures>): Resolved[] {
  const ordered = [...reports].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'initial' ? -1 : 1));
  const states = new Map<string, Resolved>();
  for (const report of ordered) {
    const previous = report.previous ?? states.get(report.iso3)?.figures ?? carried?.get(report.iso3) ?? null;
    const figures = keyFiguresOf(report.data, { previous });
    const { iso3, stateName, ccmRegion } = report;
    states.set(iso3, { iso3, stateName, ccmRegion, figures });
  }
  return [...states.values()].sort(byName);
}

const isNumeric = (id: KeyFigureId): id is NumericFigureId =>
  (numericFigureIds as readonly string[]).includes(id);

function numberTotal(states: readonly Resolved[], id: NumericFigureId): NumberTotal {
  const values = states.map((s) => s.figures[id]).filter((v) => v !== null);
  return { total: values.length === 0 ? null : values.reduce((a, b) => a + b, 0), states: values.length };
}

function flagTotal(states: readonly Resolved[], id: FlagFigureId): FlagTotal {
  const values = states.map((s) => s.figures[id]).filter((v) => v !== null);
  return { states: values.filter((v) => v).length, answered: values.length };
}

function articleSummary<K extends KeyFigureId>(
  states: readonly Resolved[],
  article: string,
  figures: readonly K[],
): ArticleSummary<K> {
  const totals = Object.fromEntries(
    figures.map((id) => [
      id,
      isNumeric(id) ? numberTotal(states, id) : flagTotal(states, id as FlagFigureId),
    ]),
  ) as ArticleSummary<K>['totals'];
  const rows = states
    .filter((s) => figures.some((id) => s.figures[id] !== null))
    .map((s) => ({
      iso3: s.iso3,
      stateName: s.stateName,
      ccmRegion: s.ccmRegion,
      ...(Object.fromEntries(figures.map((id) => [id, s.figures[id]])) as Pick<KeyFigures, K>),
    }));
  return { article, totals, rows };
}

const headerText = (data: unknown, field: string): string | null => {
  const header = isRecord(data) ? own(data, 'header') : undefined;
  const value = isRecord(header) ? own(header, field) : undefined;
  return typeof value === 'string' ? value : null;
};

function reportingSummary(reports: readonly SummaryReport[]): ReportingSummary {
  const rows = reports
    .map((r) => ({
      iso3: r.iso3,
      stateName: r.stateName,
      ccmRegion: r.ccmRegion,
      kind: r.kind,
      submissionDate: headerText(r.data, 'submissionDate'),
      periodFrom: headerText(r.data, 'periodFrom'),
      periodTo: headerText(r.data, 'periodTo'),
    }))
    .sort((a, b) => byName(a, b) || (a.kind === b.kind ? 0 : a.kind === 'initial' ? -1 : 1));
  return {
    article: '7',
    reports: rows.length,
    initial: rows.filter((r) => r.kind === 'initial').length,
    annual: rows.filter((r) => r.kind === 'annual').length,
    states: new Set(rows.map((r) => r.iso3)).size,
    rows,
  };
}

function summaryOf(year: number, reports: readonly SummaryReport[], states: Resolved[]): AnalyticalSummary {
  const part = <A extends keyof Articles>(name: A): ArticleSummary<FiguresOf<A>> =>
    articleSummary(states, summaryArticles[name].article, summaryArticles[name].figures);
  return {
    year,
    reporting: reportingSummary(reports),
    stockpileDestruction: part('stockpileDestruction'),
    retention: part('retention'),
    clearance: part('clearance'),
    victimAssistance: part('victimAssistance'),
    cooperation: part('cooperation'),
  };
}

/**
 * The summary of the reports of a year (the year they fall due or were submitted: an annual
 * report of year Y covers calendar year Y − 1). Pure: the same reports give the same summary.
 */
export function analyticalSummary(year: number, reports: readonly SummaryReport[]): AnalyticalSummary {
  return summaryOf(year, reports, resolveStates(reports));
}

/**
 * Totals year by year, for the charts. Forms marked "unchanged" are resolved against the State's
 * figures of an earlier year in the list when the report does not bring its own `previous`.
 */
export function summaryTrend(
  reportsByYear: readonly { year: number; reports: readonly SummaryReport[] }[],
): TrendPoint[] {
  const carried = new Map<string, KeyFigures>();
  const points: TrendPoint[] = [];
  for (const { year, reports } of [...reportsByYear].sort((a, b) => a.year - b.year)) {
    const states = resolveStates(reports, carried);
    for (const state of states) carried.set(state.iso3, state.figures);
    const total = (id: NumericFigureId) => numberTotal(states, id);
    points.push({
      year,
      reports: reports.length,
      initialReports: reports.filter((r) => r.kind === 'initial').length,
      annualReports: reports.filter((r) => r.kind === 'annual').length,
      stockpiledMunitions: total('stockpiledMunitions').total,
      stockpiledSubmunitions: total('stockpiledSubmunitions').total,
      destroyedMunitions: total('destroyedMunitions').total,
      destroyedSubmunitions: total('destroyedSubmunitions').total,
      contaminatedAreaSqm: total('contaminatedAreaSqm').total,
      clearedAreaSqm: total('clearedAreaSqm').total,
    });
  }
  return points;
}
