import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectAudited } from '../../test/auth-helpers.js';
import { send, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';

const { app, db } = await createTestApp();
const staff = await signedInAs(db, 'isu_staff');
const get = (url: string) => app.inject({ url });

describe('States list', () => {
  it('serves the 197 States with the Depositary counts of 3 February 2026', async () => {
    const response = await get('/api/v1/states?asOf=2026-02-03');
    expect(response.statusCode).toBe(200);
    const { items, total } = response.json();
    expect(total).toBe(197);
    const count = (status: string) => items.filter((s: { status: string }) => s.status === status).length;
    expect(count('state_party') + count('party_not_in_force')).toBe(112);
    expect(count('party_not_in_force')).toBe(1);
    expect(count('signatory')).toBe(12);
    expect(count('withdrawn')).toBe(1);
    expect(items.find((s: { iso3: string }) => s.iso3 === 'LAO')).toMatchObject({
      status: 'state_party',
      signatureDate: '2008-12-03',
      depositDate: '2009-03-18',
      depositType: 'ratification',
      entryIntoForce: '2010-08-01',
      ccmRegion: 'asia_pacific',
      names: { fr: 'République démocratique populaire lao' },
    });
  });

  it('filters by status, region and CCM region, and finds names in any language without accents', async () => {
    const signatories = (await get('/api/v1/states?status=signatory')).json();
    expect(signatories.total).toBe(12);
    const europe = (await get('/api/v1/states?ccmRegion=europe')).json();
    expect(europe.items.some((s: { iso3: string }) => s.iso3 === 'CYP')).toBe(true);
    expect(
      (await get('/api/v1/states?region=Oceania&status=state_party'))
        .json()
        .items.map((s: { iso3: string }) => s.iso3),
    ).toContain('NIU');
    expect((await get('/api/v1/states?q=perou')).json().items.map((s: { iso3: string }) => s.iso3)).toEqual([
      'PER',
    ]);
    expect(
      (await get('/api/v1/states?q=cote%20d')).json().items.map((s: { iso3: string }) => s.iso3),
    ).toEqual(['CIV']);
    const lao = (await get('/api/v1/states?q=lao&lang=es'))
      .json()
      .items.find((s: { iso3: string }) => s.iso3 === 'LAO');
    expect(lao.name).toBe('República Democrática Popular Lao');
  });

  it('gives the status on a past date', async () => {
    const items = (await get('/api/v1/states?asOf=2010-01-01')).json().items;
    expect(items.find((s: { iso3: string }) => s.iso3 === 'LTU').status).toBe('signatory');
    expect(items.find((s: { iso3: string }) => s.iso3 === 'NOR').status).toBe('party_not_in_force');
  });

  it('refuses a malformed filter with the field named', async () => {
    const response = await get('/api/v1/states?asOf=2026-02-30');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues[0].path).toBe('querystring.asOf');
    expect((await get('/api/v1/states?status=friendly')).statusCode).toBe(400);
  });

  it('answers a repeat visit with 304 and sends brotli when accepted', async () => {
    const first = await app.inject({ url: '/api/v1/states', headers: { 'accept-encoding': 'br' } });
    expect(first.headers['content-encoding']).toBe('br');
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await app.inject({ url: '/api/v1/states', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
  });
});

describe('one State', () => {
  it('shows its events and dates', async () => {
    const ltu = (await get('/api/v1/states/LTU')).json();
    expect(ltu).toMatchObject({
      status: 'withdrawn',
      withdrawalEffective: '2025-03-06',
      entryIntoForce: '2011-09-01',
    });
    const withdrawal = ltu.events.find((e: { type: string }) => e.type === 'withdrawal');
    expect(withdrawal).toMatchObject({ date: '2024-09-06', notification: 'C.N.347.2024.TREATIES-XXVI-6' });
    expect(ltu.dates).toEqual({
      entryIntoForce: '2011-09-01',
      initialReportDue: '2012-02-28',
      article3Deadline: '2019-09-01',
      article4Deadline: '2021-09-01',
    });
  });

  it('gives the 404 body for an unknown code', async () => {
    const response = await get('/api/v1/states/XYZ');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});

describe('treaty dates for a deposit', () => {
  it('computes them and refuses a malformed date', async () => {
    expect((await get('/api/v1/treaty/dates?deposit=2025-09-05')).json()).toEqual({
      entryIntoForce: '2026-03-01',
      initialReportDue: '2026-08-28',
      article3Deadline: '2034-03-01',
      article4Deadline: '2036-03-01',
    });
    expect((await get('/api/v1/treaty/dates?deposit=5/9/2025')).statusCode).toBe(400);
  });
});

describe('universalization', () => {
  it('counts by status and region and by year since 2008', async () => {
    const body = (await get('/api/v1/universalization?asOf=2026-02-03')).json();
    expect(body.parties).toBe(112);
    expect(body.inForce).toBe(111);
    expect(body.byCcmRegion.map((r: { region: string }) => r.region)).toEqual([
      'africa',
      'americas',
      'asia_pacific',
      'europe',
    ]);
    const sum = body.byRegion.reduce(
      (n: number, r: { byStatus: Record<string, number> }) =>
        n + Object.values(r.byStatus).reduce((a, b) => a + b, 0),
      0,
    );
    expect(sum).toBe(197);
    expect(body.partiesByYear[0]).toEqual({ year: 2008, parties: 4, inForce: 0 });
    expect(body.partiesByYear.find((y: { year: number }) => y.year === 2010).inForce).toBeGreaterThanOrEqual(
      30,
    );
    expect(body.targets[0]).toMatchObject({ parties: 130 });
  });
});

describe('exports', () => {
  it('exports the filtered list as CSV and XLSX', async () => {
    const csv = await get('/api/v1/states/export.csv?status=signatory');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'iso3,name,status,region,ccm_region,signature_date,deposit_date,deposit_type,entry_into_force',
    );
    expect(lines).toHaveLength(13);
    const xlsx = await get('/api/v1/states/export.xlsx?ccmRegion=americas');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('States');
    expect(sheet?.getRow(1).getCell(1).value).toBe('iso3');
    expect((sheet?.rowCount ?? 0) - 1).toBe(35);
  });
});

describe('recording treaty events', () => {
  it('records an accession: status, entry into force and counts change at once', async () => {
    const before = (await get('/api/v1/universalization')).json().parties;
    await get('/api/v1/states?status=party_not_in_force');
    const today = new Date().toISOString().slice(0, 10);
    const response = await send(app, {
      method: 'POST',
      url: '/api/v1/states/TON/events',
      cookie: staff.cookie,
      payload: { type: 'accession', date: today, notification: 'C.N.512.2026.TREATIES-XXVI-6' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      iso3: 'TON',
      status: 'party_not_in_force',
      depositType: 'accession',
    });
    expect((await get('/api/v1/universalization')).json().parties).toBe(before + 1);
    const pending = (await get('/api/v1/states?status=party_not_in_force'))
      .json()
      .items.map((s: { iso3: string }) => s.iso3);
    expect(pending).toContain('TON');
    await expectAudited(db, 'state.accession_recorded', 'TON');
  });

  it('refuses invalid sequences with the field and the reason', async () => {
    const attempt = (iso3: string, payload: object) =>
      send(app, { method: 'POST', url: `/api/v1/states/${iso3}/events`, cookie: staff.cookie, payload });
    const bySignatory = await attempt('KEN', { type: 'accession', date: '2026-01-10' });
    expect(bySignatory.statusCode).toBe(400);
    expect(bySignatory.json().error.details.issues[0]).toMatchObject({
      path: 'body.type',
      message: expect.stringMatching(/signatory/),
    });
    const second = await attempt('FRA', { type: 'accession', date: '2026-01-10' });
    expect(second.json().error.details.issues[0].message).toMatch(/already a Party/);
    const future = await attempt('IND', { type: 'accession', date: '2099-01-01' });
    expect(future.json().error.details.issues[0]).toEqual({
      path: 'body.date',
      message: 'must not be in the future',
    });
    const badSymbol = await attempt('IND', { type: 'accession', date: '2026-01-10', notification: 'CN 12' });
    expect(badSymbol.json().error.details.issues[0].path).toBe('body.notification');
    expect((await attempt('XXX', { type: 'accession', date: '2026-01-10' })).statusCode).toBe(404);
  });

  it('lets staff edit a target, with optimistic locking', async () => {
    const target = (await get('/api/v1/universalization')).json().targets[0];
    const edit = (version: number) =>
      send(app, {
        method: 'PUT',
        url: `/api/v1/universalization/targets/${target.id}`,
        cookie: staff.cookie,
        payload: {
          version,
          label: 'Lausanne Action Plan',
          parties: 130,
          byDate: '2026-12-31',
          source: 'LAP',
        },
      });
    expect((await edit(target.version)).statusCode).toBe(200);
    expect((await edit(target.version)).statusCode).toBe(409);
    expect((await get('/api/v1/universalization')).json().targets[0].label).toBe('Lausanne Action Plan');
  });
});
