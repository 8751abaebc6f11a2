import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRequest, grantedDeadline } from './extension-rules.js';
import { annualReportYears, type Extension, type ObligationInput, obligationsOn } from './obligations.js';
import { isPartialDate, lastDayOf } from './partial-date.js';

const base: ObligationInput = {
  entryIntoForce: '2011-10-01',
  withdrawalEffective: null,
  facts: [],
  extensions: [],
  completions: [],
  initialReportSubmitted: null,
  annualReportsSubmitted: {},
  retentionReportsSubmitted: {},
  nationalMeasures: null,
};
const granted = (article: '3' | '4', until: string, decidedOn: string | null = null): Extension => ({
  article,
  requestedOn: null,
  requestedUntil: until,
  decision: 'granted',
  grantedUntil: until,
  decidedOn,
  decidedAt: null,
});
const bulgaria: ObligationInput = {
  ...base,
  facts: [{ kind: 'stockpiles', applies: true, date: '2011-10-01' }],
  extensions: [
    granted('3', '2021-04-01', '2019-09-04'),
    granted('3', '2022-10-01', '2021-02-28'),
    granted('3', '2023-12-31', '2022-09-02'),
  ],
  completions: [{ article: '3', date: '2023-06', before: null }],
};
const article = (input: ObligationInput, asOf: string, which: string) =>
  obligationsOn(input, asOf).find((o) => o.article === which);

describe('Art. 3 stockpile destruction', () => {
  it('follows Bulgaria through three extensions to completion in June 2023', () => {
    expect(article(bulgaria, '2015-01-01', '3')).toMatchObject({
      status: 'in_progress',
      originalDeadline: '2019-10-01',
      currentDeadline: '2019-10-01',
    });
    expect(article(bulgaria, '2019-01-01', '3')?.status).toBe('due_within_12_months');
    expect(article(bulgaria, '2019-12-01', '3')).toMatchObject({
      status: 'extended',
      currentDeadline: '2021-04-01',
    });
    expect(article(bulgaria, '2020-06-01', '3')).toMatchObject({
      status: 'due_within_12_months',
      currentDeadline: '2021-04-01',
    });
    expect(article(bulgaria, '2021-03-01', '3')).toMatchObject({
      status: 'extended',
      currentDeadline: '2022-10-01',
    });
    expect(article(bulgaria, '2023-07-01', '3')).toMatchObject({
      status: 'completed_on_time',
      completedOn: '2023-06',
      currentDeadline: '2023-12-31',
    });
    expect(article(bulgaria, '2023-07-01', '3')?.extensions).toHaveLength(3);
  });

  it('is overdue when the deadline passed without extension (Guinea-Bissau)', () => {
    const gnb = {
      ...base,
      entryIntoForce: '2011-05-01',
      facts: [{ kind: 'stockpiles' as const, applies: true, date: '2011-05-01' }],
    };
    expect(article(gnb, '2019-05-02', '3')).toMatchObject({
      status: 'overdue',
      currentDeadline: '2019-05-01',
    });
  });

  it('is completed late when destruction ended after the deadline', () => {
    const late = {
      ...bulgaria,
      extensions: [],
      completions: [{ article: '3' as const, date: '2020-01-15', before: null }],
    };
    expect(article(late, '2021-01-01', '3')?.status).toBe('completed_late');
    expect(article(late, '2019-12-01', '3')?.status).toBe('overdue');
  });

  it('reopens when stockpiles are discovered after completion', () => {
    const found = {
      ...bulgaria,
      facts: [...bulgaria.facts, { kind: 'stockpiles' as const, applies: true, date: '2024-05-01' }],
    };
    expect(article(found, '2024-04-01', '3')?.status).toBe('completed_on_time');
    expect(article(found, '2024-06-01', '3')).toMatchObject({ status: 'overdue', completedOn: null });
  });

  it('does not apply without declared stockpiles, or before entry into force, or after withdrawal', () => {
    expect(article(base, '2020-01-01', '3')?.status).toBe('not_applicable');
    expect(article(bulgaria, '2011-09-30', '3')?.status).toBe('not_applicable');
    expect(article({ ...bulgaria, withdrawalEffective: '2015-01-01' }, '2016-01-01', '3')?.status).toBe(
      'not_applicable',
    );
  });
});

