import fc from 'fast-check';
import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import {
  clearanceReport2023,
  initialReport,
  stockpileReport2023,
} from '../../../../domain/reports/examples.js';
import { type CoverStatus, formIds, type ReportData } from '../../../../domain/reports/index.js';
import { renderReportDocx, renderReportPdf, reportDataRows } from './index.js';
import { buildReportDocument, type ReportDocumentInput } from './model.js';

const examples = [stockpileReport2023, clearanceReport2023, initialReport];

const coverStatus: fc.Arbitrary<CoverStatus | undefined> = fc.oneof(
  fc.constant({ choice: 'changed' } as const),
  fc.integer({ min: 2010, max: 2024 }).map((year) => ({ choice: 'unchanged_since', year }) as const),
  fc.constant({ choice: 'not_applicable' } as const),
  fc.constant(undefined),
);

/** An example report whose forms are ticked at random, data left as it is. */
const switchedReport: fc.Arbitrary<ReportData> = fc
  .tuple(fc.constantFrom(...examples), fc.array(coverStatus, { minLength: 10, maxLength: 10 }))
  .map(([example, statuses]) => {
    const cover: ReportData['cover'] = {};
    formIds.forEach((id, index) => {
      const status = statuses[index];
      if (status) cover[id] = status;
    });
    return { ...example, cover };
  });

const documentInput: fc.Arbitrary<ReportDocumentInput> = fc.record({
  data: switchedReport,
  stateName: fc.constantFrom('Zedland', 'Côte d’Ivoire', 'España'),
  language: fc.constantFrom('en', 'fr', 'es'),
  status: fc.constantFrom('draft', 'submitted', 'published'),
  versionNumber: fc.option(fc.integer({ min: 1, max: 9 })),
  submittedAt: fc.option(fc.constant('2024-04-28T10:15:00Z')),
});

describe('rendering any example report, whatever its cover page says', () => {
  it('builds a model that follows the cover page', () => {
    fc.assert(
      fc.property(documentInput, (input) => {
        const model = buildReportDocument(input);
        expect(model.forms).toHaveLength(10);
        for (const form of model.forms) {
          if (form.choice === 'changed') expect(form.status).toBeNull();
          else expect(form.status).not.toBeNull();
          expect(form.content === null).toBe(
            form.choice === 'not_applicable' || form.choice === 'unchanged_since',
          );
        }
        for (const row of model.cover?.rows ?? [])
          expect(row.ticks.filter((t) => t.ticked).length).toBeLessThanOrEqual(1);
        expect(model.watermark !== null).toBe(input.status === 'draft');
        expect(reportDataRows(input.data, input.language).length).toBeGreaterThan(0);
      }),
    );
  });

  it('renders DOCX and PDF without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(documentInput, async (input) => {
        const [docx, pdf] = await Promise.all([renderReportDocx(input), renderReportPdf(input)]);
        expect(docx.subarray(0, 2).toString()).toBe('PK');
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      }),
      // Each run lays out two whole documents: a few runs cover the choices without slowing the suite.
      { numRuns: 4 },
    );
  });
});

describe('a report with a long table', () => {
  const rows = Array.from({ length: 50 }, (_, index) => ({
    location: `Zone ${index + 1} Été`,
    areaSqm: 10_000 * (index + 1),
    status: index % 2 === 0 ? 'confirmed' : 'suspected',
    remnantTypes: 'BLU-26',
    remnantQuantity: index * 7,
    whenUsed: '1972',
  }));
  const input: ReportDocumentInput = {
    data: { ...clearanceReport2023, F: { ...clearanceReport2023.F, contaminatedAreas: rows } },
    stateName: 'Zedland',
    language: 'fr',
    status: 'submitted',
    versionNumber: 1,
    submittedAt: '2024-04-30T08:00:00Z',
  };

  it('prints every row, across pages, in both documents', async () => {
    const docx = await renderReportDocx(input);
    const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    for (const row of [1, 25, 50]) expect(xml).toContain(`Zone ${row} Été<`);
    expect(xml).toContain('500\u00a0000\u00a0m²');

    const parser = new PDFParse({ data: new Uint8Array(await renderReportPdf(input)) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    for (const row of [1, 25, 50]) expect(text).toMatch(new RegExp(`Zone ${row} Été\\s`));
    // The table runs over two pages and its header row is repeated on the second.
    expect(text.match(/Statut de la zone/g)).toHaveLength(2);
  });
});
