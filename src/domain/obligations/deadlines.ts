import { addMonths, type IsoDate, maxDate } from '../calendar.js';
import { article3Deadline, article4Deadline, initialReportDue } from '../treaty/dates.js';
import type {
  Decision,
  ExtensionArticle,
  FactKind,
  NationalMeasure,
  ObligationArticle,
  ObligationStatus,
} from './kinds.js';
import { lastDayOf, type PartialDate } from './partial-date.js';

export type Fact = {
  kind: FactKind;
  applies: boolean;
  date: IsoDate;
  endOfHostilities?: IsoDate | null;
  years?: number[];
};
export type Extension = {
  article: ExtensionArticle;
  requestedOn: IsoDate | null;
  requestedUntil: IsoDate | null;
  decision: Decision | null;
  grantedUntil: IsoDate | null;
  decidedOn: IsoDate | null;
  decidedAt: string | null;
};
export type Completion = { article: ExtensionArticle; date: PartialDate | null; before: IsoDate | null };

export type ObligationInput = {
  entryIntoForce: IsoDate | null;
  withdrawalEffective: IsoDate | null;
  facts: Fact[];
  extensions: Extension[];
  completions: Completion[];
  initialReportSubmitted: IsoDate | null;
  /** Annual reports by the year they fall due (30 April of that year) → date received. */
  annualReportsSubmitted: Record<number, IsoDate>;
  /** Art. 3(8) reports by year of retention → date received. */
  retentionReportsSubmitted: Record<number, IsoDate>;
  nationalMeasures: { status: NationalMeasure; date: IsoDate | null } | null;
};

/**
 * When the first annual Art. 7 report falls due: the treaty leaves it open (treaty-rules.md §4),
 * so it is a setting. Default: 30 April of the year after the initial report fell due.
 */
export type ReportingPolicy = { firstAnnualReport: 'year_after_initial_due' | 'year_after_entry_into_force' };
export const defaultPolicy: ReportingPolicy = { firstAnnualReport: 'year_after_initial_due' };

export type ObligationView = {
  article: ObligationArticle;
  applies: boolean;
  originalDeadline: IsoDate | null;
  currentDeadline: IsoDate | null;
  status: ObligationStatus;
  completedOn: PartialDate | null;
  extensions: {
    requestedOn: IsoDate | null;
    requestedUntil: IsoDate | null;
    decision: Decision | null;
    grantedUntil: IsoDate | null;
    decidedAt: string | null;
  }[];
};

const notApplicable = (article: ObligationArticle): ObligationView => ({
  article,
  applies: false,
  originalDeadline: null,
  currentDeadline: null,
  status: 'not_applicable',
  completedOn: null,
  extensions: [],
});

