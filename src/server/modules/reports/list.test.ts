import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type ReportSummary, reportListQuery } from '../../../shared/contracts/reports.js';
import { limits } from '../../../shared/limits.js';
import { send, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { reportSubmissions } from '../obligations/tables.js';
import { listCacheKey } from './list.js';
import { insertReport } from './test-data.js';

const { app, db } = await createTestApp();
const staff = await signedInAs(db, 'isu_staff');
const coordinator = await signedInAs(db, 'coordinator');
const laoFocal = await signedInAs(db, 'state_focal_point', 'LAO');

// LAO: 2025 published as v1 then corrected (v2 submitted, unpublished); 2023 a draft.
const lao2025 = await insertReport(db, {
  iso3: 'LAO',
  year: 2025,
  status: 'submitted',
  versions: 2,
  publishedVersion: 1,
  receivedOn: '2025-04-28',
});
const lao2023 = await insertReport(db, { iso3: 'LAO', year: 2023, status: 'draft' });
// DEU: 2024 submitted late, not published; 2023 published.
const deu2024 = await insertReport(db, { iso3: 'DEU', year: 2024, receivedOn: '2024-06-15' });
const deu2023 = await insertReport(db, { iso3: 'DEU', year: 2023, status: 'published' });
const niuInitial = await insertReport(db, {
  iso3: 'NIU',
  year: 2021,
  kind: 'initial',
  status: 'published',
  receivedOn: '2021-07-01',
});
// AUT sent its 2024 report before the platform: recorded as a submission, no report here.
await db
  .insert(reportSubmissions)
  .values({ iso3: 'AUT', kind: 'annual', year: 2024, submittedOn: '2024-04-02', source: 'test' });

const list = async (query = '', cookie?: string) => {
  const response = await send(app, { url: `/api/v1/reports${query}`, cookie });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: ReportSummary[]; total: number; page: number; pageSize: number };
};
const ids = (items: ReportSummary[]) => items.map((r) => r.id).sort();

describe('who sees which reports', () => {
  it('shows the public and coordinators the published reports only, as published', async () => {
    const { items, total } = await list();
    expect(ids(items)).toEqual([lao2025.id, deu2023.id, niuInitial.id].sort());
    expect(total).toBe(3);
    const corrected = items.find((r) => r.id === lao2025.id);
    expect(corrected).toMatchObject({
      status: 'published',
      latestVersion: 1,
      publishedVersion: 1,
      correctionInProgress: false,
      stateName: "Lao People's Democratic Republic",
      receivedOn: '2025-04-28',
      dueOn: '2025-04-30',
      onTime: true,
    });
    expect(items.find((r) => r.id === niuInitial.id)).toMatchObject({
      kind: 'initial',
      dueOn: '2021-07-31',
      onTime: true,
    });
    expect(ids((await list('', coordinator.cookie)).items)).toEqual(ids(items));
  });

  it("shows a focal point its own State's reports as they stand, and only published ones of others", async () => {
    const { items } = await list('', laoFocal.cookie);
    expect(ids(items)).toEqual([lao2025.id, lao2023.id, deu2023.id, niuInitial.id].sort());
    expect(items.find((r) => r.id === lao2025.id)).toMatchObject({ status: 'submitted', latestVersion: 2 });
    expect(items.find((r) => r.id === lao2023.id)).toMatchObject({ status: 'draft', latestVersion: null });
  });

  it('shows ISU staff everything and, for a year, the reports owed and not started', async () => {
    const all = await list('', staff.cookie);
    expect(ids(all.items)).toEqual([lao2025.id, lao2023.id, deu2024.id, deu2023.id, niuInitial.id].sort());
    expect(all.items.find((r) => r.id === deu2024.id)).toMatchObject({ onTime: false, dueOn: '2024-04-30' });

    // More States owe a 2024 report than a default page holds.
    const year = await list(`?year=2024&pageSize=${limits.maxPageSize}`, staff.cookie);
    const missing = year.items.filter((r) => r.status === 'not_started');
    const owing = new Set(missing.map((r) => r.iso3));
    expect(owing.has('AFG')).toBe(true);
    // Has a report, has a recorded submission, or is not bound: owes nothing more.
    for (const iso3 of ['DEU', 'AUT', 'USA', 'VUT']) expect(owing.has(iso3)).toBe(false);
    expect(missing.find((r) => r.iso3 === 'AFG')).toMatchObject({
      id: null,
      kind: 'annual',
      dueOn: '2024-04-30',
      onTime: false,
      channel: null,
    });
    expect(year.total).toBe(missing.length + 1);

    // Niue's and Saint Lucia's initial reports fell due in 2021; Niue's is there, Saint Lucia's missing.
    const initial = await list('?year=2021&kind=initial&sort=state&order=asc', staff.cookie);
    expect(initial.items.map((r) => [r.iso3, r.status])).toEqual([
      ['NIU', 'published'],
      ['LCA', 'not_started'],
    ]);
    // Nobody started anything for 2026: every State bound then owes the annual report.
    const later = await list('?year=2026&status=not_started&state=LAO', staff.cookie);
    expect(later.items).toMatchObject([{ iso3: 'LAO', dueOn: '2026-04-30', status: 'not_started' }]);
  });

  it('keeps the not-started rows to ISU staff', async () => {
    expect((await list('?year=2024', laoFocal.cookie)).items.map((r) => r.status)).not.toContain(
      'not_started',
    );
    expect((await list('?year=2024')).items).toEqual([]);
  });
});

