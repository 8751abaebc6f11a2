import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import { defaultPolicy } from '../obligations/obligations.js';
import {
  overdueReports,
  type ReportingInput,
  type ReportingState,
  type ReportReceipt,
  reportingRates,
  reportsDue,
} from './rates.js';

// Initial reports fall due 180 days after entry into force (hand-counted):
// 2010-08-01 → 2011-01-28; 2011-10-01 → 2012-03-29 (2012 is a leap year); 2013-03-01 → 2013-08-28.
const states: ReportingState[] = [
  { iso3: 'AAA', entryIntoForce: '2010-08-01' },
  { iso3: 'BBB', entryIntoForce: '2011-10-01' },
  { iso3: 'CCC', entryIntoForce: '2013-03-01', withdrawalEffective: null },
];
const submissions: ReportReceipt[] = [
  { iso3: 'AAA', kind: 'initial', year: 2011, receivedOn: '2011-01-20' },
  { iso3: 'AAA', kind: 'annual', year: 2012, receivedOn: '2012-04-30' },
  { iso3: 'AAA', kind: 'annual', year: 2013, receivedOn: '2013-05-02' },
  { iso3: 'BBB', kind: 'initial', year: null, receivedOn: '2012-06-01' },
  { iso3: 'BBB', kind: 'annual', year: 2013, receivedOn: '2013-04-01' },
  // Sent twice: the first receipt counts.
  { iso3: 'BBB', kind: 'annual', year: 2013, receivedOn: '2013-09-01' },
  { iso3: 'BBB', kind: 'annual', year: 2014, receivedOn: '2014-04-29' },
  // Received after the date of the view: not yet received.
  { iso3: 'CCC', kind: 'initial', year: 2014, receivedOn: '2014-07-01' },
];
const input = (asOf: string, extra: Partial<ReportingInput> = {}): ReportingInput => ({
  states,
  policy: defaultPolicy,
  submissions,
  asOf,
  ...extra,
});
const counts = (due: number, submitted: number, onTime: number, upcoming = 0) => ({
  due,
  submitted,
  onTime,
  upcoming,
  submittedRate: due === 0 ? null : submitted / due,
  onTimeRate: due === 0 ? null : onTime / due,
});

describe('reportingRates', () => {
  it('counts per year the reports due, received and received on time (hand-checked)', () => {
    expect(reportingRates(input('2014-06-01'))).toEqual([
      { year: 2011, initial: counts(1, 1, 1), annual: counts(0, 0, 0) },
      // BBB's initial report came two months late; AAA's first annual report on the day it fell due.
      { year: 2012, initial: counts(1, 1, 0), annual: counts(1, 1, 1) },
      // CCC's initial report is missing; AAA's annual report was late, BBB's on time.
      { year: 2013, initial: counts(1, 0, 0), annual: counts(2, 2, 1) },
      { year: 2014, initial: counts(0, 0, 0), annual: counts(3, 1, 1) },
    ]);
  });

  it('keeps reports not yet due out of the rates', () => {
    const rows = reportingRates(input('2014-03-01'));
    expect(rows.at(-1)).toEqual({ year: 2014, initial: counts(0, 0, 0), annual: counts(0, 0, 0, 3) });
    expect(rows.at(-1)?.annual.submittedRate).toBeNull();
  });

  it('follows the policy for the first annual report', () => {
    const asOf = '2012-06-01';
    const annual2012 = (policy: ReportingInput['policy']) =>
      reportingRates(input(asOf, { policy })).find((r) => r.year === 2012)?.annual.due;
    // By default the first annual report falls due the year after the initial one: 2012 for AAA only.
    expect(annual2012(defaultPolicy)).toBe(1);
    // From the year after entry into force, BBB (in force 2011-10-01) owes one too.
    expect(annual2012({ firstAnnualReport: 'year_after_entry_into_force' })).toBe(2);
  });

  it('counts a withdrawn State only for the reports due before its withdrawal took effect', () => {
    const ltu: ReportingState = {
      iso3: 'LTU',
      entryIntoForce: '2011-09-01',
      withdrawalEffective: '2025-03-06',
    };
    const rows = reportingRates({
      states: [ltu],
      policy: defaultPolicy,
      submissions: [],
      asOf: '2025-06-01',
    });
    expect(rows.find((r) => r.year === 2012)?.initial.due).toBe(1);
    expect(rows.find((r) => r.year === 2024)?.annual.due).toBe(1);
    expect(rows.find((r) => r.year === 2025)?.annual).toEqual(counts(0, 0, 0));
    expect(reportsDue([ltu], defaultPolicy, '2025-06-01').map((r) => r.dueDate)).toEqual([
      '2012-02-28',
      ...Array.from({ length: 12 }, (_, i) => `${2013 + i}-04-30`),
    ]);
  });

  it('starts from the year asked for and ignores States not yet in force', () => {
    const rows = reportingRates(
      input('2014-06-01', { states: [...states, { iso3: 'DDD', entryIntoForce: null }] }),
      2013,
    );
    expect(rows.map((r) => r.year)).toEqual([2013, 2014]);
    expect(rows[0]?.initial.due).toBe(1);
  });
});

