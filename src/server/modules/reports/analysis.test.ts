import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { clearanceReport2023, stockpileReport2023 } from '../../../domain/reports/examples.js';
import type { ReportData } from '../../../domain/reports/index.js';
import {
  openDataReports,
  overdueReports,
  reportAnalysis,
  reportingRates,
} from '../../../shared/contracts/report-analysis.js';
import type { Queryable } from '../../db/tx.js';
import { send, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { reportSubmissions } from '../obligations/tables.js';
import { reports, reportVersions } from './tables.js';
import { sampleData } from './test-data.js';

const { app, db } = await createTestApp();
const staff = await signedInAs(db, 'isu_staff');
const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });

/** A stockpile report: one type of M26 rockets (644 submunitions each), some destroyed in the period. */
const stockpile = (iso3: string, year: number, atEnd: number, destroyed: number): ReportData => ({
  ...sampleData(iso3, year),
  B: {
    ...stockpileReport2023.B,
    stockpile: [
      {
        type: 'M26 rocket',
        munitionsAtStart: atEnd + destroyed,
        submunitionsAtStart: (atEnd + destroyed) * 644,
        munitionsAtEnd: atEnd,
        submunitionsAtEnd: atEnd * 644,
      },
    ],
    destroyed: [{ type: 'M26 rocket', munitions: destroyed, submunitions: destroyed * 644 }],
  },
});
const clearance = (iso3: string, year: number): ReportData => ({
  ...clearanceReport2023,
  header: { ...clearanceReport2023.header, state: iso3, submissionDate: `${year}-04-29` },
});

/** A report as the workflow leaves it: its versions, the one published (if any), its receipt. */
async function insertVersions(
  database: Queryable,
  seed: { iso3: string; year: number; versions: ReportData[]; published: number | null },
) {
  const latest = seed.versions.length;
  const [row] = await database
    .insert(reports)
    .values({
      iso3: seed.iso3,
      kind: 'annual',
      year: seed.year,
      status: seed.published === latest ? 'published' : 'submitted',
      formatVersion: '1MSP',
      latestVersion: latest,
      publishedVersion: seed.published,
      publishedAt: seed.published ? new Date() : null,
      channel: 'platform',
    })
    .returning();
  if (!row) throw new Error('report not inserted');
  await database.insert(reportVersions).values(
    seed.versions.map((data, i) => ({
      reportId: row.id,
      number: i + 1,
      data,
      receivedOn: i === 0 ? `${seed.year}-04-20` : `${seed.year}-07-01`,
      channel: 'platform' as const,
    })),
  );
  await database.insert(reportSubmissions).values({
    iso3: seed.iso3,
    kind: 'annual',
    year: seed.year,
    submittedOn: `${seed.year}-04-20`,
    source: 'test',
  });
  return row;
}

await insertVersions(db, {
  iso3: 'DEU',
  year: 2023,
  versions: [stockpile('DEU', 2023, 400, 200)],
  published: 1,
});
await insertVersions(db, {
  iso3: 'DEU',
  year: 2024,
  versions: [stockpile('DEU', 2024, 300, 100)],
  published: 1,
});
// A correction submitted, not yet published: the public figures are still version 1's.
const bosnia = await insertVersions(db, {
  iso3: 'BIH',
  year: 2024,
  versions: [stockpile('BIH', 2024, 50, 20), stockpile('BIH', 2024, 40, 30)],
  published: 1,
});
// Submitted, awaiting publication: not in any public figure.
await insertVersions(db, {
  iso3: 'PER',
  year: 2024,
  versions: [stockpile('PER', 2024, 999, 1)],
  published: null,
});
await insertVersions(db, { iso3: 'LAO', year: 2024, versions: [clearance('LAO', 2024)], published: 1 });
// The stockpile form "unchanged since 2024": the figures carry over, nothing destroyed is counted.
const unchanged: ReportData = {
  ...sampleData('DEU', 2025),
  cover: { ...sampleData('DEU', 2025).cover, B: { choice: 'unchanged_since', year: 2024 } },
};
delete unchanged.B;
await insertVersions(db, { iso3: 'DEU', year: 2025, versions: [unchanged], published: 1 });

const summaryOf = async (query = 'year=2024') => {
  const response = await get(`/api/v1/reports/summary?${query}`);
  expect(response.statusCode).toBe(200);
  return reportAnalysis.parse(response.json());
};

