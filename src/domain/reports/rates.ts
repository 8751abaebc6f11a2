import { daysBetween, type IsoDate, yearOf } from '../calendar.js';
import { annualReportYears, type ReportingPolicy } from '../obligations/obligations.js';
import { initialReportDue } from '../treaty/dates.js';
import type { ReportKind } from './kinds.js';

/**
 * Reporting compliance from the dates reports were received: per year, how many Art. 7 reports
 * fell due, how many came in and how many on time; and the list of reports still missing. Due
 * dates come from the obligations rules (initialReportDue, annualReportYears and the policy for
 * the first annual report); nothing here re-reads the treaty.
 */

export type ReportingState = {
  iso3: string;
  /** null: the State has not joined (nothing falls due). */
  entryIntoForce: IsoDate | null;
  /** Reports falling due on or after the day a withdrawal takes effect are not owed. */
  withdrawalEffective?: IsoDate | null;
};

/** A report received, by the year it falls due (report_submissions.year; ignored for initial reports). */
export type ReportReceipt = { iso3: string; kind: ReportKind; year: number | null; receivedOn: IsoDate };

export type ReportingInput = {
  states: readonly ReportingState[];
  policy: ReportingPolicy;
  submissions: readonly ReportReceipt[];
  asOf: IsoDate;
};

/** One report a State owes: the initial report, or the annual report due 30 April of `year`. */
export type ReportDue = { iso3: string; kind: ReportKind; year: number; dueDate: IsoDate };

export type RateCounts = {
  /** Fell due in the year, on or before asOf. */
  due: number;
  /** Of those, received by asOf (late or not). */
  submitted: number;
  /** Of those, received by the due date. */
  onTime: number;
  /** Falling due later in the year (the year of asOf only); not in the rates. */
  upcoming: number;
  /** submitted / due, onTime / due; null when nothing fell due. */
  submittedRate: number | null;
  onTimeRate: number | null;
};

export type ReportingRateYear = { year: number; initial: RateCounts; annual: RateCounts };

export type OverdueReport = ReportDue & { daysOverdue: number };

/** Art. 7(2): annual reports reach the Secretary-General by 30 April (as yearlyReports counts them). */
const annualReportDue = (year: number): IsoDate => `${year}-04-30`;

/** Every report the States owe up to the end of the year after asOf, oldest due date first per State. */
export function reportsDue(
  states: readonly ReportingState[],
  policy: ReportingPolicy,
  asOf: IsoDate,
): ReportDue[] {
  const due: ReportDue[] = [];
  for (const state of states) {
    const eif = state.entryIntoForce;
    if (!eif) continue;
    const owed = (dueDate: IsoDate) => !state.withdrawalEffective || dueDate < state.withdrawalEffective;
    const initial = initialReportDue(eif);
    if (owed(initial))
      due.push({ iso3: state.iso3, kind: 'initial', year: yearOf(initial), dueDate: initial });
    for (const year of annualReportYears(eif, asOf, policy)) {
      const dueDate = annualReportDue(year);
      if (owed(dueDate)) due.push({ iso3: state.iso3, kind: 'annual', year, dueDate });
    }
  }
  return due;
}

/** The first date each report was received by asOf: initial reports by State, annual by State and year. */
function receiptIndex(submissions: readonly ReportReceipt[], asOf: IsoDate): Map<string, IsoDate> {
  const index = new Map<string, IsoDate>();
  for (const receipt of submissions) {
    if (receipt.receivedOn > asOf) continue;
    if (receipt.kind === 'annual' && receipt.year === null) continue;
    const key = receiptKey(receipt.iso3, receipt.kind, receipt.year);
    const known = index.get(key);
    if (!known || receipt.receivedOn < known) index.set(key, receipt.receivedOn);
  }
  return index;
}

const receiptKey = (iso3: string, kind: ReportKind, year: number | null) =>
  kind === 'initial' ? `${iso3}|initial` : `${iso3}|annual|${year}`;

const emptyCounts = (): RateCounts => ({
  due: 0,
  submitted: 0,
  onTime: 0,
  upcoming: 0,
  submittedRate: null,
  onTimeRate: null,
});

/**
 * Reporting rates per calendar year, from `fromYear` (default 2011, when the first initial reports
 * fell due) to the year of asOf. A report counts in the year its due date falls in; one received
 * after asOf counts as not received.
 */
export function reportingRates(input: ReportingInput, fromYear = 2011): ReportingRateYear[] {
  const lastYear = yearOf(input.asOf);
  const rows = new Map<number, ReportingRateYear>();
  for (let year = fromYear; year <= lastYear; year++)
    rows.set(year, { year, initial: emptyCounts(), annual: emptyCounts() });
  const received = receiptIndex(input.submissions, input.asOf);
  for (const report of reportsDue(input.states, input.policy, input.asOf)) {
    const counts = rows.get(yearOf(report.dueDate))?.[report.kind];
    if (!counts) continue;
    if (report.dueDate > input.asOf) {
      counts.upcoming++;
      continue;
    }
    counts.due++;
    const on = received.get(receiptKey(report.iso3, report.kind, report.year));
    if (on) counts.submitted++;
    if (on && on <= report.dueDate) counts.onTime++;
  }
  for (const row of rows.values())
    for (const counts of [row.initial, row.annual]) {
      counts.submittedRate = counts.due === 0 ? null : counts.submitted / counts.due;
      counts.onTimeRate = counts.due === 0 ? null : counts.onTime / counts.due;
    }
  return [...rows.values()];
}

/**
 * The reports overdue on asOf: due before asOf (a report due today is not late yet) and not
 * received by then, from States still party; most overdue first, then by State.
 */
export function overdueReports(input: ReportingInput): OverdueReport[] {
  const received = receiptIndex(input.submissions, input.asOf);
  const party = new Set(
    input.states
      .filter((s) => !(s.withdrawalEffective && s.withdrawalEffective <= input.asOf))
      .map((s) => s.iso3),
  );
  return reportsDue(input.states, input.policy, input.asOf)
    .filter(
      (report) =>
        party.has(report.iso3) &&
        report.dueDate < input.asOf &&
        !received.has(receiptKey(report.iso3, report.kind, report.year)),
    )
    .map((report) => ({ ...report, daysOverdue: daysBetween(report.dueDate, input.asOf) }))
    .sort(
      (a, b) =>
        b.daysOverdue - a.daysOverdue ||
        compare(a.iso3, b.iso3) ||
        compare(a.kind, b.kind) ||
        a.year - b.year,
    );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