describe('Art. 4 clearance', () => {
  const lao: ObligationInput = {
    ...base,
    entryIntoForce: '2010-08-01',
    facts: [{ kind: 'contamination', applies: true, date: '2010-08-01' }],
    extensions: [granted('4', '2025-08-01', '2019-09-04')],
  };

  it('runs ten years from entry into force, then the extension', () => {
    expect(article(lao, '2019-01-01', '4')).toMatchObject({
      originalDeadline: '2020-08-01',
      currentDeadline: '2020-08-01',
      status: 'in_progress',
    });
    expect(article(lao, '2020-01-01', '4')).toMatchObject({
      currentDeadline: '2025-08-01',
      status: 'extended',
    });
    expect(article(lao, '2026-01-01', '4')?.status).toBe('overdue');
  });

  it('runs ten years from the end of active hostilities for contamination that arose later (Art. 4(1)(b))', () => {
    const later = {
      ...lao,
      extensions: [],
      facts: [
        { kind: 'contamination' as const, applies: true, date: '2024-01-01', endOfHostilities: '2023-06-30' },
      ],
    };
    expect(article(later, '2024-02-01', '4')?.originalDeadline).toBe('2033-06-30');
  });

  it('counts a completion known only as "before" a date', () => {
    const before = {
      ...lao,
      extensions: [],
      completions: [{ article: '4' as const, date: null, before: '2019-08-01' }],
    };
    expect(article(before, '2019-09-01', '4')).toMatchObject({
      status: 'completed_on_time',
      completedOn: null,
    });
  });
});

describe('Art. 7 reports', () => {
  it('is due 180 days after entry into force, on time or late', () => {
    expect(article(base, '2012-01-01', '7-initial')).toMatchObject({
      currentDeadline: '2012-03-29',
      status: 'due_within_12_months',
    });
    expect(article(base, '2012-04-01', '7-initial')?.status).toBe('overdue');
    expect(
      article({ ...base, initialReportSubmitted: '2012-03-01' }, '2012-04-01', '7-initial')?.status,
    ).toBe('completed_on_time');
    expect(
      article({ ...base, initialReportSubmitted: '2012-05-01' }, '2012-06-01', '7-initial')?.status,
    ).toBe('completed_late');
  });

  it('asks for an annual report by 30 April from the year after the initial one fell due (the default policy)', () => {
    expect(
      annualReportYears('2011-10-01', '2014-01-01', { firstAnnualReport: 'year_after_initial_due' }),
    ).toEqual([2013, 2014, 2015]);
    expect(
      annualReportYears('2011-10-01', '2014-01-01', { firstAnnualReport: 'year_after_entry_into_force' }),
    ).toEqual([2012, 2013, 2014, 2015]);
    const reporting = { ...base, annualReportsSubmitted: { 2013: '2013-04-20', 2014: '2014-06-01' } };
    expect(article(reporting, '2014-05-01', '7-annual')).toMatchObject({
      status: 'overdue',
      currentDeadline: '2014-04-30',
    });
    expect(article(reporting, '2014-07-01', '7-annual')).toMatchObject({
      status: 'due_within_12_months',
      currentDeadline: '2015-04-30',
      completedOn: '2014-06-01',
    });
  });

  it('asks for an Art. 3(8) report for each year of retention', () => {
    const retaining = {
      ...base,
      facts: [{ kind: 'retention' as const, applies: true, date: '2012-01-01', years: [2012, 2013] }],
      retentionReportsSubmitted: { 2012: '2013-04-01' },
    };
    expect(article(retaining, '2014-05-01', '3.8')).toMatchObject({
      status: 'overdue',
      currentDeadline: '2014-04-30',
    });
    expect(
      article(
        { ...retaining, retentionReportsSubmitted: { 2012: '2013-04-01', 2013: '2014-04-02' } },
        '2014-05-01',
        '3.8',
      )?.status,
    ).toBe('completed_on_time');
  });
});