/** The latest fact of a kind known on the date. */
export function factOn(facts: Fact[], kind: FactKind, asOf: IsoDate): Fact | undefined {
  return facts
    .filter((f) => f.kind === kind && f.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .at(-1);
}

/** Open (not completed) status from the deadline in force. */
export function openStatus(deadline: IsoDate, asOf: IsoDate, extended: boolean): ObligationStatus {
  if (asOf > deadline) return 'overdue';
  if (deadline <= addMonths(asOf, 12)) return 'due_within_12_months';
  return extended ? 'extended' : 'in_progress';
}

/**
 * Extensions granted and in force on the date, oldest first. When the decision date is unknown
 * (history from public sources), an extension is taken to run from the deadline it replaced.
 */
function grantedOn(requests: Extension[], original: IsoDate, asOf: IsoDate): Extension[] {
  const sorted = requests
    .filter((e) => (e.decision === 'granted' || e.decision === 'granted_shorter') && e.grantedUntil)
    .sort((a, b) => ((a.grantedUntil ?? '') < (b.grantedUntil ?? '') ? -1 : 1));
  const inForce: Extension[] = [];
  let deadline = original;
  for (const extension of sorted) {
    const from = extension.decidedOn ?? deadline;
    if (from > asOf) break;
    inForce.push(extension);
    deadline = extension.grantedUntil as IsoDate;
  }
  return inForce;
}

/** Art. 3 and Art. 4: a deadline from entry into force, extensions, and completion. */
export function deadlineObligation(
  input: ObligationInput,
  article: ExtensionArticle,
  asOf: IsoDate,
): ObligationView {
  const eif = input.entryIntoForce;
  const fact = factOn(input.facts, article === '3' ? 'stockpiles' : 'contamination', asOf);
  if (!eif || eif > asOf || !fact?.applies) return notApplicable(article);
  let original = article === '3' ? article3Deadline(eif) : article4Deadline(eif);
  // Art. 4(1)(b): contamination that arose later runs ten years from the end of active hostilities.
  if (article === '4' && fact.endOfHostilities)
    original = maxDate(original, addMonths(fact.endOfHostilities, 120));
  const requests = input.extensions.filter((e) => e.article === article);
  const granted = grantedOn(requests, original, asOf);
  const current = granted.at(-1)?.grantedUntil ?? original;
  const extensions = requests
    .filter((e) => !e.requestedOn || e.requestedOn <= asOf)
    .map(({ requestedOn, requestedUntil, decision, grantedUntil, decidedAt, decidedOn }) => ({
      requestedOn,
      requestedUntil,
      decision: decidedOn && decidedOn > asOf ? null : decision,
      grantedUntil: decidedOn && decidedOn > asOf ? null : grantedUntil,
      decidedAt,
    }));
  const base = { article, applies: true, originalDeadline: original, currentDeadline: current, extensions };
  const completion = completionOn(input, article, fact, asOf);
  if (completion) {
    const day = completion.date ? lastDayOf(completion.date) : (completion.before as IsoDate);
    const deadlineThen =
      granted.filter((e) => !e.decidedOn || e.decidedOn <= day).at(-1)?.grantedUntil ?? original;
    return {
      ...base,
      status: day <= maxDate(deadlineThen, current) ? 'completed_on_time' : 'completed_late',
      completedOn: completion.date,
    };
  }
  return { ...base, status: openStatus(current, asOf, granted.length > 0), completedOn: null };
}

/** A completion counts once it is known, unless a later finding (new stockpiles) reopened it. */
function completionOn(input: ObligationInput, article: ExtensionArticle, fact: Fact, asOf: IsoDate) {
  const known = input.completions
    .filter((c) => c.article === article)
    .filter((c) => (c.date ? lastDayOf(c.date) : (c.before ?? '9999-12-31')) <= asOf)
    .at(-1);
  if (!known) return undefined;
  const day = known.date ? lastDayOf(known.date) : (known.before as IsoDate);
  return fact.date > day ? undefined : known;
}

export function initialReportObligation(input: ObligationInput, asOf: IsoDate): ObligationView {
  const eif = input.entryIntoForce;
  if (!eif || eif > asOf || (input.withdrawalEffective && input.withdrawalEffective <= asOf))
    return notApplicable('7-initial');
  const due = initialReportDue(eif);
  const submitted =
    input.initialReportSubmitted && input.initialReportSubmitted <= asOf
      ? input.initialReportSubmitted
      : null;
  const base = {
    article: '7-initial' as const,
    applies: true,
    originalDeadline: due,
    currentDeadline: due,
    extensions: [],
  };
  if (submitted)
    return {
      ...base,
      status: submitted <= due ? 'completed_on_time' : 'completed_late',
      completedOn: submitted,
    };
  return { ...base, status: openStatus(due, asOf, false), completedOn: null };
}

/** Reports due by 30 April for a run of years: overdue while one that fell due is missing. */
export function yearlyReports(
  article: '7-annual' | '3.8',
  dueYears: number[],
  submitted: Record<number, IsoDate>,
  asOf: IsoDate,
): ObligationView {
  const dueDate = (year: number) => `${year}-04-30`;
  const fallen = dueYears.filter((year) => dueDate(year) <= asOf);
  const missing = fallen.find((year) => !submitted[year] || submitted[year] > asOf);
  const next = dueYears.find((year) => dueDate(year) > asOf);
  const received = fallen.map((year) => submitted[year]).filter((d): d is string => Boolean(d && d <= asOf));
  const current = missing !== undefined ? dueDate(missing) : next !== undefined ? dueDate(next) : null;
  const first = dueYears[0];
  return {
    article,
    applies: true,
    originalDeadline: first !== undefined ? dueDate(first) : null,
    currentDeadline: current,
    status: current ? openStatus(current, asOf, false) : 'completed_on_time',
    completedOn: received.sort().at(-1) ?? null,
    extensions: [],
  };
}
