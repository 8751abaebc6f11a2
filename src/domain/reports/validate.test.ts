import { describe, expect, it } from 'vitest';
import { clearanceReport2023, initialReport, stockpileReport2023 } from './examples.js';
import type { FormId } from './kinds.js';
import type { ReportData, Row } from './report-data.js';
import { type Finding, validateReport } from './validate.js';

const copy = (report: ReportData): ReportData => structuredClone(report);
const rows = (report: ReportData, form: FormId, table: string): Row[] => {
  const value = report[form]?.[table];
  if (!Array.isArray(value)) throw new Error(`${form}.${table} is not a table`);
  return value as Row[];
};
const paths = (findings: Finding[]) => findings.map((f) => f.path);
const rules = (findings: Finding[]) => findings.map((f) => `${f.path} ${f.rule}`);

/** The stockpile example with B's first stockpile row edited. */
function withStockRow(patch: Record<string, unknown>): ReportData {
  const report = copy(stockpileReport2023);
  const stock = rows(report, 'B', 'stockpile');
  stock[0] = { ...stock[0], ...patch } as Row;
  return report;
}

describe('the example reports', () => {
  it('are valid, without warnings', () => {
    for (const report of [stockpileReport2023, clearanceReport2023, initialReport])
      expect(validateReport(report)).toEqual({ errors: [], warnings: [] });
  });
});

describe('shape', () => {
  it('rejects what is not a report, naming the problem', () => {
    expect(rules(validateReport(null).errors)).toEqual([' not_object']);
    expect(rules(validateReport([1, 2]).errors)).toEqual([' not_object']);
    expect(rules(validateReport({ version: '2MSP' }).errors)).toEqual(['version unknown_version']);
    expect(validateReport({ version: '2MSP' }).errors[0]?.message).toContain('1MSP');
    // An unknown kind is read as annual, whose cover page needs Form A ticked.
    expect(rules(validateReport({ ...copy(initialReport), kind: 'final' }).errors)).toEqual([
      'kind unknown_kind',
      'cover.A cover_missing',
    ]);
  });

  it('reports sections, fields, columns and cover entries the format does not have', () => {
    const report = copy(stockpileReport2023) as Record<string, unknown>;
    report.K = {};
    (report.B as Record<string, unknown>).total = 5;
    ((report.B as { stockpile: Row[] }).stockpile[0] as Row).colour = 'olive';
    (report.cover as Record<string, unknown>).Z = { choice: 'changed' };
    expect(rules(validateReport(report).errors)).toEqual([
      'K unknown_key',
      'cover.Z unknown_key',
      'B.total unknown_key',
      'B.stockpile[0].colour unknown_key',
    ]);
  });

  it('requires sections, tables and rows to be objects and lists', () => {
    const report = copy(stockpileReport2023) as Record<string, unknown>;
    report.I = 'see attachment';
    (report.B as Record<string, unknown>).destroyed = { type: 'M26' };
    (report.D as { retained: unknown[] }).retained[0] = 'ten bombs';
    expect(rules(validateReport(report).errors)).toEqual([
      'B.destroyed not_list',
      'D.retained[0] not_object',
      'I not_object',
    ]);
  });
});

describe('types and ranges', () => {
  it('checks counts: whole, not negative, numbers not text', () => {
    const result = validateReport(
      withStockRow({ munitionsAtEnd: 799.5, submunitionsAtEnd: -1, munitionsAtStart: '1200' }),
    );
    expect(rules(result.errors)).toEqual([
      'B.stockpile[0].munitionsAtStart not_number',
      'B.stockpile[0].munitionsAtEnd not_integer',
      'B.stockpile[0].submunitionsAtEnd below_min',
    ]);
    expect(result.errors[2]).toMatchObject({
      code: 'range',
      message: 'must be at least 0',
      params: { min: 0 },
    });
  });

  it('checks dates, e-mail addresses, currencies, countries, choices and files', () => {
    const report = copy(stockpileReport2023);
    report.header.periodTo = '2023-02-30';
    report.header.contacts = [{ organization: 'MFA', email: 'arms.control at example.org' }];
    report.header.state = 'Germany';
    rows(report, 'I', 'nationalResources')[0] = {
      article: '6',
      currency: 'euro',
      amount: -5,
    };
    rows(report, 'D', 'movements')[0] = {
      ...rows(report, 'D', 'movements')[0],
      counterpart: 'de',
    };
    (report.A as Record<string, unknown>).measures = [
      { instrument: 'Act', text: { name: 'act.pdf' }, penalSanctions: 'yes' },
    ];
    report.cover.A = { choice: 'changed' };
    expect(rules(validateReport(report).errors)).toEqual([
      'header.state not_country',
      'header.periodTo not_date',
      'header.contacts[0].email not_email',
      'A.measures[0].penalSanctions not_boolean',
      'A.measures[0].text not_list',
      'D.movements[0].counterpart not_country',
      'I.nationalResources[0].article not_option',
      'I.nationalResources[0].amount below_min',
      'I.nationalResources[0].currency not_currency',
    ]);
  });

  it('accepts lists of uploaded files and rejects duplicates in multiple choices', () => {
    const report = copy(stockpileReport2023);
    report.cover.A = { choice: 'changed' };
    (report.A as Record<string, unknown>).measures = [
      { instrument: 'Act', text: [{ ref: 'sha256:ab12', name: 'act.pdf' }] },
      { instrument: 'Decree', text: [{ ref: '', name: 'decree.pdf' }] },
    ];
    expect(rules(validateReport(report).errors)).toEqual(['A.measures[1].text not_file']);
  });

  it('limits the length of texts and the number of rows', () => {
    const report = copy(stockpileReport2023);
    report.header.contacts = Array.from({ length: 51 }, () => ({ organization: 'x'.repeat(501) }));
    const errors = validateReport(report).errors;
    expect(errors[0]).toMatchObject({ path: 'header.contacts', rule: 'max_rows', params: { max: 50 } });
    expect(errors.filter((e) => e.rule === 'too_long')).toHaveLength(51);
  });

  it('checks the values of unchanged forms too, but not those of forms not applicable', () => {
    const report = copy(stockpileReport2023);
    report.C = { types: [{ type: 'M26 rocket', producedBeforeEif: 'no' }] }; // C is "unchanged since 2012"
    report.E = { facilities: [{ facility: 42 }] }; // E is "not applicable"
    const result = validateReport(report);
    expect(rules(result.errors)).toEqual(['C.types[0].producedBeforeEif not_boolean']);
    expect(rules(result.warnings)).toEqual(['E not_applicable_with_data']);
  });
});

