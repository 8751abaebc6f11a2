import { describe, expect, it } from 'vitest';
import { clearanceReport2023, stockpileReport2023 } from './examples.js';
import type { FormId } from './kinds.js';
import type { ReportData, Row } from './report-data.js';
import { type Finding, validateReport } from './validate.js';

const copy = (report: ReportData): ReportData => structuredClone(report);
const rules = (findings: Finding[]) => findings.map((f) => `${f.path} ${f.rule}`);
const rows = (report: ReportData, form: FormId, table: string): Row[] => {
  const value = report[form]?.[table];
  if (!Array.isArray(value)) throw new Error(`${form}.${table} is not a table`);
  return value as Row[];
};

describe('stockpile balance (Form B with Form D)', () => {
  it('holds per type: start + discovered − destroyed − transferred or retained = end', () => {
    expect(validateReport(stockpileReport2023).errors).toEqual([]);
  });

  it('names the type, the quantity and every term when it does not', () => {
    const report = copy(stockpileReport2023);
    (rows(report, 'B', 'destroyed')[0] as Row).submunitions = 250_000;
    const [error, ...rest] = validateReport(report).errors;
    expect(rest).toEqual([]);
    expect(error).toMatchObject({
      path: 'B.stockpile[0].submunitionsAtEnd',
      code: 'consistency',
      rule: 'stock_balance',
      params: {
        type: 'M26 rocket',
        start: 772_800,
        discovered: 0,
        destroyed: 250_000,
        out: 0,
        end: 515_200,
        expected: 522_800,
      },
    });
    expect(error?.message).toBe(
      'The explosive submunitions of type "M26 rocket" at the end of the period (515,200) should equal the start (772,800) + discovered (0) − destroyed (250,000) − transferred or retained from the stockpile (0) = 522,800',
    );
  });

  it('counts munitions retained or transferred out of the stockpile, but not transfers of retained ones', () => {
    const report = copy(stockpileReport2023);
    rows(report, 'D', 'movements').push({
      movement: 'transferred_from_retained',
      purpose: 'development_training',
      type: 'BL755 bomb',
      munitions: 2,
      submunitions: 294,
      counterpart: 'ZZB',
    });
    expect(validateReport(report).errors).toEqual([]);
    rows(report, 'D', 'movements').push({
      movement: 'transferred_from_stockpile',
      purpose: 'destruction',
      type: 'BL755 bomb',
      munitions: 20,
      submunitions: 2940,
      counterpart: 'ZZB',
    });
    expect(rules(validateReport(report).errors)).toEqual([
      'B.stockpile[1].munitionsAtEnd stock_balance',
      'B.stockpile[1].submunitionsAtEnd stock_balance',
    ]);
  });

  it('ignores Form D movements when Form D is not marked changed (they are an earlier year’s)', () => {
    const report = copy(stockpileReport2023);
    report.cover.D = { choice: 'unchanged_since', year: 2023 };
    expect(rules(validateReport(report).errors)).toEqual([
      'B.stockpile[1].munitionsAtEnd stock_balance',
      'B.stockpile[1].submunitionsAtEnd stock_balance',
    ]);
  });

  it('adds stockpiles discovered after completion (Art. 7(1)(g))', () => {
    const report = copy(stockpileReport2023);
    report.B = {
      ...report.B,
      discovered: [{ type: 'M26 rocket', munitions: 6, submunitions: 3864, dateDiscovered: '2023-09-02' }],
    };
    expect(rules(validateReport(report).errors)).toEqual([
      'B.stockpile[0].munitionsAtEnd stock_balance',
      'B.stockpile[0].submunitionsAtEnd stock_balance',
    ]);
    const stock = rows(report, 'B', 'stockpile')[0] as Row;
    stock.munitionsAtEnd = 806;
    stock.submunitionsAtEnd = 519_064;
    expect(validateReport(report).errors).toEqual([]);
  });

  it('matches types without regard to case or spacing, and adds up rows of the same type', () => {
    const report = copy(stockpileReport2023);
    (rows(report, 'B', 'destroyed')[0] as Row).type = '  m26  ROCKET ';
    const stock = rows(report, 'B', 'stockpile');
    stock.push({
      ...(stock[0] as Row),
      munitionsAtStart: 0,
      submunitionsAtStart: 0,
      munitionsAtEnd: 0,
      submunitionsAtEnd: 0,
    });
    expect(validateReport(report).errors).toEqual([]);
  });

  it('balances in total, with a warning, when a destroyed type is not in the stockpile table', () => {
    const report = copy(stockpileReport2023);
    (rows(report, 'B', 'destroyed')[1] as Row).type = 'BL-755';
    const result = validateReport(report);
    expect(result.errors).toEqual([]);
    expect(rules(result.warnings)).toEqual(['B.destroyed[1].type stock_type_unmatched']);
    (rows(report, 'B', 'destroyed')[1] as Row).munitions = 99;
    const [error] = validateReport(report).errors;
    expect(error).toMatchObject({
      path: 'B.stockpile',
      rule: 'stock_balance',
      params: { expected: 991, end: 990 },
    });
    expect(error?.message).toMatch(/^The total of cluster munitions at the end of the period \(990\)/);
  });

  it('cannot balance without the start of the period, and says so on annual reports', () => {
    const report = copy(stockpileReport2023);
    for (const row of rows(report, 'B', 'stockpile')) delete row.submunitionsAtStart;
    const result = validateReport(report);
    expect(result.errors).toEqual([]);
    expect(rules(result.warnings)).toEqual(['B.stockpile stock_start_missing']);
  });

  it('waits for wrong values to be fixed before adding them up', () => {
    const report = copy(stockpileReport2023);
    (rows(report, 'B', 'destroyed')[0] as Row).munitions = -400;
    expect(rules(validateReport(report).errors)).toEqual(['B.destroyed[0].munitions below_min']);
  });
});

