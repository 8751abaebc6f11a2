import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { todayUtc } from '../../../domain/calendar.js';
import type { ReportData } from '../../../domain/reports/index.js';
import { expectAudited } from '../../test/auth-helpers.js';
import { createUser, send, sessionFor, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { reportSubmissions } from '../obligations/tables.js';
import { reports, reportVersions } from './tables.js';
import { markPublished, publishedReportWithCorrection, validAnnualReport } from './workflow-fixtures.js';

const { app, db } = await createTestApp();
const khamla = await createUser(db, { role: 'state_focal_point', stateIso3: 'LAO', name: 'Khamla' });
const fp = await sessionFor(db, khamla.id);
const norway = await signedInAs(db, 'state_focal_point', 'NOR');
const staff = await signedInAs(db, 'isu_staff');
const coordinator = await signedInAs(db, 'coordinator');

const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie?: string, payload?: object) =>
  send(app, { method, url, ...(cookie ? { cookie } : {}), ...(payload ? { payload } : {}) });
const read = (id: string, cookie?: string) => call('GET', `/api/v1/reports/${id}`, cookie);

/** The fixture: LAO's 2025 report, version 1 received on 20 April 2025 and published, being corrected. */
const id = await publishedReportWithCorrection(db, 'LAO', 2025);
/** The stock audit found 50 more M26 rockets destroyed in 2024: the end figures follow. */
const corrected = (): ReportData => {
  const data = validAnnualReport('LAO', 2025);
  const row = (table: string) => (data.B?.[table] as Record<string, unknown>[] | undefined)?.[0] ?? {};
  Object.assign(row('stockpile'), { munitionsAtEnd: 750, submunitionsAtEnd: 483_000 });
  Object.assign(row('destroyed'), { munitions: 450, submunitions: 289_800 });
  return data;
};

describe('a correction', () => {
  it('stays the State’s until published: the public keeps reading version 1', async () => {
    const draft = await call('PUT', `/api/v1/reports/${id}/draft`, fp, { revision: 3, data: corrected() });
    expect(draft.statusCode).toBe(200);
    expect((await read(id, fp)).json()).toMatchObject({ shows: 'draft', correctionInProgress: true });
    for (const cookie of [undefined, norway.cookie, coordinator.cookie]) {
      const seen = (await read(id, cookie)).json();
      expect(seen).toMatchObject({
        shows: 1,
        status: 'published',
        latestVersion: 1,
        correctionInProgress: false,
        draftRevision: null,
      });
      expect(seen.data.B.stockpile[0].munitionsAtEnd).toBe(800);
    }
  });

  it('is submitted as version 2, keeping the date of receipt of version 1, with a diff against 1', async () => {
    const submitted = await call('POST', `/api/v1/reports/${id}/submit`, fp, {
      revision: 4,
      note: 'M26 count at the end of 2024 corrected after the stock audit',
    });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      latestVersion: 2,
      publishedVersion: 1,
      shows: 2,
    });
    const versions = await db.select().from(reportVersions).where(eq(reportVersions.reportId, id));
    const v2 = versions.find((v) => v.number === 2);
    expect(v2).toMatchObject({ receivedOn: '2025-04-20', note: expect.stringContaining('stock audit') });
    expect(v2?.submittedAt.toISOString().slice(0, 10)).toBe(todayUtc());
    // A correction is not a new report for compliance.
    expect(await db.select().from(reportSubmissions).where(eq(reportSubmissions.iso3, 'LAO'))).toEqual([]);

    const diff = await call('GET', `/api/v1/reports/${id}/versions/2/diff`, fp);
    expect(diff.json()).toMatchObject({ from: 1, to: 2 });
    const changes = diff.json().changes;
    expect(changes).toHaveLength(4);
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'B.stockpile[0].munitionsAtEnd',
          section: 'B',
          kind: 'changed',
          before: 800,
          after: 750,
          description: expect.stringContaining('800 → 750'),
        }),
        expect.objectContaining({ path: 'B.destroyed[0].submunitions', before: 257_600, after: 289_800 }),
      ]),
    );
    const french = await call('GET', `/api/v1/reports/${id}/versions/2/diff?against=1&lang=fr`, staff.cookie);
    expect(french.json().changes[0].description).toMatch(/^Formulaire B/);
  });

  it('shows every version to the State and the ISU, only the published one to others', async () => {
    const mine = (await call('GET', `/api/v1/reports/${id}/versions`, staff.cookie)).json();
    expect(mine.items.map((v: { number: number; published: boolean }) => [v.number, v.published])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(mine.items[1].submittedBy).toBe('Khamla');
    for (const cookie of [undefined, norway.cookie, coordinator.cookie]) {
      const theirs = (await call('GET', `/api/v1/reports/${id}/versions`, cookie)).json();
      expect(theirs.items.map((v: { number: number }) => v.number)).toEqual([1]);
      expect((await call('GET', `/api/v1/reports/${id}/versions/1`, cookie)).json().data.header.state).toBe(
        'LAO',
      );
      expect((await call('GET', `/api/v1/reports/${id}/versions/2`, cookie)).statusCode).toBe(404);
      expect((await call('GET', `/api/v1/reports/${id}/versions/2/diff`, cookie)).statusCode).toBe(404);
    }
    const v2 = await call('GET', `/api/v1/reports/${id}/versions/2`, fp);
    expect(v2.json()).toMatchObject({ number: 2, receivedOn: '2025-04-20', data: { version: '1MSP' } });
    expect((await call('GET', `/api/v1/reports/${id}/versions/1/diff`, fp)).statusCode).toBe(400);
    await markPublished(db, id, 2);
    expect((await read(id)).json()).toMatchObject({ shows: 2, latestVersion: 2 });
  });

  it('cannot be changed at the database: versions are immutable', async () => {
    const refusal = (query: Promise<unknown>) =>
      query.then(
        () => 'accepted',
        (e) => String(e.cause ?? e),
      );
    expect(
      await refusal(db.execute(sql`update report_versions set note = 'edited' where report_id = ${id}`)),
    ).toMatch(/report_versions are immutable \(UPDATE refused\)/);
    expect(await refusal(db.execute(sql`delete from report_versions where report_id = ${id}`))).toMatch(
      /immutable \(DELETE refused\)/,
    );
  });
});