describe('required fields', () => {
  it('are required in forms marked changed only', () => {
    const report = copy(stockpileReport2023);
    delete report.B?.programmeStatus;
    rows(report, 'B', 'destroyed')[0] = { munitions: 400, submunitions: 257_600 };
    report.A = { measures: [] }; // unchanged since 2021: nothing required
    expect(rules(validateReport(report).errors)).toEqual([
      'B.programmeStatus required',
      'B.destroyed[0].type required',
    ]);
  });

  it('count blank text and empty lists as missing, but not zero or "no"', () => {
    const report = copy(stockpileReport2023);
    (report.B as Record<string, unknown>).programmeStatus = '   ';
    rows(report, 'B', 'stockpile')[1] = {
      type: 'BL755 bomb',
      munitionsAtStart: 0,
      submunitionsAtStart: 0,
      munitionsAtEnd: 0,
      submunitionsAtEnd: 0,
    };
    report.B = { ...report.B, destroyed: [rows(report, 'B', 'destroyed')[0] as Row] };
    report.D = { movements: [], retained: [] };
    report.cover.D = { choice: 'not_applicable' };
    expect(rules(validateReport(report).errors)).toEqual(['B.programmeStatus required']);
  });

  it('ask for the minimum rows of a table in a changed form', () => {
    const report = copy(stockpileReport2023);
    report.cover.A = { choice: 'changed' };
    report.A = {};
    const [error] = validateReport(report).errors;
    expect(error).toMatchObject({
      path: 'A.measures',
      code: 'required',
      rule: 'min_rows',
      message: 'needs at least 1 row(s)',
    });
  });

  it('always apply to the header', () => {
    const report = copy(clearanceReport2023);
    report.header = { state: 'ZZB', contacts: [{ email: 'info@nmaa.example.org' }] };
    expect(rules(validateReport(report).errors)).toEqual([
      'header.submissionDate required',
      'header.periodFrom required',
      'header.periodTo required',
      'header.contacts[0].organization required',
    ]);
  });

  it('apply to every required form of an initial report unless it is marked not applicable', () => {
    const report = copy(initialReport);
    delete report.cover.H;
    expect(rules(validateReport(report).errors)).toEqual(['H.implementationStatus required']);
    expect(rules(validateReport(report).warnings)).toEqual(['H changed_without_data']);
  });
});

describe('the cover page', () => {
  it('asks an annual report to tick every required form, not the voluntary one', () => {
    const report = copy(clearanceReport2023);
    delete report.cover.B;
    delete report.cover.J;
    const result = validateReport(report);
    expect(rules(result.errors)).toEqual(['cover.B cover_missing']);
  });

  it('offers Form A no "not applicable"', () => {
    const report = copy(clearanceReport2023);
    report.cover.A = { choice: 'not_applicable' };
    const [error] = validateReport(report).errors;
    expect(error).toMatchObject({ path: 'cover.A', rule: 'cover_choice_not_offered' });
    expect(error?.message).toBe('Form A can only be marked: changed, unchanged_since');
  });

  it('needs the year of the earlier report with "unchanged", no later than the submission', () => {
    const report = copy(clearanceReport2023);
    report.cover.A = { choice: 'unchanged_since' } as never;
    report.cover.B = { choice: 'unchanged_since', year: 2025 };
    report.cover.C = { choice: 'unchanged_since', year: 2009 };
    report.cover.D = { choice: 'unchanged_since', year: 2024 };
    report.cover.E = { choice: 'changed', year: 2020 } as never;
    report.cover.G = { choice: 'maybe' } as never;
    report.E = { programmeStatus: 'No production facilities.' };
    expect(rules(validateReport(report).errors)).toEqual([
      'cover.A.year cover_year_invalid',
      'cover.B.year cover_year_invalid',
      'cover.C.year cover_year_invalid',
      'cover.E.year unknown_key',
      'cover.G cover_invalid',
    ]);
  });

  it('is not for the initial report: nothing there is "unchanged"', () => {
    const report = copy(initialReport);
    report.cover.A = { choice: 'unchanged_since', year: 2011 };
    expect(rules(validateReport(report).errors)).toEqual(['cover.A cover_unchanged_in_initial']);
  });

  it('warns when a form marked changed gives nothing, and lets all forms be unchanged', () => {
    const report = copy(clearanceReport2023);
    report.cover.J = { choice: 'changed' };
    report.J = { information: '' };
    const result = validateReport(report);
    expect(rules(result.errors)).toEqual(['J.information required']);
    expect(rules(result.warnings)).toEqual(['J changed_without_data']);

    const allUnchanged = copy(clearanceReport2023);
    for (const id of ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'] as const)
      allUnchanged.cover[id] = { choice: 'unchanged_since', year: 2023 };
    expect(paths(validateReport(allUnchanged).errors)).toEqual([]);
  });
});
