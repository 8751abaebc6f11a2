import { describe, expect, it } from 'vitest';
import {
  clearanceReport2023,
  initialReport,
  stockpileReport2023,
} from '../../../../domain/reports/examples.js';
import type { ReportData } from '../../../../domain/reports/index.js';
import { buildReportDocument, type DocForm, type ReportDocumentInput } from './model.js';

const NBSP = '\u00a0';

const input = (data: ReportData, overrides: Partial<ReportDocumentInput> = {}): ReportDocumentInput => ({
  data,
  stateName: 'Zedland',
  language: 'en',
  status: 'submitted',
  versionNumber: 1,
  submittedAt: '2024-04-28T10:15:00Z',
  ...overrides,
});

const formOf = (forms: DocForm[], id: string) => {
  const form = forms.find((f) => f.id === id);
  if (!form) throw new Error(`no form ${id}`);
  return form;
};

const tableOf = (form: DocForm, id: string) => {
  const table = form.content?.tables.find((t) => t.id === id);
  if (!table) throw new Error(`no table ${id} in form ${form.id}`);
  return table;
};

const cell = (form: DocForm, table: string, row: number, column: string) => {
  const t = tableOf(form, table);
  return t.rows[row]?.[t.columns.findIndex((c) => c.id === column)];
};

