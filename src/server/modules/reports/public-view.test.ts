import { describe, expect, it } from 'vitest';
import { createUser, send, sessionFor, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { insertReport } from './test-data.js';
import { validAnnualReport } from './workflow-fixtures.js';

const { app, db } = await createTestApp();
const khamla = await createUser(db, { role: 'state_focal_point', stateIso3: 'LAO', name: 'Khamla' });
const fp = await sessionFor(db, khamla.id);
const staff = await signedInAs(db, 'isu_staff');
const coordinator = await signedInAs(db, 'coordinator');
const norway = await signedInAs(db, 'state_focal_point', 'NOR');

type Json = Record<string, unknown>;
const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: Json) =>
  send(app, { method, url, ...(cookie ? { cookie } : {}), ...(payload ? { payload } : {}) });

/** LAO's 2021 report, submitted by Khamla and published by the ISU. */
async function publishedReport() {
  const id = (await call('POST', '/api/v1/reports', fp, { iso3: 'LAO', kind: 'annual', year: 2021 })).json()
    .id;
  const data = validAnnualReport('LAO', 2021);
  const { revision } = (await call('PUT', `/api/v1/reports/${id}/draft`, fp, { revision: 1, data })).json();
  expect((await call('POST', `/api/v1/reports/${id}/submit`, fp, { revision })).statusCode).toBe(200);
  const published = await call('POST', `/api/v1/reports/${id}/publish`, staff.cookie, { version: 1 });
  expect(published.statusCode).toBe(204);
  return id as string;
}

describe('a published report', () => {
  it('names who submitted it to the State and the ISU only, not to the public', async () => {
    const id = await publishedReport();
    const submitters = async (cookie?: string) => {
      const detail = (await call('GET', `/api/v1/reports/${id}`, cookie)).json();
      const list = (await call('GET', `/api/v1/reports/${id}/versions`, cookie)).json();
      const version = (await call('GET', `/api/v1/reports/${id}/versions/1`, cookie)).json();
      return [detail.versions[0].submittedBy, list.items[0].submittedBy, version.submittedBy];
    };
    expect(await submitters(fp)).toEqual(['Khamla', 'Khamla', 'Khamla']);
    expect(await submitters(staff.cookie)).toEqual(['Khamla', 'Khamla', 'Khamla']);
    for (const cookie of [undefined, coordinator.cookie, norway.cookie])
      expect(await submitters(cookie)).toEqual([null, null, null]);
    // The anonymous read model holds no name either, on a second (cached) read.
    expect((await call('GET', `/api/v1/reports/${id}`)).body).not.toContain('Khamla');
  });
});

describe('the public list and report as read models', () => {
  it('follow the registry: a treaty event recorded changes the due dates shown at once', async () => {
    // A report of Tonga, not (yet) a Party in the registry: no due date can be given.
    const report = await insertReport(db, { iso3: 'TON', year: 2022, status: 'published' });
    const seen = async () => [
      (await call('GET', '/api/v1/reports?state=TON')).json().items[0].dueOn,
      (await call('GET', `/api/v1/reports/${report.id}`)).json().dueOn,
    ];
    expect(await seen()).toEqual([null, null]);
    const accession = await call('POST', '/api/v1/states/TON/events', staff.cookie, {
      type: 'accession',
      date: '2020-01-15',
    });
    expect(accession.statusCode).toBe(201);
    expect(await seen()).toEqual(['2022-04-30', '2022-04-30']);
  });
});

describe('reporting rates and overdue reports on a date', () => {
  it('refuse a date far ahead, naming it, rather than counting thousands of years', async () => {
    for (const url of ['/api/v1/reports/rates', '/api/v1/reports/overdue', '/api/v1/reports/rates.csv']) {
      const response = await call('GET', `${url}?asOf=9999-12-31`);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual([
        'querystring.asOf',
      ]);
    }
    const nextYear = new Date().getUTCFullYear() + 1;
    expect((await call('GET', `/api/v1/reports/rates?asOf=${nextYear}-12-31`)).statusCode).toBe(200);
  });

  it('keep a read model for today only: another date is counted afresh, not kept in memory', async () => {
    const today = await call('GET', '/api/v1/reports/overdue');
    expect(today.headers.etag).toEqual(expect.any(String));
    for (const url of ['/api/v1/reports/rates', '/api/v1/reports/overdue']) {
      const past = await call('GET', `${url}?asOf=2014-06-01`);
      expect(past.statusCode).toBe(200);
      expect(past.json().asOf).toBe('2014-06-01');
      expect(past.headers.etag).toBeUndefined();
    }
  });
});
