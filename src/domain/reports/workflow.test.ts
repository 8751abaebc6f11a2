import { describe, expect, it } from 'vitest';
import { completeness } from './completeness.js';
import { clearanceReport2023, initialReport, stockpileReport2023 } from './examples.js';
import { format1msp } from './format-1msp.js';
import type { FormId } from './kinds.js';
import { emptyReport, prefillReport } from './prefill.js';
import type { ReportData, Row } from './report-data.js';
import { validateReport } from './validate.js';

const copy = (report: ReportData): ReportData => structuredClone(report);
const rows = (report: ReportData, form: FormId, table: string): Row[] => {
  const value = report[form]?.[table];
  if (!Array.isArray(value)) throw new Error(`${form}.${table} is not a table`);
  return value as Row[];
};

describe('completeness', () => {
  it('shows a valid report complete, section by section, with the cover page ticks', () => {
    const view = completeness(stockpileReport2023);
    expect(view.complete).toBe(true);
    expect(view.counts).toEqual({ missing: 0, errors: 0, warnings: 0 });
    expect(view.sections.map((s) => `${s.section}:${s.status}`)).toEqual([
      'header:complete',
      'A:unchanged',
      'B:complete',
      'C:unchanged',
      'D:complete',
      'E:not_applicable',
      'F:not_applicable',
      'G:not_applicable',
      'H:not_applicable',
      'I:complete',
      'J:not_applicable',
    ]);
  });

  it('lists missing required fields with their labels, other errors and warnings per form', () => {
    const report = copy(clearanceReport2023);
    delete report.H?.implementationStatus;
    rows(report, 'F', 'clearedAreas').push({ location: 'Southern Province' });
    delete report.cover.B;
    report.G = { ...report.G, activities: [{ location: 'Northern Province', activity: 'Radio', girls: -1 }] };
    const view = completeness(report, { language: 'fr' });
    const section = (id: string) => view.sections.find((s) => s.section === id);
    expect(view.complete).toBe(false);
    expect(view.counts).toEqual({ missing: 2, errors: 2, warnings: 0 });
    expect(section('H')?.missing).toEqual([
      { path: 'H.implementationStatus', label: "État et progrès de la mise en œuvre de l'article 5" },
    ]);
    expect(section('F')?.missing).toEqual([
      {
        path: 'F.clearedAreas[2].areaSqm',
        label:
          'Zones dépolluées pendant la période (art. 7, par. 1, al. i) › ligne 3 › Superficie dépolluée (m²)',
      },
    ]);
    expect(section('G')?.errors.map((e) => e.rule)).toEqual(['below_min']);
    expect(section('B')).toMatchObject({ status: 'undecided', choice: null });
    expect(section('B')?.errors.map((e) => e.rule)).toEqual(['cover_missing']);
    expect(section('F')?.status).toBe('incomplete');
    expect(section('header')?.status).toBe('complete');
  });

  it('puts findings about the report as a whole apart', () => {
    expect(completeness({ version: 'x' })).toMatchObject({
      complete: false,
      sections: [],
      general: [{ path: 'version', rule: 'unknown_version' }],
    });
    const view = completeness({ ...copy(initialReport), extra: 1 });
    expect(view.general.map((f) => f.path)).toEqual(['extra']);
  });

  it('starts an empty initial report with the header and the required forms to fill', () => {
    const view = completeness(emptyReport('initial'));
    expect(view.sections.filter((s) => s.status === 'incomplete').map((s) => s.section)).toEqual([
      'header',
      'A',
      'B',
      'C',
      'E',
      'F',
      'G',
      'H',
    ]);
    expect(view.sections.find((s) => s.section === 'J')?.status).toBe('not_applicable');
    expect(view.counts.warnings).toBe(9); // the nine required forms say nothing yet
  });
});

describe('prefill from the last submitted report', () => {
  it('copies the data, opens the next calendar year and clears the submission date', () => {
    const next = prefillReport(stockpileReport2023);
    expect(next.version).toBe('1MSP');
    expect(next.kind).toBe('annual');
    expect(next.header).toEqual({
      state: 'ZZA',
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
      contacts: stockpileReport2023.header.contacts,
    });
    for (const form of ['A', 'B', 'C', 'D', 'I'] as const)
      expect(next[form]).toEqual(stockpileReport2023[form]);
    expect(next.B).not.toBe(stockpileReport2023.B);
  });

  it('ticks every form unchanged since the year of the last report; keeps earlier years and "not applicable"', () => {
    expect(prefillReport(stockpileReport2023).cover).toEqual({
      A: { choice: 'unchanged_since', year: 2021 },
      B: { choice: 'unchanged_since', year: 2024 },
      C: { choice: 'unchanged_since', year: 2012 },
      D: { choice: 'unchanged_since', year: 2024 },
      E: { choice: 'not_applicable' },
      F: { choice: 'not_applicable' },
      G: { choice: 'not_applicable' },
      H: { choice: 'not_applicable' },
      I: { choice: 'unchanged_since', year: 2024 },
      J: { choice: 'not_applicable' },
    });
  });

  it('follows an initial report with the rest of its calendar year', () => {
    const next = prefillReport(initialReport);
    expect(next.header).toMatchObject({ periodFrom: '2012-01-21', periodTo: '2012-12-31' });
    expect(next.cover.A).toEqual({ choice: 'unchanged_since', year: 2012 });
    expect(next.cover.J).toEqual({ choice: 'not_applicable' });
  });

  it('validates as its source did, except for the submission date still to give', () => {
    for (const source of [stockpileReport2023, clearanceReport2023, initialReport]) {
      expect(validateReport(prefillReport(source)).errors.map((e) => `${e.path} ${e.rule}`)).toEqual([
        'header.submissionDate required',
      ]);
    }
  });

  it('leaves forms "changed" when no year of the last report is known, unless told', () => {
    const last = copy(clearanceReport2023);
    last.header = { state: 'ZZB' };
    expect(prefillReport(last).cover.F).toEqual({ choice: 'changed' });
    expect(prefillReport(last, { lastSubmittedYear: 2019 }).cover.F).toEqual({
      choice: 'unchanged_since',
      year: 2019,
    });
  });

  it('drops what the format does not know and opens a blank report from nothing usable', () => {
    const last = copy(stockpileReport2023) as Record<string, unknown>;
    last.K = { x: 1 };
    (last.B as Record<string, unknown>).note = 'x';
    ((last.B as { stockpile: Row[] }).stockpile[0] as Row).colour = 'olive';
    const next = prefillReport(last);
    expect(next).not.toHaveProperty('K');
    expect(next.B).not.toHaveProperty('note');
    expect(rows(next, 'B', 'stockpile')[0]).not.toHaveProperty('colour');
    expect(prefillReport(null)).toEqual(emptyReport('annual', format1msp));
    expect(prefillReport({ version: '7MSP' })).toEqual({
      version: '1MSP',
      kind: 'annual',
      cover: {},
      header: {},
    });
  });
});