describe('filters and sorting', () => {
  it('filters by State, year, kind, status and name in any language', async () => {
    expect(ids((await list('?state=DEU', staff.cookie)).items)).toEqual([deu2024.id, deu2023.id].sort());
    expect(ids((await list('?kind=initial')).items)).toEqual([niuInitial.id]);
    expect(ids((await list('?status=draft', staff.cookie)).items)).toEqual([lao2023.id]);
    expect(ids((await list('?q=allemagne', staff.cookie)).items)).toEqual([deu2024.id, deu2023.id].sort());
    expect(ids((await list('?q=lao&year=2025')).items)).toEqual([lao2025.id]);
  });

  it('sorts by State, year, status and date received, either way', async () => {
    const byState = (await list('?sort=state&order=asc', staff.cookie)).items.map((r) => r.iso3);
    expect(byState).toEqual(['DEU', 'DEU', 'LAO', 'LAO', 'NIU']);
    const byYear = (await list('?sort=year&order=asc', staff.cookie)).items.map((r) => r.year);
    expect(byYear).toEqual([2021, 2023, 2023, 2024, 2025]);
    const byYearDesc = (await list('', staff.cookie)).items.map((r) => r.year);
    expect(byYearDesc).toEqual([2025, 2024, 2023, 2023, 2021]);
    const byStatus = (await list('?sort=status&order=asc', staff.cookie)).items.map((r) => r.status);
    expect(byStatus).toEqual(['draft', 'submitted', 'submitted', 'published', 'published']);
    const received = (await list('?sort=receivedOn&order=asc', staff.cookie)).items.map((r) => r.receivedOn);
    expect(received.at(-1)).toBeNull();
    expect(received.slice(0, 4)).toEqual([...received.slice(0, 4)].sort());
  });

  it('refuses an unknown filter value, naming it', async () => {
    const response = await app.inject({ url: '/api/v1/reports?status=lost' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues[0].path).toBe('querystring.status');
  });
});

describe('paging', () => {
  const keys = (items: ReportSummary[]) => items.map((r) => `${r.iso3}:${r.kind}:${r.year}`);

  it('gives the first page by default, with the total and the page it gave', async () => {
    const first = await list('', staff.cookie);
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: limits.defaultPageSize });
    expect(first.items).toHaveLength(5);
  });

  it('sorts and filters before cutting the pages', async () => {
    const page1 = await list('?sort=year&order=asc&pageSize=2', staff.cookie);
    const page2 = await list('?sort=year&order=asc&pageSize=2&page=2', staff.cookie);
    const page3 = await list('?sort=year&order=asc&pageSize=2&page=3', staff.cookie);
    expect(page1.items.map((r) => r.year)).toEqual([2021, 2023]);
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.items.map((r) => r.year)).toEqual([2023, 2024]);
    expect(page3.items.map((r) => r.id)).toEqual([lao2025.id]);
    expect(ids([...page1.items, ...page2.items, ...page3.items])).toEqual(
      ids((await list('', staff.cookie)).items),
    );

    const filtered = await list('?state=DEU&pageSize=1&page=2', staff.cookie);
    expect(filtered.total).toBe(2);
    expect(filtered.items.map((r) => r.id)).toEqual([deu2023.id]);
  });

  it('pages the not-started rows together with the others, in the same order', async () => {
    const query = '?year=2024&sort=state&order=asc';
    const whole = await list(`${query}&pageSize=${limits.maxPageSize}`, staff.cookie);
    expect(whole.total).toBeGreaterThan(20);
    expect(whole.total).toBeLessThanOrEqual(limits.maxPageSize);
    const pages: ReportSummary[] = [];
    for (let page = 1; (page - 1) * 10 < whole.total; page++) {
      const next = await list(`${query}&pageSize=10&page=${page}`, staff.cookie);
      expect(next.total).toBe(whole.total);
      pages.push(...next.items);
    }
    expect(keys(pages)).toEqual(keys(whole.items));
    // DEU's own submitted report sits among the not-started rows, by name.
    const deu = pages.findIndex((r) => r.iso3 === 'DEU');
    expect(pages[deu]?.status).toBe('submitted');
    expect(pages.slice(0, deu).some((r) => r.status === 'not_started')).toBe(true);
    expect(pages.slice(deu + 1).some((r) => r.status === 'not_started')).toBe(true);
  });

  it('answers a page past the end with no items and the total', async () => {
    const past = await list('?page=9&pageSize=2', staff.cookie);
    expect(past).toEqual({ items: [], total: 5, page: 9, pageSize: 2 });
  });

  it('refuses a page size above the limit, or a page below 1, naming it', async () => {
    const tooBig = await app.inject({ url: `/api/v1/reports?pageSize=${limits.maxPageSize + 1}` });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.details.issues[0].path).toBe('querystring.pageSize');
    const zero = await app.inject({ url: '/api/v1/reports?page=0' });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.details.issues[0].path).toBe('querystring.page');
  });

  it('keeps one read model per page of the public list', async () => {
    const page1 = await list('?sort=year&order=asc&pageSize=1');
    const page2 = await list('?sort=year&order=asc&pageSize=1&page=2');
    expect(page1.items.map((r) => r.id)).toEqual([niuInitial.id]);
    expect(page2.items.map((r) => r.id)).toEqual([deu2023.id]);
    const key = (query: Record<string, string>) => listCacheKey('reports:', reportListQuery.parse(query));
    expect(key({})).toBe(key({ page: '1', pageSize: String(limits.defaultPageSize) }));
    expect(key({ page: '2' })).not.toBe(key({}));
    expect(key({ pageSize: '10' })).not.toBe(key({}));
  });
});