describe('the analytical summary of a year', () => {
  it('adds up the published figures of each State, per article', async () => {
    const { summary } = await summaryOf();
    expect(summary.reporting).toMatchObject({ reports: 3, annual: 3, initial: 0, states: 3 });
    expect(summary.reporting.rows.map((r) => r.iso3)).toEqual(['BIH', 'DEU', 'LAO']);
    expect(summary.stockpileDestruction.totals).toEqual({
      stockpiledMunitions: { total: 350, states: 2 },
      stockpiledSubmunitions: { total: 350 * 644, states: 2 },
      destroyedMunitions: { total: 120, states: 2 },
      destroyedSubmunitions: { total: 120 * 644, states: 2 },
    });
    expect(summary.stockpileDestruction.rows.find((r) => r.iso3 === 'BIH')).toMatchObject({
      stockpiledMunitions: 50,
      destroyedMunitions: 20,
    });
    // The sample report retains 10 BL755 (1,470 submunitions) in each State.
    expect(summary.retention.totals.retainedMunitions).toEqual({ total: 20, states: 2 });
    expect(summary.clearance.totals).toEqual({
      contaminatedAreaSqm: { total: 15_700_000, states: 1 },
      clearedAreaSqm: { total: 2_550_000, states: 1 },
      riskEducationReported: { states: 1, answered: 1 },
    });
    expect(summary.clearance.rows.map((r) => r.iso3)).toEqual(['LAO']);
  });

  it('gives the trend across years and defaults to the latest year', async () => {
    const analysis = await summaryOf('');
    expect(analysis.year).toBe(2025);
    expect(analysis.years).toEqual([2023, 2024, 2025]);
    expect(
      analysis.trend.map((p) => [p.year, p.reports, p.stockpiledMunitions, p.destroyedMunitions]),
    ).toEqual([
      [2023, 1, 400, 200],
      [2024, 3, 350, 120],
      // 2025: Germany's stockpile unchanged since 2024, nothing destroyed reported.
      [2025, 1, 300, null],
    ]);
  });

  it('answers 304 to a client that has the current summary', async () => {
    const first = await get('/api/v1/reports/summary?year=2024');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"/);
    expect((await get('/api/v1/reports/summary?year=2024', { 'if-none-match': etag })).statusCode).toBe(304);
  });

  it('replaces the figures when the ISU publishes a correction, at once', async () => {
    const before = await get('/api/v1/reports/summary?year=2024');
    const published = await send(app, {
      method: 'POST',
      url: `/api/v1/reports/${bosnia.id}/publish`,
      cookie: staff.cookie,
      payload: { version: 2 },
    });
    expect(published.statusCode).toBe(204);
    const after = await get('/api/v1/reports/summary?year=2024', {
      'if-none-match': String(before.headers.etag),
    });
    expect(after.statusCode).toBe(200);
    const { summary } = reportAnalysis.parse(after.json());
    expect(summary.stockpileDestruction.totals.stockpiledMunitions).toEqual({ total: 340, states: 2 });
    expect(summary.stockpileDestruction.totals.destroyedMunitions).toEqual({ total: 130, states: 2 });
  });

  it('is a Word document in the language asked, numbers written its way', async () => {
    const response = await get('/api/v1/reports/summary.docx?year=2024&lang=fr');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('ccm-article7-summary-2024-fr.docx');
    const zip = await JSZip.loadAsync(response.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Rapports de transparence de 2024 au titre de l’article 7');
    expect(xml).toContain('Article 3 : destruction des stocks');
    expect(xml).toContain('Bosnie-Herzégovine');
    // 340 × 644 = 218,960 submunitions: grouped with a narrow no-break space in French.
    expect(xml).toContain('218\u202f960');
    const english = await JSZip.loadAsync((await get('/api/v1/reports/summary.docx?year=2024')).rawPayload);
    const text = (await english.file('word/document.xml')?.async('string')) ?? '';
    expect(text).toContain('Article 7 transparency reports of 2024: analytical summary');
    expect(text).toContain('218,960');
    expect(text).toContain('15,700,000');
  });
});

describe('open data', () => {
  it('lists the key figures of every published report, with units and the licence', async () => {
    const response = await get('/api/v1/open-data/reports');
    expect(response.headers.link).toContain('creativecommons.org/licenses/by/4.0');
    const body = openDataReports.parse(response.json());
    expect(body.licence.name).toContain('CC BY 4.0');
    expect(body.units.contaminatedAreaSqm).toContain('m²');
    const rows = body.items.map((r) => `${r.iso3} ${r.year} v${r.version}`);
    expect(rows).toEqual(['BIH 2024 v2', 'DEU 2023 v1', 'DEU 2024 v1', 'DEU 2025 v1', 'LAO 2024 v1']);
    expect(body.items.find((r) => r.iso3 === 'BIH')).toMatchObject({
      kind: 'annual',
      receivedOn: '2024-04-20',
      stockpiledMunitions: 40,
      destroyedSubmunitions: 30 * 644,
      contaminatedAreaSqm: null,
    });
    expect(body.items.find((r) => r.iso3 === 'DEU' && r.year === 2025)).toMatchObject({
      stockpiledMunitions: 300,
      destroyedMunitions: null,
    });
  });

  it('is documented in the OpenAPI document with units', async () => {
    const document = (await get('/api/openapi.json')).json();
    const row = document.components.schemas.ReportOpenDataRow;
    expect(row.properties.contaminatedAreaSqm.description).toContain('m²');
    expect(row.properties.destroyedSubmunitions.description).toContain('count');
    expect(document.paths['/api/v1/open-data/reports'].get.description).toContain('CC BY 4.0');
  });

  it('is a CSV with one column per key figure', async () => {
    const response = await get('/api/v1/open-data/reports.csv');
    expect(response.headers['content-type']).toContain('text/csv');
    const rows = parse(response.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0] ?? {})).toEqual(
      expect.arrayContaining(['iso3', 'state', 'year', 'kind', 'version', 'received_on', 'cleared_area_sqm']),
    );
    expect(rows.find((r) => r.iso3 === 'LAO')).toMatchObject({ cleared_area_sqm: '2550000', year: '2024' });
  });
});

