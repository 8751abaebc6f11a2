import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { clearanceReport2023, stockpileReport2023 } from '../../../../domain/reports/examples.js';
import { renderReportPdf } from './index.js';

async function textOf(buffer: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

describe('the PDF of a report', () => {
  it('is a PDF with the title, the State, accented values and a DRAFT mark on a draft', async () => {
    const buffer = await renderReportPdf({
      data: stockpileReport2023,
      stateName: 'Zedland',
      language: 'en',
      status: 'draft',
      versionNumber: null,
      submittedAt: null,
    });
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = await textOf(buffer);
    expect(text).toContain('Convention on Cluster Munitions');
    expect(text).toContain('Article 7 transparency report');
    expect(text).toContain('Zedland');
    expect(text).toContain('DRAFT');
    expect(text).toContain('Form B — Stockpiles and destruction');
    expect(text).toMatch(/M26 rocket\s+1,200\s+772,800\s+800\s+515,200/);
    // Title, cover page, header, then one page per form at least.
    expect(pages).toBeGreaterThanOrEqual(13);
    expect(text).toContain(`CCM Article 7 report — Zedland — 2024 Page 1 of ${pages}`);
  });

  it('keeps French and Spanish accents and the square metre sign', async () => {
    const french = await renderReportPdf({
      data: stockpileReport2023,
      stateName: 'Zédland',
      language: 'fr',
      status: 'submitted',
      versionNumber: 1,
      submittedAt: '2024-04-28T10:15:00Z',
    });
    const fr = (await textOf(french)).text;
    expect(fr).toContain('Zédland');
    expect(fr).toContain('Armes à sous-munitions sous juridiction ou contrôle');
    // A select option by its French label (it wraps in its narrow column).
    expect(fr.replace(/\s+/g, ' ')).toContain('Prélevé sur les stocks et conservé');
    expect(fr).toContain('Inchangé depuis le rapport de 2021.');
    expect(fr).not.toContain('PROJET');

    const spanish = await renderReportPdf({
      data: clearanceReport2023,
      stateName: 'Belandia',
      language: 'es',
      status: 'published',
      versionNumber: 2,
      submittedAt: '2024-04-30T08:00:00Z',
    });
    const es = (await textOf(spanish)).text;
    expect(es).toContain('Convención sobre Municiones en Racimo');
    expect(es).toContain('Formulario F — Zonas contaminadas y limpieza');
    expect(es).toMatch(/Northern Province\s+12\.500\.000\s+m²\s+Confirmada\s+\(conocida\)/);
    expect(es).toContain('30 de noviembre de 2023');
    expect(es).toContain('Versión 2, presentada el 30 de abril de 2024');
  });
});
