import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { format1msp } from '../../../domain/reports/format-1msp.js';
import { send, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { insertReport } from './test-data.js';

const { app, db } = await createTestApp();
const staff = await signedInAs(db, 'isu_staff');
const laoFocal = await signedInAs(db, 'state_focal_point', 'LAO');
const otherFocal = await signedInAs(db, 'state_focal_point', 'DEU');

// Published as v1, corrected as v2 (submitted, not published), a new correction in progress.
const published = await insertReport(db, {
  iso3: 'LAO',
  year: 2025,
  versions: 2,
  publishedVersion: 1,
  correction: true,
});
const draft = await insertReport(db, { iso3: 'LAO', year: 2026, status: 'draft' });

const documentOf = (id: string, suffix: string, cookie?: string) =>
  send(app, { url: `/api/v1/reports/${id}/document.${suffix}`, cookie });
const filename = (response: { headers: Record<string, unknown> }) =>
  String(response.headers['content-disposition']).match(/filename="([^"]+)"/)?.[1];

describe('report documents', () => {
  it('gives the public the published version as PDF and DOCX', async () => {
    const pdf = await documentOf(published.id, 'pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(filename(pdf)).toBe('CCM-Art7-LAO-2025-v1.pdf');

    const docx = await documentOf(published.id, 'docx?lang=fr');
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(filename(docx)).toBe('CCM-Art7-LAO-2025-v1.docx');

    // Another version, or a report never published, does not exist for the public.
    expect((await documentOf(published.id, 'pdf?version=2')).statusCode).toBe(404);
    expect((await documentOf(draft.id, 'pdf')).statusCode).toBe(404);
    expect((await documentOf(draft.id, 'pdf', otherFocal.cookie)).statusCode).toBe(404);
  });

  it('gives the State and the ISU any version, and the draft to those who see it', async () => {
    // By default what the report's page shows them: the correction in progress.
    expect(filename(await documentOf(published.id, 'pdf', laoFocal.cookie))).toBe(
      'CCM-Art7-LAO-2025-draft.pdf',
    );
    expect(filename(await documentOf(published.id, 'docx', staff.cookie))).toBe(
      'CCM-Art7-LAO-2025-draft.docx',
    );
    expect(filename(await documentOf(published.id, 'pdf?version=2', staff.cookie))).toBe(
      'CCM-Art7-LAO-2025-v2.pdf',
    );
    const first = await documentOf(published.id, 'pdf?version=1', laoFocal.cookie);
    expect(first.statusCode).toBe(200);
    expect(filename(first)).toBe('CCM-Art7-LAO-2025-v1.pdf');
    expect((await documentOf(published.id, 'pdf?version=3', staff.cookie)).statusCode).toBe(404);
    // Never submitted: the draft, for the ISU too.
    const never = await documentOf(draft.id, 'docx', staff.cookie);
    expect(never.statusCode).toBe(200);
    expect(filename(never)).toBe('CCM-Art7-LAO-2026-draft.docx');
  });

  it('gives the data of a version as CSV and XLSX, one value per row', async () => {
    const csv = await documentOf(published.id, 'csv?version=2', staff.cookie);
    expect(csv.statusCode).toBe(200);
    expect(filename(csv)).toBe('CCM-Art7-LAO-2025-v2.csv');
    expect(csv.body).toContain('B.stockpile[0].munitionsAtEnd');
    expect(csv.body).toContain('Destruction under way (version 2)');
    const publicCsv = await documentOf(published.id, 'csv');
    expect(publicCsv.body).toContain('Destruction under way (version 1)');

    const xlsx = await documentOf(published.id, 'xlsx?lang=es');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount ?? 0).toBeGreaterThan(20);
    const paths = sheet?.getColumn(6).values.map(String) ?? [];
    expect(paths).toContain('B.stockpile[0].munitionsAtEnd');
  });

  it('refuses an unknown format or language, naming it', async () => {
    const odt = await documentOf(published.id, 'odt');
    expect(odt.statusCode).toBe(400);
    const lang = await documentOf(published.id, 'pdf?lang=de');
    expect(lang.statusCode).toBe(400);
    expect(lang.json().error.details.issues[0].path).toBe('querystring.lang');
  });
});

describe('report formats', () => {
  it('lists the versions and gives a whole format as data, cacheable', async () => {
    const list = await app.inject({ url: '/api/v1/report-formats' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      {
        version: '1MSP',
        title: format1msp.title,
        adoptedAt: format1msp.adoptedAt,
        document: format1msp.document,
        latest: true,
      },
    ]);
    const format = await app.inject({ url: '/api/v1/report-formats/1MSP' });
    expect(format.statusCode).toBe(200);
    expect(format.json()).toEqual(JSON.parse(JSON.stringify(format1msp)));
    expect(format.json().forms.map((f: { id: string }) => f.id)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
      'I',
      'J',
    ]);
    const etag = format.headers.etag as string;
    const again = await app.inject({
      url: '/api/v1/report-formats/1MSP',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect((await app.inject({ url: '/api/v1/report-formats/9MSP' })).statusCode).toBe(400);
  });
});