describe('destruction without a declared stockpile', () => {
  it('is an error: Art. 7(1)(b) asks for the stockpile destroyed from', () => {
    const report = copy(stockpileReport2023);
    report.B = { ...report.B, stockpile: [] };
    const [error, ...rest] = validateReport(report).errors;
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ path: 'B.destroyed', rule: 'destruction_without_stockpile' });
    expect(error?.message).toBe(
      'destruction of 500 cluster munitions and 272,300 explosive submunitions is reported, but no stockpile is declared in B.stockpile (Art. 7(1)(b))',
    );
  });

  it('also when the stockpile table lists types with nothing in them', () => {
    const report = copy(stockpileReport2023);
    report.B = { ...report.B, stockpile: [{ type: 'M26 rocket', munitionsAtEnd: 0, submunitionsAtEnd: 0 }] };
    expect(rules(validateReport(report).errors)).toContain('B.destroyed destruction_without_stockpile');
  });

  it('is fine for stockpiles discovered after completion', () => {
    const report = copy(stockpileReport2023);
    report.B = {
      programmeStatus: 'Completed in 2019; a further lot was found and destroyed in 2023.',
      discovered: [{ type: 'M26 rocket', munitions: 4, submunitions: 2576 }],
      destroyed: [{ type: 'M26 rocket', munitions: 4, submunitions: 2576 }],
    };
    expect(validateReport(report).errors).toEqual([]);
  });
});

describe('transfers (Art. 3(8))', () => {
  it('must name the receiving State Party', () => {
    const report = copy(stockpileReport2023);
    rows(report, 'D', 'movements').push({
      movement: 'transferred_from_retained',
      purpose: 'counter_measures',
      type: 'BL755 bomb',
      munitions: 0,
      submunitions: 0,
    });
    expect(rules(validateReport(report).errors)).toEqual([
      'D.movements[1].counterpart transfer_without_counterpart',
    ]);
  });
});

