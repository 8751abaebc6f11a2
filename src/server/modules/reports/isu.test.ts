import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outbox } from '../../mail/tables.js';
import { expectAudited } from '../../test/auth-helpers.js';
import { createUser, send, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { reportSubmissions } from '../obligations/tables.js';
import { reportFiles, reports, reportVersions } from './tables.js';
import { insertReport, multipart, pdfFile } from './test-data.js';

const { app, db } = await createTestApp();
const staff = await signedInAs(db, 'isu_staff');
const coordinator = await signedInAs(db, 'coordinator');
const niuFocal = await signedInAs(db, 'state_focal_point', 'NIU');

const receive = (
  fields: unknown,
  file: ReturnType<typeof pdfFile> | null = pdfFile(),
  cookie = staff.cookie,
) =>
  send(app, {
    method: 'POST',
    url: '/api/v1/reports/received',
    cookie,
    ...multipart(
      fields === undefined ? {} : { fields: typeof fields === 'string' ? fields : JSON.stringify(fields) },
      file ?? undefined,
    ),
  });

const obligation = async (iso3: string, article: string) => {
  const response = await app.inject({ url: `/api/v1/states/${iso3}/obligations` });
  return response.json().items.find((o: { article: string }) => o.article === article);
};

const tableCounts = async () => ({
  reports: (await db.select({ n: count() }).from(reports))[0]?.n,
  files: (await db.select({ n: count() }).from(reportFiles))[0]?.n,
  submissions: (await db.select({ n: count() }).from(reportSubmissions))[0]?.n,
});

describe('a report received outside the platform', () => {
  it('records the report, its key figures, the original and the submission compliance counts', async () => {
    // Niue's first annual report fell due on 30 April 2022.
    expect((await obligation('NIU', '7-annual')).currentDeadline).toBe('2022-04-30');
    const document = pdfFile('Niue annual report 2022, scanned');
    const response = await receive(
      {
        iso3: 'NIU',
        kind: 'annual',
        year: 2022,
        receivedOn: '2022-05-03',
        keyFigures: { contaminatedArea: 12_000, clearedArea: 2_500 },
      },
      document,
    );
    expect(response.statusCode).toBe(201);
    const { id } = response.json();
    await expectAudited(db, 'report.received', id);

    const [report] = await db.select().from(reports).where(eq(reports.id, id));
    expect(report).toMatchObject({ status: 'submitted', channel: 'received', latestVersion: 1, draft: null });
    const [version] = await db.select().from(reportVersions).where(eq(reportVersions.reportId, id));
    expect(version).toMatchObject({ number: 1, receivedOn: '2022-05-03', channel: 'received' });
    expect(version?.data.header).toMatchObject({
      state: 'NIU',
      submissionDate: '2022-05-03',
      periodFrom: '2021-01-01',
      periodTo: '2021-12-31',
    });
    expect(version?.data.F).toMatchObject({
      contaminatedAreas: [expect.objectContaining({ areaSqm: 12_000 })],
      clearedAreas: [expect.objectContaining({ areaSqm: 2_500 })],
    });
    expect(version?.data.cover.B).toEqual({ choice: 'not_applicable' });

    // The State's Art. 7 obligation counts it at once: the next report due is 2023's.
    expect((await obligation('NIU', '7-annual')).currentDeadline).toBe('2023-04-30');

    const [file] = await db.select().from(reportFiles).where(eq(reportFiles.reportId, id));
    expect(file).toMatchObject({
      purpose: 'original',
      filename: 'Rapport article 7.pdf',
      size: document.content.length,
    });
    const download = await send(app, {
      url: `/api/v1/reports/${id}/files/${file?.id}`,
      cookie: staff.cookie,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(document.content)).toBe(true);
    // Not published yet: the public does not get it.
    expect((await app.inject({ url: `/api/v1/reports/${id}/files/${file?.id}` })).statusCode).toBe(404);

    const listed = await send(app, { url: '/api/v1/reports?state=NIU&year=2022', cookie: staff.cookie });
    expect(listed.json().items).toMatchObject([
      { id, status: 'submitted', channel: 'received', receivedOn: '2022-05-03', onTime: false },
    ]);
  });

  it('counts a received initial report for the initial obligation', async () => {
    const response = await receive({ iso3: 'LCA', kind: 'initial', year: 2021, receivedOn: '2021-06-30' });
    expect(response.statusCode).toBe(201);
    expect(await obligation('LCA', '7-initial')).toMatchObject({
      status: 'completed_on_time',
      completedOn: '2021-06-30',
    });
  });

  it('refuses a second copy of a report the State already has (409)', async () => {
    const before = await tableCounts();
    const again = await receive({ iso3: 'NIU', kind: 'annual', year: 2022, receivedOn: '2022-05-04' });
    expect(again.statusCode).toBe(409);
    expect(await tableCounts()).toEqual(before);
  });

  it('names the field of bad input and writes nothing', async () => {
    const before = await tableCounts();
    const good = { iso3: 'NIU', kind: 'annual', year: 2023, receivedOn: '2023-04-20' };
    const cases: [unknown, ReturnType<typeof pdfFile> | null, string][] = [
      [good, null, 'body.file'],
      [undefined, pdfFile(), 'body.fields'],
      ['{"iso3": "NIU",', pdfFile(), 'body.fields'],
      [{ ...good, kind: 'yearly' }, pdfFile(), 'body.fields.kind'],
      [{ ...good, receivedOn: '2999-01-01' }, pdfFile(), 'body.fields.receivedOn'],
      [{ ...good, year: 2019 }, pdfFile(), 'body.fields.year'],
      [{ ...good, iso3: 'USA' }, pdfFile(), 'body.fields.iso3'],
      [
        { ...good, keyFigures: { stockpileMunitions: 10 } },
        pdfFile(),
        'body.fields.keyFigures.stockpileSubmunitions',
      ],
      [
        { ...good, keyFigures: { contaminatedArea: 10, clearedArea: 50 } },
        pdfFile(),
        'body.fields.keyFigures.clearedArea',
      ],
      [
        good,
        { name: 'virus.exe', type: 'application/octet-stream', content: Buffer.from('MZ') },
        'body.file',
      ],
    ];
    for (const [fields, file, path] of cases) {
      const response = await receive(fields, file);
      expect(response.statusCode, path).toBe(400);
      expect(
        response.json().error.details.issues.map((i: { path: string }) => i.path),
        path,
      ).toContain(path);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it('is for ISU staff only', async () => {
    const fields = { iso3: 'NIU', kind: 'annual', year: 2024, receivedOn: '2024-04-20' };
    expect((await receive(fields, pdfFile(), niuFocal.cookie)).statusCode).toBe(403);
    expect((await receive(fields, pdfFile(), coordinator.cookie)).statusCode).toBe(403);
  });
});

describe('queries about a report', () => {
  it('lets the ISU ask and the focal point reply, e-mailing the other side in its language', async () => {
    const report = await insertReport(db, { iso3: 'NIU', year: 2025 });
    const frenchFocal = await createUser(db, { role: 'state_focal_point', stateIso3: 'NIU', language: 'fr' });
    const url = `/api/v1/reports/${report.id}/messages`;

    const query = await send(app, {
      method: 'POST',
      url,
      cookie: staff.cookie,
      payload: { body: 'Form B: the stockpile at the start does not match last year.' },
    });
    expect(query.statusCode).toBe(201);
    expect(query.json()).toMatchObject({ kind: 'query', author: expect.stringContaining('isu_staff') });
    await expectAudited(db, 'report.query_sent', report.id);
    const [mail] = await db.select().from(outbox).where(eq(outbox.recipient, frenchFocal.email));
    expect(mail?.subject).toContain("Question de l'ISU");
    expect(mail?.body).toContain('Form B: the stockpile at the start does not match last year.');
    expect(mail?.body).toContain(`/reports/${report.id}`);

    const reply = await send(app, {
      method: 'POST',
      url,
      cookie: niuFocal.cookie,
      payload: { body: 'Corrected: 40 rockets were transferred in January.' },
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().kind).toBe('reply');
    await expectAudited(db, 'report.reply_sent', report.id);
    const toStaff = await db.select().from(outbox).where(eq(outbox.recipient, staff.user.email));
    expect(toStaff.map((m) => m.subject)).toContain(
      'Reply from the State: Niue, annual transparency report 2025',
    );

    const thread = await send(app, { url, cookie: niuFocal.cookie });
    expect(thread.json().items.map((m: { kind: string }) => m.kind)).toEqual(['query', 'reply']);
    expect((await send(app, { url, cookie: staff.cookie })).json().items).toHaveLength(2);
  });

  it('keeps the thread from coordinators, other States and the public', async () => {
    const report = await insertReport(db, { iso3: 'NIU', year: 2026, status: 'published' });
    const otherFocal = await signedInAs(db, 'state_focal_point', 'LAO');
    const url = `/api/v1/reports/${report.id}/messages`;
    expect((await send(app, { url, cookie: coordinator.cookie })).statusCode).toBe(403);
    expect((await app.inject({ url })).statusCode).toBe(401);
    // A published report: another State may read it but not the thread.
    expect((await send(app, { url, cookie: otherFocal.cookie })).statusCode).toBe(403);
    const post = await send(app, {
      method: 'POST',
      url,
      cookie: otherFocal.cookie,
      payload: { body: 'Hello' },
    });
    expect(post.statusCode).toBe(403);
    // An unpublished one does not exist for it.
    const draft = await insertReport(db, { iso3: 'NIU', year: 2027, status: 'draft' });
    expect(
      (await send(app, { url: `/api/v1/reports/${draft.id}/messages`, cookie: otherFocal.cookie }))
        .statusCode,
    ).toBe(404);
  });

  it('waits for submission before the ISU asks about a draft', async () => {
    const draft = await insertReport(db, { iso3: 'NIU', year: 2028, status: 'draft' });
    const response = await send(app, {
      method: 'POST',
      url: `/api/v1/reports/${draft.id}/messages`,
      cookie: staff.cookie,
      payload: { body: 'Any news?' },
    });
    expect(response.statusCode).toBe(409);
  });
});

describe('publishing', () => {
  it('publishes the latest version only, then the public reads it', async () => {
    const report = await insertReport(db, { iso3: 'NIU', year: 2024, versions: 2 });
    const url = `/api/v1/reports/${report.id}/publish`;
    const publicList = async () =>
      (await app.inject({ url: '/api/v1/reports?state=NIU&year=2024' })).json().items as { id: string }[];
    expect(await publicList()).toEqual([]);

    const stale = await send(app, { method: 'POST', url, cookie: staff.cookie, payload: { version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    expect(
      (await send(app, { method: 'POST', url, cookie: niuFocal.cookie, payload: { version: 2 } })).statusCode,
    ).toBe(403);

    const published = await send(app, { method: 'POST', url, cookie: staff.cookie, payload: { version: 2 } });
    expect(published.statusCode).toBe(204);
    await expectAudited(db, 'report.published', report.id);
    const [row] = await db.select().from(reports).where(eq(reports.id, report.id));
    expect(row).toMatchObject({ status: 'published', publishedVersion: 2, publishedBy: staff.user.id });
    expect(row?.publishedAt).toBeInstanceOf(Date);
    expect(await publicList()).toMatchObject([{ id: report.id, publishedVersion: 2 }]);

    const twice = await send(app, { method: 'POST', url, cookie: staff.cookie, payload: { version: 2 } });
    expect(twice.statusCode).toBe(409);
    const draft = await insertReport(db, { iso3: 'NIU', year: 2029, status: 'draft' });
    const early = await send(app, {
      method: 'POST',
      url: `/api/v1/reports/${draft.id}/publish`,
      cookie: staff.cookie,
      payload: { version: 1 },
    });
    expect(early.statusCode).toBe(409);
  });
});

describe('attachments', () => {
  it('takes documents from the State on a draft and from the ISU, shown to the public once published', async () => {
    const draft = await insertReport(db, { iso3: 'NIU', year: 2030, status: 'draft' });
    const attach = (id: string, cookie: string, text: string) =>
      send(app, {
        method: 'POST',
        url: `/api/v1/reports/${id}/files`,
        cookie,
        ...multipart({}, pdfFile(text)),
      });

    const own = await attach(draft.id, niuFocal.cookie, 'survey map');
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ purpose: 'attachment', contentType: 'application/pdf' });
    await expectAudited(db, 'report.file_added', draft.id);
    const otherFocal = await signedInAs(db, 'state_focal_point', 'LAO');
    expect((await attach(draft.id, otherFocal.cookie, 'x')).statusCode).toBe(404);

    const submitted = await insertReport(db, { iso3: 'NIU', year: 2031 });
    expect((await attach(submitted.id, niuFocal.cookie, 'late')).statusCode).toBe(403);
    const byStaff = await attach(submitted.id, staff.cookie, 'note for the file');
    expect(byStaff.statusCode).toBe(201);
    const fileUrl = `/api/v1/reports/${submitted.id}/files/${byStaff.json().id}`;
    expect((await app.inject({ url: fileUrl })).statusCode).toBe(404);

    await send(app, {
      method: 'POST',
      url: `/api/v1/reports/${submitted.id}/publish`,
      cookie: staff.cookie,
      payload: { version: 1 },
    });
    const publicRead = await app.inject({ url: fileUrl });
    expect(publicRead.statusCode).toBe(200);
    expect(publicRead.body).toContain('note for the file');
    // Added after publication: the State's and the ISU's until published again.
    const later = await attach(submitted.id, staff.cookie, 'after publication');
    expect(
      (await app.inject({ url: `/api/v1/reports/${submitted.id}/files/${later.json().id}` })).statusCode,
    ).toBe(404);
    expect(
      (
        await send(app, {
          url: `/api/v1/reports/${submitted.id}/files/${later.json().id}`,
          cookie: niuFocal.cookie,
        })
      ).statusCode,
    ).toBe(200);
  });
});
