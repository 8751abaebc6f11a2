import { type IsoDate, yearOf } from '../calendar.js';
import { initialReportDue } from '../treaty/dates.js';
import {
  deadlineObligation,
  defaultPolicy,
  factOn,
  initialReportObligation,
  type ObligationInput,
  type ObligationView,
  type ReportingPolicy,
  yearlyReports,
} from './deadlines.js';

export * from './deadlines.js';

const notApplicable = (article: ObligationView['article']): ObligationView => ({
  article,
  applies: false,
  originalDeadline: null,
  currentDeadline: null,
  status: 'not_applicable',
  completedOn: null,
  extensions: [],
});

/** Years whose annual Art. 7 report falls due, from the policy's first one to the year after asOf. */
export function annualReportYears(entryIntoForce: IsoDate, asOf: IsoDate, policy: ReportingPolicy): number[] {
  const first =
    policy.firstAnnualReport === 'year_after_initial_due'
      ? yearOf(initialReportDue(entryIntoForce)) + 1
      : yearOf(entryIntoForce) + 1;
  const years: number[] = [];
  for (let year = first; year <= yearOf(asOf) + 1; year++) years.push(year);
  return years;
}

/**
 * Every obligation of a State on a date, derived from its entry into force and the facts the ISU
 * recorded: Art. 3, 3(8), 4, 5, 7 (initial and annual) and 9.
 */
export function obligationsOn(
  input: ObligationInput,
  asOf: IsoDate,
  policy: ReportingPolicy = defaultPolicy,
): ObligationView[] {
  const eif = input.entryIntoForce;
  const bound = Boolean(
    eif && eif <= asOf && !(input.withdrawalEffective && input.withdrawalEffective <= asOf),
  );
  if (!bound || !eif)
    return (['3', '3.8', '4', '5', '7-initial', '7-annual', '9'] as const).map(notApplicable);

  const retention = factOn(input.facts, 'retention', asOf);
  const retentionYears = retention?.applies ? (retention.years ?? []).filter((y) => y >= yearOf(eif)) : [];
  const victims = factOn(input.facts, 'victims', asOf);
  const measures = input.nationalMeasures;
  const adopted =
    measures && (measures.status === 'legislation_adopted' || measures.status === 'existing_law_sufficient');

  return [
    deadlineObligation(input, '3', asOf),
    retentionYears.length > 0
      ? yearlyReports(
          '3.8',
          retentionYears.map((y) => y + 1),
          Object.fromEntries(
            Object.entries(input.retentionReportsSubmitted).map(([y, d]) => [Number(y) + 1, d]),
          ),
          asOf,
        )
      : notApplicable('3.8'),
    deadlineObligation(input, '4', asOf),
    victims?.applies ? { ...notApplicable('5'), applies: true, status: 'in_progress' } : notApplicable('5'),
    initialReportObligation(input, asOf),
    yearlyReports('7-annual', annualReportYears(eif, asOf, policy), input.annualReportsSubmitted, asOf),
    {
      ...notApplicable('9'),
      applies: true,
      status: adopted ? 'completed_on_time' : 'in_progress',
      completedOn: adopted ? (measures?.date ?? null) : null,
    },
  ];
}