describe('the public list as a read model', () => {
  it('answers a repeat visit with 304 and shows a publication at once', async () => {
    const first = await app.inject({ url: '/api/v1/reports?year=2024' });
    const etag = first.headers.etag as string;
    expect(first.json().items).toEqual([]);
    const again = await app.inject({ url: '/api/v1/reports?year=2024', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);

    const published = await send(app, {
      method: 'POST',
      url: `/api/v1/reports/${deu2024.id}/publish`,
      cookie: staff.cookie,
      payload: { version: 1 },
    });
    expect(published.statusCode).toBe(204);
    const after = await app.inject({ url: '/api/v1/reports?year=2024', headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(ids(after.json().items)).toEqual([deu2024.id]);
  });
});

describe('exports', () => {
  it('exports the list as CSV with the same filters and read rules', async () => {
    const csv = await app.inject({ url: '/api/v1/reports/export.csv?state=LAO' });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'iso3,state,kind,year,status,channel,format,latest_version,published_version,due_on,received_on,on_time,correction_in_progress',
    );
    expect(lines.slice(1)).toEqual([
      "LAO,Lao People's Democratic Republic,annual,2025,published,platform,1MSP,1,1,2025-04-30,2025-04-28,true,false",
    ]);
    // Every matching row, whatever page the list shows.
    const own = await send(app, {
      url: '/api/v1/reports/export.csv?state=LAO&page=2&pageSize=1',
      cookie: laoFocal.cookie,
    });
    expect(own.body.trim().split('\n')).toHaveLength(3);
  });

  it('exports the ISU working list of a year as XLSX, not-started reports included', async () => {
    const xlsx = await send(app, {
      url: '/api/v1/reports/export.xlsx?year=2024&sort=state&order=asc',
      cookie: staff.cookie,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Article 7 reports');
    expect(sheet?.getRow(1).getCell(1).value).toBe('iso3');
    const expected = (await list('?year=2024&pageSize=1', staff.cookie)).total;
    expect(expected).toBeGreaterThan(limits.defaultPageSize);
    expect((sheet?.rowCount ?? 0) - 1).toBe(expected);
    expect(sheet?.getRow(2).getCell(1).value).toBe('AFG');
    expect(sheet?.getRow(2).getCell(5).value).toBe('not_started');
  });
});