describe('reporting rates and overdue reports', () => {
  const asOf = '2014-06-01';
  const record = (body: object) =>
    send(app, {
      method: 'POST',
      url: '/api/v1/states/LAO/report-submissions',
      cookie: staff.cookie,
      payload: body,
    });
  const ratesOn = async () =>
    reportingRates.parse((await get(`/api/v1/reports/rates?asOf=${asOf}`)).json()).items;
  const overdueOf = async (iso3: string) =>
    overdueReports
      .parse((await get(`/api/v1/reports/overdue?asOf=${asOf}`)).json())
      .items.filter((r) => r.iso3 === iso3);

  it('counts the receipts recorded, on time or late, and lists what is still missing', async () => {
    // Lao PDR: in force 1 August 2010, initial report due 28 January 2011, annual ones from 2012.
    expect((await overdueOf('LAO')).map((r) => `${r.kind} ${r.year}`)).toEqual([
      'initial 2011',
      'annual 2012',
      'annual 2013',
      'annual 2014',
    ]);
    const before = await ratesOn();
    for (const body of [
      { kind: 'initial', submittedOn: '2011-01-20', source: 'test' },
      { kind: 'annual', year: 2012, submittedOn: '2012-04-25', source: 'test' },
      { kind: 'annual', year: 2013, submittedOn: '2013-06-10', source: 'test' },
    ])
      expect((await record(body)).statusCode).toBe(201);
    const after = await ratesOn();
    const change = (year: number, kind: 'initial' | 'annual') => {
      const [b, a] = [before, after].map((rows) => rows.find((r) => r.year === year)?.[kind]);
      return {
        due: (a?.due ?? 0) - (b?.due ?? 0),
        submitted: (a?.submitted ?? 0) - (b?.submitted ?? 0),
        onTime: (a?.onTime ?? 0) - (b?.onTime ?? 0),
      };
    };
    expect(change(2011, 'initial')).toEqual({ due: 0, submitted: 1, onTime: 1 });
    expect(change(2012, 'annual')).toEqual({ due: 0, submitted: 1, onTime: 1 });
    expect(change(2013, 'annual')).toEqual({ due: 0, submitted: 1, onTime: 0 });
    expect(change(2014, 'annual')).toEqual({ due: 0, submitted: 0, onTime: 0 });
    expect(after.map((r) => r.year)).toEqual([2011, 2012, 2013, 2014]);
    // No annual report fell due in 2011: the first ones were due the year after the initial reports.
    expect(after[0]?.annual).toMatchObject({ due: 0, submittedRate: null });
    for (const { annual } of after.slice(1)) {
      expect(annual.due).toBeGreaterThan(0);
      expect(annual.submittedRate).toBeCloseTo(annual.submitted / annual.due);
    }

    const overdue = await overdueOf('LAO');
    expect(overdue).toEqual([
      {
        iso3: 'LAO',
        stateName: expect.stringContaining('Lao'),
        kind: 'annual',
        year: 2014,
        dueDate: '2014-04-30',
        daysOverdue: 32,
      },
    ]);
    const all = overdueReports.parse((await get(`/api/v1/reports/overdue?asOf=${asOf}`)).json());
    expect(all.total).toBe(all.items.length);
    const days = all.items.map((r) => r.daysOverdue);
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it('exports the rates as CSV and XLSX and the overdue list as CSV', async () => {
    const csv = await get(`/api/v1/reports/rates.csv?asOf=${asOf}`);
    const rows = parse(csv.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.year)).toEqual(['2011', '2012', '2013', '2014']);
    expect(Object.keys(rows[0] ?? {})).toEqual(
      expect.arrayContaining(['annual_due', 'annual_submitted', 'annual_on_time', 'initial_on_time_rate']),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get(`/api/v1/reports/rates.xlsx?asOf=${asOf}`)).rawPayload as never);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('year');
    expect(sheet?.rowCount).toBe(5);

    const overdue = await get(`/api/v1/reports/overdue.csv?asOf=${asOf}`);
    const lines = parse(overdue.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(lines.find((r) => r.iso3 === 'LAO')).toEqual({
      iso3: 'LAO',
      state: expect.stringContaining('Lao'),
      kind: 'annual',
      year: '2014',
      due_date: '2014-04-30',
      days_overdue: '32',
    });
  });
});
