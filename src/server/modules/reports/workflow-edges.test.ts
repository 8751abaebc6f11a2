import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { send, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { reportVersions } from './tables.js';
import { validAnnualReport } from './workflow-fixtures.js';

const { app, db } = await createTestApp();
const fp = await signedInAs(db, 'state_focal_point', 'LAO');

type Json = Record<string, unknown>;
const call = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: Json) =>
  send(app, { method, url, cookie: fp.cookie, ...(payload ? { payload } : {}) });
const start = async (year: number) =>
  (await call('POST', '/api/v1/reports', { iso3: 'LAO', kind: 'annual', year })).json().id as string;

describe('what a save takes', () => {
  it('refuses data nested deeper than any report, naming where, instead of failing', async () => {
    const id = await start(2020);
    const data = validAnnualReport('LAO', 2020);
    // Sent as text: 5000 levels is more than JSON.stringify of a nested object would be happy with.
    const body = (depth: number) =>
      `{"revision":1,"data":${JSON.stringify(data).slice(0, -1)},"G":{"measures":${'['.repeat(depth)}${']'.repeat(depth)}}}}`;
    for (const depth of [20, 5000]) {
      const response = await send(app, {
        method: 'PUT',
        url: `/api/v1/reports/${id}/draft`,
        cookie: fp.cookie,
        headers: { 'content-type': 'application/json' },
        payload: body(depth),
      });
      expect(response.statusCode).toBe(400);
      const [issue] = response.json().error.details.issues;
      expect(issue.path).toMatch(/^body\.data\.G\.measures\.0\.0\./);
      expect(issue.message).toContain('nested more than 12 levels');
    }
    // A report's own depth is far from the limit.
    expect((await call('PUT', `/api/v1/reports/${id}/draft`, { revision: 1, data })).statusCode).toBe(200);
  });
});

describe('a submission sent again', () => {
  it('is not taken for a retry once a correction was started and discarded since', async () => {
    const id = await start(2021);
    const saved = await call('PUT', `/api/v1/reports/${id}/draft`, {
      revision: 1,
      data: validAnnualReport('LAO', 2021),
    });
    expect((await call('POST', `/api/v1/reports/${id}/submit`, { revision: 2 })).statusCode).toBe(200);
    expect(saved.json().revision).toBe(2);
    // Another tab starts a correction (revision 4) and discards it (revision 5); this page still
    // shows the correction at revision 4 and submits it.
    expect((await call('POST', `/api/v1/reports/${id}/amend`)).statusCode).toBe(200);
    expect((await call('DELETE', `/api/v1/reports/${id}/draft?revision=4`)).statusCode).toBe(204);
    const stale = await call('POST', `/api/v1/reports/${id}/submit`, { revision: 4 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('invalid_state');
    const [versions] = await db
      .select({ n: count() })
      .from(reportVersions)
      .where(eq(reportVersions.reportId, id));
    expect(versions?.n).toBe(1);
  });
});