describe('overdueReports', () => {
  it('lists the reports missing on the date, most overdue first (hand-checked)', () => {
    expect(overdueReports(input('2014-06-01'))).toEqual([
      { iso3: 'CCC', kind: 'initial', year: 2013, dueDate: '2013-08-28', daysOverdue: 277 },
      { iso3: 'AAA', kind: 'annual', year: 2014, dueDate: '2014-04-30', daysOverdue: 32 },
      { iso3: 'CCC', kind: 'annual', year: 2014, dueDate: '2014-04-30', daysOverdue: 32 },
    ]);
  });

  it('does not count a report due today as overdue yet', () => {
    expect(overdueReports(input('2014-04-30')).map((r) => `${r.iso3} ${r.kind}`)).toEqual(['CCC initial']);
    expect(overdueReports(input('2014-05-01')).map((r) => r.daysOverdue)).toEqual([246, 1, 1]);
  });

  it('leaves out States whose withdrawal has taken effect', () => {
    const ltu: ReportingState = {
      iso3: 'LTU',
      entryIntoForce: '2011-09-01',
      withdrawalEffective: '2025-03-06',
    };
    const view = (asOf: string) =>
      overdueReports({ states: [ltu], policy: defaultPolicy, submissions: [], asOf }).length;
    expect(view('2025-03-05')).toBe(13);
    expect(view('2025-03-06')).toBe(0);
  });
});

const day = (from: string, maxDays: number) =>
  fc.integer({ min: 0, max: maxDays }).map((n) => addDays(from, n));
const stateArb = fc.record({
  iso3: fc.constantFrom('AAA', 'BBB', 'CCC', 'DDD', 'EEE'),
  entryIntoForce: fc.option(day('2010-08-01', 5500), { nil: null }),
  withdrawalEffective: fc.option(day('2012-01-01', 5000), { nil: null }),
});
const receiptArb = fc.record({
  iso3: fc.constantFrom('AAA', 'BBB', 'CCC', 'DDD', 'EEE'),
  kind: fc.constantFrom('initial' as const, 'annual' as const),
  year: fc.option(fc.integer({ min: 2010, max: 2027 }), { nil: null }),
  receivedOn: day('2010-08-01', 6000),
});
const inputArb = fc.record({
  states: fc.uniqueArray(stateArb, { selector: (s) => s.iso3, maxLength: 5 }),
  policy: fc.constantFrom(defaultPolicy, { firstAnnualReport: 'year_after_entry_into_force' as const }),
  submissions: fc.array(receiptArb, { maxLength: 40 }),
  asOf: day('2011-01-01', 5800),
});

describe('properties', () => {
  it('never counts more received than due, nor more on time than received', () => {
    fc.assert(
      fc.property(inputArb, (data) => {
        for (const row of reportingRates(data))
          for (const c of [row.initial, row.annual]) {
            expect(c.submitted).toBeLessThanOrEqual(c.due);
            expect(c.onTime).toBeLessThanOrEqual(c.submitted);
            for (const rate of [c.submittedRate, c.onTimeRate]) {
              expect(rate === null).toBe(c.due === 0);
              if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
            }
          }
      }),
    );
  });

  it('lists each missing report once, overdue, sorted, and no more than the rates leave missing', () => {
    fc.assert(
      fc.property(inputArb, (data) => {
        const overdue = overdueReports(data);
        const keys = overdue.map((r) => `${r.iso3} ${r.kind} ${r.year}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const [i, report] of overdue.entries()) {
          expect(report.dueDate < data.asOf).toBe(true);
          expect(report.daysOverdue).toBeGreaterThan(0);
          if (i > 0) expect(report.daysOverdue).toBeLessThanOrEqual(overdue[i - 1]?.daysOverdue ?? 0);
        }
        const missing = reportingRates(data, 2010).reduce(
          (sum, row) => sum + row.initial.due - row.initial.submitted + row.annual.due - row.annual.submitted,
          0,
        );
        expect(overdue.length).toBeLessThanOrEqual(missing);
      }),
    );
  });

  it('takes a report off the list, and counts it received, once it arrives', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (data, pick) => {
        const overdue = overdueReports(data);
        fc.pre(overdue.length > 0);
        const report = overdue[pick % overdue.length] as (typeof overdue)[number];
        const receipt = { iso3: report.iso3, kind: report.kind, year: report.year, receivedOn: data.asOf };
        const after = { ...data, submissions: [...data.submissions, receipt] };
        expect(overdueReports(after)).toEqual(overdue.filter((r) => r !== report));
        const year = (rows: ReturnType<typeof reportingRates>) =>
          rows.find((r) => r.year === Number(report.dueDate.slice(0, 4)))?.[report.kind];
        const before = year(reportingRates(data));
        expect(year(reportingRates(after))).toMatchObject({
          due: before?.due,
          submitted: (before?.submitted ?? 0) + 1,
          onTime: before?.onTime,
        });
      }),
    );
  });
});
