import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectAudited } from '../../test/auth-helpers.js';
import { send, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { reportFiles, reports } from './tables.js';
import { multipart, pdfFile } from './test-data.js';
import { validAnnualReport } from './workflow-fixtures.js';

const { app, db } = await createTestApp();
const fp = await signedInAs(db, 'state_focal_point', 'LAO');
const staff = await signedInAs(db, 'isu_staff');

type Json = Record<string, unknown>;
const call = async (
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  cookie?: string,
  payload?: Json,
) => send(app, { method, url, ...(cookie ? { cookie } : {}), ...(payload ? { payload } : {}) });
const read = async (id: string, cookie?: string) =>
  (await call('GET', `/api/v1/reports/${id}`, cookie)).json();

/** LAO's annual report of a year, submitted as version 1 by its focal point. */
async function submitted(year: number) {
  const id = (await call('POST', '/api/v1/reports', fp.cookie, { iso3: 'LAO', kind: 'annual', year })).json()
    .id;
  const { revision } = (
    await call('PUT', `/api/v1/reports/${id}/draft`, fp.cookie, {
      revision: 1,
      data: validAnnualReport('LAO', year),
    })
  ).json();
  expect((await call('POST', `/api/v1/reports/${id}/submit`, fp.cookie, { revision })).statusCode).toBe(200);
  return id as string;
}
const amend = async (id: string) => {
  expect((await call('POST', `/api/v1/reports/${id}/amend`, fp.cookie)).statusCode).toBe(200);
  return (await read(id, fp.cookie)).draftRevision as number;
};
const submit = async (id: string, revision: number) =>
  expect((await call('POST', `/api/v1/reports/${id}/submit`, fp.cookie, { revision })).statusCode).toBe(200);
const publish = async (id: string, version: number) =>
  expect((await call('POST', `/api/v1/reports/${id}/publish`, staff.cookie, { version })).statusCode).toBe(
    204,
  );
const attach = async (id: string, text: string, cookie = fp.cookie) => {
  const response = await send(app, {
    method: 'POST',
    url: `/api/v1/reports/${id}/files`,
    cookie,
    ...multipart({}, { ...pdfFile(text), name: `${text}.pdf` }),
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
};
const publicFiles = async (id: string) =>
  ((await read(id)).files as { filename: string }[]).map((f) => f.filename);
const download = (id: string, fileId: string, cookie?: string) =>
  call('GET', `/api/v1/reports/${id}/files/${fileId}`, cookie);

describe('documents of a correction', () => {
  it('stay the State’s when the ISU publishes the version before them, until theirs is published', async () => {
    const id = await submitted(2021);
    const revision = await amend(id);
    const annex = await attach(id, 'revised annex');
    await publish(id, 1);
    expect(await publicFiles(id)).toEqual([]);
    expect((await download(id, annex)).statusCode).toBe(404);
    expect((await download(id, annex, fp.cookie)).statusCode).toBe(200);

    await submit(id, revision);
    expect(await publicFiles(id)).toEqual([]);
    await publish(id, 2);
    expect(await publicFiles(id)).toEqual(['revised annex.pdf']);
    expect((await download(id, annex)).statusCode).toBe(200);
  });

  it('go with a discarded correction, and never reach the public with a later one', async () => {
    const id = await submitted(2022);
    await publish(id, 1);
    const discarded = await amend(id);
    const annex = await attach(id, 'abandoned annex');
    const discard = await call('DELETE', `/api/v1/reports/${id}/draft?revision=${discarded}`, fp.cookie);
    expect(discard.statusCode).toBe(204);
    await expectAudited(db, 'report.correction_discarded', id);
    expect(await db.select().from(reportFiles).where(eq(reportFiles.id, annex))).toEqual([]);

    await submit(id, await amend(id));
    await publish(id, 2);
    expect(await publicFiles(id)).toEqual([]);
    expect((await download(id, annex)).statusCode).toBe(404);
  });
});

describe('a document attached while the report changes', () => {
  it('is judged on the report as it stands once the change is committed', async () => {
    const id = (
      await call('POST', '/api/v1/reports', fp.cookie, { iso3: 'LAO', kind: 'annual', year: 2024 })
    ).json().id;
    let attached: Promise<{ statusCode: number }> | undefined;
    // A submission holds the report while the State's upload arrives; it ends the working copy.
    await db.transaction(async (tx) => {
      await tx.select().from(reports).where(eq(reports.id, id)).for('update');
      attached = send(app, {
        method: 'POST',
        url: `/api/v1/reports/${id}/files`,
        cookie: fp.cookie,
        ...multipart({}, pdfFile('late annex')),
      });
      for (let waited = 0; waited < 100; waited++) {
        const { rows } = await db.execute<{ n: number }>(
          sql`select count(*)::int as n from pg_stat_activity
              where datname = current_database() and wait_event_type = 'Lock'`,
        );
        if ((rows[0]?.n ?? 0) > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await tx.update(reports).set({ draft: null, status: 'submitted' }).where(eq(reports.id, id));
    });
    expect((await attached)?.statusCode).toBe(403);
    expect(await db.select().from(reportFiles).where(eq(reportFiles.reportId, id))).toEqual([]);
  });
});

describe('an uploaded document', () => {
  it('keeps only its own name and is served with the type of its extension, privately', async () => {
    const id = (
      await call('POST', '/api/v1/reports', fp.cookie, { iso3: 'LAO', kind: 'annual', year: 2023 })
    ).json().id;
    // What a client may send: a Windows path, control characters (a NUL byte PostgreSQL refuses
    // in text) and quotes in the name, and a type that would have the document read as a web page.
    const name = encodeURIComponent('C:\\fakepath\\annex\u0000\u0007 "final".pdf');
    const boundary = '----ccmuploadtest';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${name}\r\nContent-Type: text/html\r\n\r\n`,
      ),
      Buffer.from('%PDF-1.4 <script>alert(1)</script>'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const uploaded = await send(app, {
      method: 'POST',
      url: `/api/v1/reports/${id}/files`,
      cookie: fp.cookie,
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({
      filename: 'annex "final".pdf',
      contentType: 'application/pdf',
    });
    const got = await download(id, uploaded.json().id, fp.cookie);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('annex "final".pdf')}`,
    );
    expect(got.headers['cache-control']).toBe('private, no-cache');
  });
});