describe('areas cleared against areas contaminated (Form F)', () => {
  it('are checked per location', () => {
    const report = copy(clearanceReport2023);
    (rows(report, 'F', 'clearedAreas')[1] as Row).areaSqm = 3_300_000;
    const [error, ...rest] = validateReport(report).errors;
    expect(rest).toEqual([]);
    expect(error).toMatchObject({
      path: 'F.clearedAreas[1].areaSqm',
      rule: 'cleared_exceeds_contaminated',
      params: { location: 'Central Province', cleared: 3_300_000, contaminated: 3_200_000 },
    });
    expect(error?.message).toBe(
      '3,300,000 m² cleared in "Central Province" is more than the 3,200,000 m² reported contaminated there',
    );
  });

  it('add up several rows of one location, and flag a location never reported contaminated', () => {
    const report = copy(clearanceReport2023);
    rows(report, 'F', 'clearedAreas').push({ location: 'central province', areaSqm: 2_800_000 });
    rows(report, 'F', 'clearedAreas').push({ location: 'Southern Province', areaSqm: 10_000 });
    const errors = validateReport(report).errors;
    expect(rules(errors)).toEqual([
      'F.clearedAreas[1].areaSqm cleared_exceeds_contaminated',
      'F.clearedAreas[3].areaSqm cleared_exceeds_contaminated',
    ]);
    expect(errors[1]?.message).toBe(
      '10,000 m² cleared in "Southern Province", but no contaminated area is reported there',
    );
  });

  it('are checked in total when rows give no location', () => {
    const report = copy(clearanceReport2023);
    report.F = {
      ...report.F,
      contaminatedAreas: [{ location: '', areaSqm: 100 }],
      clearedAreas: [{ location: ' ', areaSqm: 150.5 }],
    };
    const errors = validateReport(report).errors.filter((e) => e.rule === 'cleared_exceeds_contaminated');
    expect(errors.map((e) => e.message)).toEqual([
      '150.5 m² cleared in total is more than the 100 m² reported contaminated',
    ]);
  });

  it('are not checked when Form F is unchanged (the figures were checked when given)', () => {
    const report = copy(clearanceReport2023);
    (rows(report, 'F', 'clearedAreas')[1] as Row).areaSqm = 3_300_000;
    report.cover.F = { choice: 'unchanged_since', year: 2023 };
    expect(validateReport(report).errors).toEqual([]);
  });
});

describe('the reporting period', () => {
  it('must not end before it starts', () => {
    const report = copy(clearanceReport2023);
    report.header.periodTo = '2022-12-31';
    expect(rules(validateReport(report).errors)).toEqual(['header.periodTo period_order']);
  });

  it('is a calendar year in an annual report, ended before submission (warnings)', () => {
    const report = copy(clearanceReport2023);
    report.header.periodFrom = '2023-03-01';
    report.header.submissionDate = '2023-12-15';
    expect(rules(validateReport(report).warnings)).toEqual([
      'header.submissionDate submitted_before_period_end',
      'header.periodFrom period_not_calendar_year',
    ]);
  });
});

describe('comparison with the previous report (warnings)', () => {
  const previous = copy(clearanceReport2023);
  previous.header.periodFrom = '2022-01-01';
  previous.header.periodTo = '2022-12-31';

  it('flags a total that moved by more than half', () => {
    const report = copy(clearanceReport2023);
    (rows(previous, 'F', 'contaminatedAreas')[0] as Row).areaSqm = 40_000_000;
    const result = validateReport(report, { previous });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      {
        path: 'F.contaminatedAreas',
        code: 'previous',
        rule: 'large_change',
        message:
          'Cluster munition contaminated area (m²) changed by -64% since the previous report (43,200,000 → 15,700,000); please check the figures',
        params: { total: 'contaminatedArea', previous: 43_200_000, current: 15_700_000 },
      },
    ]);
    expect(validateReport(report, { previous, changeThreshold: 0.7 }).warnings).toEqual([]);
  });

  it('does not flag small changes, or forms not applicable on either side', () => {
    const report = copy(clearanceReport2023);
    (rows(previous, 'F', 'contaminatedAreas')[0] as Row).areaSqm = 15_000_000;
    expect(validateReport(report, { previous }).warnings).toEqual([]);
    report.cover.F = { choice: 'not_applicable' };
    report.F = {};
    expect(validateReport(report, { previous }).warnings).toEqual([]);
  });

  it('flags a stockpile that appears from nothing, and a start that is not last year’s end', () => {
    const before = copy(stockpileReport2023);
    before.B = { ...before.B, stockpile: [{ type: 'M26 rocket', munitionsAtEnd: 0, submunitionsAtEnd: 0 }] };
    const result = validateReport(stockpileReport2023, { previous: before });
    expect(rules(result.warnings)).toEqual([
      'B.stockpile start_differs_from_previous',
      'B.stockpile start_differs_from_previous',
      'B.stockpile large_change',
      'B.stockpile large_change',
    ]);
    expect(result.warnings[0]?.message).toBe(
      'the cluster munitions at the start of the period (1,500) differ from those at the end of the previous report (0)',
    );
    expect(result.warnings[2]?.message).toMatch(
      /^Cluster munitions stockpiled at the end of the period rose from 0/,
    );
  });

  it('ignores a previous report it cannot read', () => {
    for (const previousReport of [null, 'x', { version: '9MSP' }, { version: '1MSP', B: 'x' }])
      expect(validateReport(stockpileReport2023, { previous: previousReport })).toEqual({
        errors: [],
        warnings: [],
      });
  });
});