describe('the document model of a report', () => {
  it('ticks one box per form on the cover page, with the year of an unchanged form', () => {
    const model = buildReportDocument(input(stockpileReport2023));
    const rows = model.cover?.rows ?? [];
    expect(rows.map((r) => r.formId)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    const a = rows[0]?.ticks ?? [];
    expect(a.map((t) => t.symbol)).toEqual(['☐', '☒', '']);
    expect(a[1]).toMatchObject({ choice: 'unchanged_since', ticked: true, year: 2021 });
    expect(a[2]?.offered).toBe(false);
    expect(rows[1]?.ticks.map((t) => t.symbol)).toEqual(['☒', '☐', '☐']);
    expect(rows[4]?.ticks.map((t) => t.symbol)).toEqual(['☐', '☐', '☒']);
    for (const row of rows) expect(row.ticks.filter((t) => t.ticked)).toHaveLength(1);
    expect(model.cover?.headings).toEqual([
      'Form',
      'Changed',
      'Unchanged (last reporting: year)',
      'Not applicable',
    ]);
    expect(model.cover?.fields.map((f) => f.value)).toEqual([
      'Zedland',
      '1 January 2023',
      '31 December 2023',
    ]);
  });

  it('says when a form is unchanged or not applicable, and shows the earlier content when given', () => {
    const model = buildReportDocument(input(stockpileReport2023));
    const c = formOf(model.forms, 'C');
    expect(c.status).toBe('Unchanged since the report of 2012.');
    expect(c.content).toBeNull();
    expect(c.previous).toBeNull();
    expect(formOf(model.forms, 'E')).toMatchObject({ status: 'Not applicable.', content: null });

    const withPrevious = buildReportDocument(
      input(stockpileReport2023, {
        previousForms: { C: { types: [{ type: 'M26 rocket', producedBeforeEif: true }] } },
      }),
    );
    const previous = formOf(withPrevious.forms, 'C');
    expect(previous.previousIntro).toBe('Information as given in that report:');
    expect(previous.previous?.tables[0]?.rows[0]?.slice(0, 3)).toEqual(['M26 rocket', 'Yes', '—']);
  });

  it('gives an initial report without cover page, its forms in full or not applicable', () => {
    const model = buildReportDocument(input(initialReport));
    expect(model.cover).toBeNull();
    expect(model.title.kind).toBe('Initial report');
    const a = formOf(model.forms, 'A');
    expect(a.status).toBeNull();
    expect(cell(a, 'measures', 0, 'instrument')).toBe('Act on the Prohibition of Cluster Munitions');
    expect(cell(a, 'measures', 0, 'kind')).toBe('Legal');
    expect(cell(a, 'measures', 0, 'adopted')).toBe('15 June 2011');
    expect(cell(a, 'measures', 0, 'effective')).toBe('—');
    // Form J is voluntary: left unticked, it is not applicable.
    const j = formOf(model.forms, 'J');
    expect(j).toMatchObject({ choice: 'not_applicable', voluntary: true, status: 'Not applicable.' });
    expect(j.basis).toBe('Voluntary: not required by Article 7');
  });

  it('formats numbers, dates, options and booleans in French', () => {
    const model = buildReportDocument(input(stockpileReport2023, { language: 'fr' }));
    const b = formOf(model.forms, 'B');
    expect(b.heading).toBe('Formulaire B — Stocks et destruction');
    expect(b.basis).toBe(`Fondement${NBSP}: Art. 7(1)(b), (e), (f), (g); Art. 3(1)–(2)`);
    expect(cell(b, 'stockpile', 0, 'munitionsAtStart')).toBe(`1${NBSP}200`);
    expect(cell(b, 'stockpile', 0, 'submunitionsAtEnd')).toBe(`515${NBSP}200`);
    expect(cell(b, 'stockpile', 1, 'lotNumbers')).toBe('—');
    expect(tableOf(b, 'stockpile').columns[3]).toEqual({
      id: 'munitionsAtEnd',
      label: 'Armes à sous-munitions à la fin de la période',
      numeric: true,
    });
    expect(tableOf(b, 'discovered').rows).toEqual([]);
    const d = formOf(model.forms, 'D');
    expect(cell(d, 'movements', 0, 'date')).toBe('10 mai 2023');
    expect(cell(d, 'movements', 0, 'movement')).toBe('Prélevé sur les stocks et conservé (art. 3, par. 6)');
    const i = formOf(model.forms, 'I');
    expect(cell(i, 'nationalResources', 0, 'amount')).toBe(`2${NBSP}500${NBSP}000`);
    expect(cell(i, 'nationalResources', 0, 'resourceKind')).toBe('Financières');
    const header = model.header.content.fields;
    expect(header.find((f) => f.id === 'submissionDate')?.value).toBe('28 avril 2024');
    expect(model.title.period).toBe(`Période couverte${NBSP}: 1 janvier 2023 – 31 décembre 2023`);
    expect(model.title.version).toMatch(/^Version 1, soumise le 28 avril 2024 .*10:15 UTC$/);
  });

  it('formats areas with their unit, options and dates in Spanish', () => {
    const model = buildReportDocument(input(clearanceReport2023, { language: 'es', stateName: 'Belandia' }));
    const f = formOf(model.forms, 'F');
    expect(cell(f, 'contaminatedAreas', 0, 'areaSqm')).toBe(`12.500.000${NBSP}m²`);
    expect(cell(f, 'contaminatedAreas', 0, 'status')).toBe('Confirmada (conocida)');
    expect(cell(f, 'contaminatedAreas', 1, 'remnantQuantity')).toBe('—');
    expect(cell(f, 'clearedAreas', 0, 'dateCompleted')).toBe('30 de noviembre de 2023');
    // Spanish groups digits only from five digits on.
    expect(cell(f, 'remnantsDestroyed', 0, 'quantity')).toBe('1830');
    expect(formOf(model.forms, 'B').status).toBe('No se aplica.');
    expect(formOf(model.forms, 'A').status).toBe('Sin cambios desde el informe de 2020.');
    expect(model.header.content.fields[0]).toEqual({ id: 'state', label: 'Estado Parte', value: 'Belandia' });
    expect(model.footer).toBe('Informe CCM en virtud del artículo 7 — Belandia — 2024');
  });

  it('names States through the lookup, files by name and booleans as yes or no', () => {
    const data: ReportData = {
      ...stockpileReport2023,
      A: {
        measures: [
          {
            instrument: 'Act',
            penalSanctions: false,
            text: [
              { ref: 'sha-1', name: 'act.pdf' },
              { ref: 'sha-2', name: 'décret.pdf' },
            ],
          },
        ],
      },
      cover: { ...stockpileReport2023.cover, A: { choice: 'changed' } },
      D: { movements: [{ movement: 'transferred_from_stockpile', counterpart: 'ZZB', munitions: 12 }] },
    };
    const names: Record<string, string> = { ZZB: 'Beeland' };
    const model = buildReportDocument(
      input(data, { language: 'es', stateNameOf: (code) => names[code] ?? code }),
    );
    const a = formOf(model.forms, 'A');
    expect(cell(a, 'measures', 0, 'penalSanctions')).toBe('No');
    expect(cell(a, 'measures', 0, 'text')).toBe('act.pdf; décret.pdf');
    expect(cell(formOf(model.forms, 'D'), 'movements', 0, 'counterpart')).toBe('Beeland');
    // The report's own State falls back to the given name when the lookup does not know it.
    expect(model.header.content.fields[0]?.value).toBe('ZZA');
    expect(buildReportDocument(input(data)).header.content.fields[0]?.value).toBe('Zedland');
  });

  it('marks drafts and says which version was submitted when', () => {
    const draft = buildReportDocument(
      input(stockpileReport2023, { status: 'draft', versionNumber: null, submittedAt: null }),
    );
    expect(draft.watermark).toBe('DRAFT');
    expect(draft.title.version).toBe('Draft — not submitted');
    const correction = buildReportDocument(
      input(stockpileReport2023, { status: 'draft', versionNumber: 2, language: 'fr' }),
    );
    expect(correction).toMatchObject({
      watermark: 'PROJET',
      title: { version: 'Projet de correction de la version 2' },
    });
    const published = buildReportDocument(
      input(stockpileReport2023, { status: 'published', versionNumber: 3 }),
    );
    expect(published.watermark).toBeNull();
    expect(published.title.version).toBe('Version 3, submitted on 28 April 2024 at 10:15 UTC, published');
    expect(published.footer).toBe('CCM Article 7 report — Zedland — 2024');
    expect(buildReportDocument(input(stockpileReport2023, { year: 2025 })).footer).toMatch(/— 2025$/);
  });

  it('shows a form without a cover page tick with its content and says so', () => {
    const { B: _b, ...cover } = stockpileReport2023.cover;
    const model = buildReportDocument(input({ ...stockpileReport2023, cover }));
    const b = formOf(model.forms, 'B');
    expect(b).toMatchObject({ choice: null, status: 'Not indicated on the cover page.' });
    expect(cell(b, 'stockpile', 0, 'submunitionsAtStart')).toBe('772,800');
    expect(model.cover?.rows[1]?.ticks.map((t) => t.symbol)).toEqual(['☐', '☐', '☐']);
  });
});