describe('Art. 5 and Art. 9', () => {
  it('tracks victim assistance as continuing and national measures by their status', () => {
    const input = {
      ...base,
      facts: [{ kind: 'victims' as const, applies: true, date: '2011-10-01' }],
      nationalMeasures: { status: 'legislation_adopted' as const, date: '2013-05-01' },
    };
    expect(article(input, '2020-01-01', '5')).toMatchObject({
      applies: true,
      status: 'in_progress',
      currentDeadline: null,
    });
    expect(article(input, '2020-01-01', '9')).toMatchObject({
      status: 'completed_on_time',
      completedOn: '2013-05-01',
    });
    expect(article(base, '2020-01-01', '9')?.status).toBe('in_progress');
  });
});

describe('properties', () => {
  const day = fc
    .date({ min: new Date('2010-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  it('an open obligation is overdue exactly when the date is past its current deadline', () => {
    fc.assert(
      fc.property(day, (asOf) => {
        const view = article({ ...bulgaria, completions: [] }, asOf, '3');
        if (!view?.applies || !view.currentDeadline) return true;
        return (view.status === 'overdue') === asOf > view.currentDeadline;
      }),
    );
  });
  it('every obligation is listed once, in the same order, on any date', () => {
    fc.assert(
      fc.property(
        day,
        (asOf) =>
          obligationsOn(bulgaria, asOf)
            .map((o) => o.article)
            .join() === '3,3.8,4,5,7-initial,7-annual,9',
      ),
    );
  });
  it('reads partial dates by their last day', () => {
    expect(lastDayOf('2023')).toBe('2023-12-31');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(isPartialDate('2023-13')).toBe(false);
    fc.assert(fc.property(day, (d) => lastDayOf(d.slice(0, 7)) >= d && lastDayOf(d.slice(0, 4)) >= d));
  });
});

describe('extension requests', () => {
  const contents3 = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => [k, 'addressed']));
  const context = {
    currentDeadline: '2019-10-01',
    earlierExtensions: 0,
    submittedOn: '2018-11-01',
    meetingStart: '2019-09-02',
    meetingName: '9MSP',
  };

  it('accepts a complete Art. 3 request of up to four years', () => {
    expect(
      checkRequest(
        { article: '3', requestedUntil: '2023-10-01', exceptionalCircumstances: null, contents: contents3 },
        context,
      ),
    ).toEqual({ errors: [], warnings: [] });
  });

  it('refuses more than four years, and a further Art. 3 extension without exceptional circumstances', () => {
    const { errors } = checkRequest(
      { article: '3', requestedUntil: '2023-10-02', exceptionalCircumstances: null, contents: contents3 },
      { ...context, earlierExtensions: 1 },
    );
    expect(errors.map((e) => e.field)).toEqual(['requestedUntil', 'exceptionalCircumstances']);
  });

  it('refuses an Art. 4 request after the deadline, and lists missing checklist items', () => {
    const { errors } = checkRequest(
      { article: '4', requestedUntil: '2022-01-01', exceptionalCircumstances: null, contents: { a: 'x' } },
      { ...context, submittedOn: '2019-10-02' },
    );
    expect(errors.map((e) => e.field)).toEqual([
      'submittedOn',
      'contents.b',
      'contents.c',
      'contents.d',
      'contents.e',
      'contents.f',
      'contents.g',
      'contents.h',
      'contents.i',
    ]);
  });

  it('warns when submitted less than nine months before the meeting', () => {
    const { warnings } = checkRequest(
      { article: '3', requestedUntil: '2021-04-01', exceptionalCircumstances: null, contents: contents3 },
      { ...context, submittedOn: '2019-03-01' },
    );
    expect(warnings[0]?.message).toMatch(/less than 9 months before 9MSP/);
  });

  it('sets the new deadline from the decision', () => {
    expect(grantedDeadline('granted', '2021-04-01', '2019-10-01', null)).toEqual({ deadline: '2021-04-01' });
    expect(grantedDeadline('granted_shorter', '2021-04-01', '2019-10-01', '2020-10-01')).toEqual({
      deadline: '2020-10-01',
    });
    expect(grantedDeadline('granted_shorter', '2021-04-01', '2019-10-01', '2022-01-01').error?.field).toBe(
      'grantedUntil',
    );
    expect(grantedDeadline('not_granted', '2021-04-01', '2019-10-01', null)).toEqual({ deadline: null });
  });
});