describe('starting, discarding and deleting working copies', () => {
  it('starts a correction from the latest version, for the State only, once at a time', async () => {
    expect((await call('POST', `/api/v1/reports/${id}/amend`, staff.cookie)).statusCode).toBe(403);
    expect((await call('POST', `/api/v1/reports/${id}/amend`, norway.cookie)).statusCode).toBe(403);
    const amended = await call('POST', `/api/v1/reports/${id}/amend`, fp);
    expect(amended.statusCode).toBe(200);
    const [v2] = await db
      .select()
      .from(reportVersions)
      .where(and(eq(reportVersions.reportId, id), eq(reportVersions.number, 2)));
    expect(amended.json()).toMatchObject({ shows: 'draft', status: 'published', correctionInProgress: true });
    expect(amended.json().data).toEqual(v2?.data);
    await expectAudited(db, 'report.correction_started', id);
    const again = await call('POST', `/api/v1/reports/${id}/amend`, fp);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('invalid_state');
  });

  it('discards a correction naming the current revision; the report stays as submitted', async () => {
    const { draftRevision } = (await read(id, fp)).json();
    const stale = await call('DELETE', `/api/v1/reports/${id}/draft?revision=${draftRevision - 1}`, fp);
    expect(stale.statusCode).toBe(409);
    expect(
      (await call('DELETE', `/api/v1/reports/${id}/draft?revision=${draftRevision}`, norway.cookie))
        .statusCode,
    ).toBe(403);
    const discarded = await call('DELETE', `/api/v1/reports/${id}/draft?revision=${draftRevision}`, fp);
    expect(discarded.statusCode).toBe(204);
    expect((await read(id, fp)).json()).toMatchObject({
      shows: 2,
      status: 'published',
      correctionInProgress: false,
    });
    const audit = await expectAudited(db, 'report.correction_discarded', id);
    expect((audit.before as { data: ReportData }).data.version).toBe('1MSP');
  });

  it('deletes a report never submitted altogether, audited with its data', async () => {
    const started = (
      await call('POST', '/api/v1/reports', fp, { iso3: 'LAO', kind: 'annual', year: 2024 })
    ).json();
    const gone = await call('DELETE', `/api/v1/reports/${started.id}/draft?revision=1`, fp);
    expect(gone.statusCode).toBe(204);
    expect(await db.select().from(reports).where(eq(reports.id, started.id))).toEqual([]);
    expect((await read(started.id, fp)).statusCode).toBe(404);
    const audit = await expectAudited(db, 'report.draft_deleted', started.id);
    expect(audit.before).toMatchObject({ kind: 'annual', year: 2024, data: { header: { state: 'LAO' } } });
    // The year can be started again.
    expect(
      (await call('POST', '/api/v1/reports', fp, { iso3: 'LAO', kind: 'annual', year: 2024 })).statusCode,
    ).toBe(201);
  });
});
