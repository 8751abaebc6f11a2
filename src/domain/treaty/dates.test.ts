import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, isIsoDate } from '../calendar.js';
import {
  article3Deadline,
  article4Deadline,
  datesForDeposit,
  entryIntoForceFor,
  initialReportDue,
  withdrawalEffective,
} from './dates.js';

const isoDate = fc
  .date({ min: new Date('2008-12-03T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('entry into force (Art. 17)', () => {
  it.each([
    ['2008-12-03', '2010-08-01'],
    ['2010-02-16', '2010-08-01'],
    ['2010-02-17', '2010-08-01'],
    ['2010-05-11', '2010-11-01'],
    ['2010-07-28', '2011-01-01'],
    ['2011-03-24', '2011-09-01'],
    ['2025-09-05', '2026-03-01'],
    ['2024-12-31', '2025-06-01'],
  ])('deposit %s gives %s', (deposit, expected) => {
    expect(entryIntoForceFor(deposit)).toBe(expected);
  });

  it('is always the first of a month, never before 1 Aug 2010, and 5 to 6 months after a later deposit', () => {
    fc.assert(
      fc.property(isoDate, (deposit) => {
        const eif = entryIntoForceFor(deposit);
        expect(eif.endsWith('-01')).toBe(true);
        expect(eif >= '2010-08-01').toBe(true);
        if (deposit > '2010-02-16') {
          expect(eif > addMonths(deposit, 5)).toBe(true);
          expect(eif <= addMonths(deposit, 6)).toBe(true);
        }
      }),
    );
  });

  it('never moves backwards when the deposit comes later', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => (a <= b ? entryIntoForceFor(a) <= entryIntoForceFor(b) : true)),
    );
  });

  it('recomputes the entry into force of every State in the seeded table', () => {
    const lines = fs
      .readFileSync(new URL('../../../reference/states.csv', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    let checked = 0;
    for (const line of lines) {
      const [iso3, , , , deposit, , eif] = line.split(',');
      if (!deposit) continue;
      expect(entryIntoForceFor(deposit), iso3).toBe(eif);
      checked++;
    }
    expect(checked).toBe(113);
  });
});

describe('deadlines from entry into force', () => {
  it('matches the examples of treaty-rules.md', () => {
    expect(article3Deadline('2011-10-01')).toBe('2019-10-01');
    expect(article3Deadline('2013-03-01')).toBe('2021-03-01');
    expect(article4Deadline('2010-08-01')).toBe('2020-08-01');
    expect(article4Deadline('2013-11-01')).toBe('2023-11-01');
    expect(initialReportDue('2010-08-01')).toBe('2011-01-28');
    expect(initialReportDue('2011-05-01')).toBe('2011-10-28');
    expect(withdrawalEffective('2024-09-06')).toBe('2025-03-06');
  });

  it('keeps the order initial report < Art. 3 deadline < Art. 4 deadline, all valid dates', () => {
    fc.assert(
      fc.property(isoDate, (deposit) => {
        const d = datesForDeposit(deposit);
        for (const value of Object.values(d)) expect(isIsoDate(value)).toBe(true);
        expect(
          d.entryIntoForce < d.initialReportDue &&
            d.initialReportDue < d.article3Deadline &&
            d.article3Deadline < d.article4Deadline,
        ).toBe(true);
      }),
    );
  });
});

describe('calendar dates', () => {
  it('refuses impossible dates', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-01-01')).toBe(false);
  });

  it('clamps month ends when adding months', () => {
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(withdrawalEffective('2023-08-31')).toBe('2024-02-29');
  });
});
