import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  clearanceReport2023,
  initialReport,
  stockpileReport2023,
} from '../../../../domain/reports/examples.js';
import { renderReportDocx } from './index.js';

async function documentXml(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/footer\d*\.xml$/.test(name))
      .map(read),
  );
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/header\d*\.xml$/.test(name))
      .map(read),
  );
  return { xml: await read('word/document.xml'), footers: footers.join(''), headers: headers.join('') };
}

/** The text of the document, without the runs' markup, so words split across runs still match. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join(' ')
    .replace(/&apos;/g, "'");

describe('the DOCX of a report', () => {
  it('holds the State, the form titles in French and the values of a table row', async () => {
    const buffer = await renderReportDocx({
      data: stockpileReport2023,
      stateName: 'Zedland',
      language: 'fr',
      status: 'submitted',
      versionNumber: 2,
      submittedAt: '2024-04-28T10:15:00Z',
    });
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const { xml, footers, headers } = await documentXml(buffer);
    const text = textOf(xml);
    expect(text).toContain('Zedland');
    expect(text).toContain('Formulaire B — Stocks et destruction');
    expect(text).toContain("Formulaire A — Mesures d'application nationales");
    expect(text).toContain('Inchangé depuis le rapport de 2021.');
    // The first row of the stockpile table, values formatted in French.
    expect(text).toContain('M26 rocket 1\u00a0200 772\u00a0800 800 515\u00a0200 LOT-86-112 to LOT-86-140');
    expect(text).toContain('Version 2, soumise le 28 avril 2024 à 10:15 UTC');
    // A4, repeated header rows, shaded header cells, and page numbers in the footer.
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('w:h="16838"');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('w:fill="D9D9D9"');
    expect(xml).toContain('<w:pageBreakBefore/>');
    expect(textOf(footers)).toContain("Rapport CCM au titre de l'article 7 — Zedland — 2024");
    expect(footers).toContain('NUMPAGES');
    expect(headers).not.toContain('PROJET');
  });

  it('shows the cover page ticks and a draft mark in Spanish', async () => {
    const buffer = await renderReportDocx({
      data: clearanceReport2023,
      stateName: 'Belandia',
      language: 'es',
      status: 'draft',
      versionNumber: null,
      submittedAt: null,
    });
    const { xml, headers } = await documentXml(buffer);
    const text = textOf(xml);
    expect(text).toContain('Portada');
    expect(text.match(/☒/g)).toHaveLength(10);
    expect(text).toMatch(/☒\s+2020/);
    expect(text).toContain('Sin entradas');
    expect(text).toContain('Formulario F — Zonas contaminadas y limpieza');
    expect(text).toContain('12.500.000\u00a0m²');
    expect(text).toContain('Confirmada (conocida)');
    expect(textOf(headers)).toContain('BORRADOR');
  });

  it('renders an initial report without a cover page', async () => {
    const buffer = await renderReportDocx({
      data: initialReport,
      stateName: 'Zedland',
      language: 'en',
      status: 'published',
      versionNumber: 1,
      submittedAt: '2012-01-20T09:00:00Z',
    });
    const text = textOf((await documentXml(buffer)).xml);
    expect(text).toContain('Initial report');
    expect(text).not.toContain('Cover page');
    expect(text).toContain('Act on the Prohibition of Cluster Munitions');
    expect(text).toContain(
      'Form B — Stockpiles and destruction Basis: Art. 7(1)(b), (e), (f), (g); Art. 3(1)–(2) Not applicable.',
    );
  });
});
