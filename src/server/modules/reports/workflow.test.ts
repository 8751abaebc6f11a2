import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { todayUtc, yearOf } from '../../../domain/calendar.js';
import { initialReport } from '../../../domain/reports/examples.js';
import type { ReportData } from '../../../domain/reports/index.js';
import { outbox } from '../../mail/tables.js';
import { expectAudited } from '../../test/auth-helpers.js';
import { createUser, send, sessionFor, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { auditEvents } from '../audit/tables.js';
import { reportSubmissions } from '../obligations/tables.js';
import { reports, reportVersions } from './tables.js';
import { validAnnualReport } from './workflow-fixtures.js';

const { app, db } = await createTestApp();
const khamla = await createUser(db, {
  role: 'state_focal_point',
  stateIso3: 'LAO',
  name: 'Khamla',
  language: 'fr',
});
const somsack = await createUser(db, { role: 'state_focal_point', stateIso3: 'LAO', name: 'Somsack' });
const fp = await sessionFor(db, khamla.id);
const fp2 = await sessionFor(db, somsack.id);
const norway = await signedInAs(db, 'state_focal_point', 'NOR');
const staff = await signedInAs(db, 'isu_staff');
const coordinator = await signedInAs(db, 'coordinator');
const today = todayUtc();

const start = (cookie: string | undefined, payload: object) =>
  send(app, { method: 'POST', url: '/api/v1/reports', ...(cookie ? { cookie } : {}), payload });
const read = (id: string, cookie?: string) =>
  send(app, { method: 'GET', url: `/api/v1/reports/${id}`, ...(cookie ? { cookie } : {}) });
const save = (id: string, cookie: string, revision: number, data: unknown) =>
  send(app, { method: 'PUT', url: `/api/v1/reports/${id}/draft`, cookie, payload: { revision, data } });
const submit = (id: string, cookie: string, revision: number, note: string | null = null) =>
  send(app, { method: 'POST', url: `/api/v1/reports/${id}/submit`, cookie, payload: { revision, note } });
const issuePaths = (response: { json(): { error: { details: { issues: { path: string }[] } } } }) =>
  response.json().error.details.issues.map((i) => i.path);

const stockpileRow = (data: ReportData) =>
  (data.B?.stockpile as Record<string, unknown>[] | undefined)?.[0] ?? {};

/** Starts the annual report of a year, fills it with valid data and submits it. */
async function submittedReport(year: number) {
  const started = await start(fp, { iso3: 'LAO', kind: 'annual', year });
  expect(started.statusCode).toBe(201);
  const id = started.json().id as string;
  const saved = await save(id, fp, 1, validAnnualReport('LAO', year));
  expect(saved.statusCode).toBe(200);
  const done = await submit(id, fp, saved.json().revision);
  expect(done.statusCode).toBe(200);
  return id;
}

describe('starting a report', () => {
  it('opens an annual report with the State and the calendar year before', async () => {
    const response = await start(fp, { iso3: 'LAO', kind: 'annual', year: 2021 });
    expect(response.statusCode).toBe(201);
    const report = response.json();
    expect(report).toMatchObject({
      iso3: 'LAO',
      kind: 'annual',
      year: 2021,
      status: 'draft',
      channel: 'platform',
      shows: 'draft',
      draftRevision: 1,
      latestVersion: null,
      versions: [],
      previous: null,
      dueOn: '2021-04-30',
      abilities: { edit: true, submit: true, amend: false, deleteDraft: true },
    });
    expect(report.data.header).toEqual({ state: 'LAO', periodFrom: '2020-01-01', periodTo: '2020-12-31' });
    expect(report.findings.errors.length).toBeGreaterThan(0);
    await expectAudited(db, 'report.started', report.id);
  });

  it('never makes two of the same report: a double click gets the one made, by id', async () => {
    const body = { iso3: 'LAO', kind: 'annual', year: 2022 };
    const [a, b] = await Promise.all([start(fp, body), start(fp2, body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const made = a.statusCode === 201 ? a.json() : b.json();
    const refused = a.statusCode === 409 ? a.json() : b.json();
    expect(refused.error.code).toBe('conflict');
    expect(refused.error.details.reportId).toBe(made.id);
    const again = await start(fp, body);
    expect(again.json().error.details.reportId).toBe(made.id);
    const rows = await db
      .select()
      .from(reports)
      .where(and(eq(reports.iso3, 'LAO'), eq(reports.year, 2022)));
    expect(rows).toHaveLength(1);
  });

  it("lets only the State's own focal points start its reports", async () => {
    const body = { iso3: 'LAO', kind: 'annual', year: 2019 };
    expect((await start(norway.cookie, body)).statusCode).toBe(403);
    expect((await start(staff.cookie, body)).statusCode).toBe(403);
    expect((await start(coordinator.cookie, body)).statusCode).toBe(403);
    expect((await start(undefined, body)).statusCode).toBe(401);
  });

  it('refuses years before entry into force or beyond next year, naming the field', async () => {
    const tooEarly = await start(fp, { iso3: 'LAO', kind: 'annual', year: 2010 });
    expect(tooEarly.statusCode).toBe(400);
    expect(issuePaths(tooEarly)).toEqual(['body.year']);
    expect(tooEarly.json().error.message).toContain('2010-08-01');
    const ahead = await start(fp, { iso3: 'LAO', kind: 'annual', year: yearOf(today) + 2 });
    expect(issuePaths(ahead)).toEqual(['body.year']);
    expect(issuePaths(await start(fp, { iso3: 'LAO', kind: 'yearly', year: 2020 }))).toEqual(['body.kind']);
    expect(issuePaths(await start(fp, { iso3: 'LAO', kind: 'annual', year: 'last' }))).toEqual(['body.year']);
    const usa = await signedInAs(db, 'state_focal_point', 'USA');
    expect(issuePaths(await start(usa.cookie, { iso3: 'USA', kind: 'annual', year: 2020 }))).toEqual([
      'body.iso3',
    ]);
  });

  it('opens one initial report, from entry into force, and refuses a second one', async () => {
    const first = await start(fp, { iso3: 'LAO', kind: 'initial', year: 2011 });
    expect(first.statusCode).toBe(201);
    expect(first.json().data).toEqual({
      version: '1MSP',
      kind: 'initial',
      cover: {},
      header: { state: 'LAO', periodFrom: '2010-08-01' },
    });
    expect((await start(fp, { iso3: 'LAO', kind: 'initial', year: 2011 })).statusCode).toBe(409);
    const second = await start(fp, { iso3: 'LAO', kind: 'initial', year: 2012 });
    expect(second.statusCode).toBe(400);
    expect(issuePaths(second)).toEqual(['body.kind']);
  });
});

describe('who reads a draft', () => {
  it('shows the draft to the State and the ISU, and to nobody else, who get 404', async () => {
    const id = (await start(fp, { iso3: 'LAO', kind: 'annual', year: 2018 })).json().id;
    expect((await read(id, fp2)).json().shows).toBe('draft');
    expect((await read(id, staff.cookie)).json()).toMatchObject({
      shows: 'draft',
      abilities: { edit: false },
    });
    for (const cookie of [norway.cookie, coordinator.cookie, undefined]) {
      expect((await read(id, cookie)).statusCode).toBe(404);
      const versions = await send(app, {
        url: `/api/v1/reports/${id}/versions`,
        ...(cookie ? { cookie } : {}),
      });
      expect(versions.statusCode).toBe(404);
    }
    // Someone else's draft is not there for them to write to either.
    expect((await save(id, norway.cookie, 1, validAnnualReport('LAO', 2018))).statusCode).toBe(404);
    expect((await save(id, staff.cookie, 1, validAnnualReport('LAO', 2018))).statusCode).toBe(403);
  });
});

describe('autosave', () => {
  it('refuses a save from a stale revision, saying who saved first, and overwrites nothing', async () => {
    const id = (await start(fp, { iso3: 'LAO', kind: 'annual', year: 2017 })).json().id;
    const mine = validAnnualReport('LAO', 2017);
    const first = await save(id, fp, 1, mine);
    expect(first.statusCode).toBe(200);
    expect(first.json().revision).toBe(2);
    const theirs = { ...validAnnualReport('LAO', 2017), G: { measures: 'Radio spots' } };
    const late = await save(id, fp2, 1, theirs);
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({
      code: 'conflict',
      details: { currentRevision: 2, updatedBy: 'Khamla', updatedAt: expect.any(String) },
    });
    const stored = (await read(id, fp)).json();
    expect(stored.draftRevision).toBe(2);
    expect(stored.data).toEqual(mine);
    expect(stored.data.G).toBeUndefined();
  });

  it('answers a retried save (lost response) with success, writing nothing twice', async () => {
    const id = (await start(fp, { iso3: 'LAO', kind: 'annual', year: 2016 })).json().id;
    const data = validAnnualReport('LAO', 2016);
    expect((await save(id, fp, 1, data)).json().revision).toBe(2);
    const saves = async () =>
      (await db.select().from(auditEvents).where(eq(auditEvents.entityId, id))).filter(
        (e) => e.action === 'report.draft_saved',
      ).length;
    expect(await saves()).toBe(1);
    const retry = await save(id, fp, 1, data);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().revision).toBe(2);
    expect(await saves()).toBe(1);
    // Going on from the revision the retry gave works as usual.
    expect((await save(id, fp, 2, { ...data, G: { measures: 'x' } })).json().revision).toBe(3);
  });

  it('saves whatever was typed and returns the findings, refusing only a wrong structure', async () => {
    const id = (await start(fp, { iso3: 'LAO', kind: 'annual', year: 2015 })).json().id;
    const data = validAnnualReport('LAO', 2015);
    stockpileRow(data).munitionsAtEnd = -5;
    const saved = await save(id, fp, 1, data);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().findings.errors.map((f: { path: string }) => f.path)).toContain(
      'B.stockpile[0].munitionsAtEnd',
    );
    expect((await read(id, fp)).json().data.B.stockpile[0].munitionsAtEnd).toBe(-5);
    const wrongKind = await save(id, fp, 2, { ...data, kind: 'initial' });
    expect(issuePaths(wrongKind)).toEqual(['body.data.kind']);
    const noCover = await save(id, fp, 2, { version: '1MSP', kind: 'annual', header: {} });
    expect(noCover.statusCode).toBe(400);
    expect(issuePaths(noCover)[0]).toContain('body');
  });

  it('takes reports with hundreds of table rows, beyond the API-wide body limit', async () => {
    const id = (await start(fp, { iso3: 'LAO', kind: 'annual', year: 2014 })).json().id;
    const data: ReportData = validAnnualReport('LAO', 2014);
    const areas = Array.from({ length: 450 }, (_, i) => ({
      location: `District ${i + 1}, ${'village names and coordinates '.repeat(12)}`,
      areaSqm: 10_000 + i,
      status: 'confirmed',
      remnantTypes: 'BLU-26, BLU-61',
      remnantQuantity: i,
    }));
    data.cover.F = { choice: 'changed' };
    data.F = {
      programmeStatus: 'Survey of every district',
      contaminatedAreas: areas,
      clearedAreas: areas.slice(0, 60),
    };
    const saved = await save(id, fp, 1, data);
    expect(saved.statusCode).toBe(200);
    expect((await read(id, fp)).json().data.F.contaminatedAreas).toHaveLength(450);
    const long = {
      ...data,
      G: { measures: 'x'.repeat(19_000) },
      H: { implementationStatus: 'y'.repeat(19_000) },
    };
    for (let i = 0; i < 60; i++) (long as Record<string, unknown>)[`note${i}`] = 'z'.repeat(19_000);
    expect(JSON.stringify(long).length).toBeGreaterThan(1024 * 1024);
    expect((await save(id, fp, 2, long)).statusCode).toBe(200);
  });
});

describe('submission', () => {
  it('refuses a report with errors, listing every one, and changes nothing', async () => {
    const id = (await start(fp, { iso3: 'LAO', kind: 'annual', year: 2013 })).json().id;
    const data = validAnnualReport('LAO', 2013);
    data.header.contacts = [];
    stockpileRow(data).munitionsAtEnd = 'many';
    const revision = (await save(id, fp, 1, data)).json().revision;
    const refused = await submit(id, fp, revision);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('validation_failed');
    expect(issuePaths(refused)).toEqual(
      expect.arrayContaining(['header.contacts', 'B.stockpile[0].munitionsAtEnd']),
    );
    expect(await db.select().from(reportVersions).where(eq(reportVersions.reportId, id))).toEqual([]);
    expect((await read(id, fp)).json()).toMatchObject({ status: 'draft', draftRevision: revision });
  });

  it('refuses a submission from a stale revision, and from anyone but the State', async () => {
    const id = (await start(fp, { iso3: 'LAO', kind: 'annual', year: 2012 })).json().id;
    expect((await save(id, fp, 1, validAnnualReport('LAO', 2012))).statusCode).toBe(200);
    expect((await submit(id, fp2, 1)).statusCode).toBe(409);
    expect((await submit(id, staff.cookie, 2)).statusCode).toBe(403);
    expect((await submit(id, norway.cookie, 2)).statusCode).toBe(404);
  });

  it('records version 1, the date for compliance, the audit and the receipts', async () => {
    const before = (await send(app, { url: '/api/v1/states/LAO/obligations' })).json();
    expect(before.items.find((o: { article: string }) => o.article === '7-annual').completedOn).not.toBe(
      today,
    );
    const id = (await start(fp, { iso3: 'LAO', kind: 'annual', year: 2024 })).json().id;
    const revision = (await save(id, fp, 1, validAnnualReport('LAO', 2024))).json().revision;
    const response = await submit(id, fp, revision);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'submitted',
      latestVersion: 1,
      shows: 1,
      draftRevision: null,
      receivedOn: today,
      versions: [
        { number: 1, submittedBy: 'Khamla', receivedOn: today, channel: 'platform', published: false },
      ],
      abilities: { edit: false, amend: true, publish: false },
    });
    const [version] = await db.select().from(reportVersions).where(eq(reportVersions.reportId, id));
    expect(version?.data.header.state).toBe('LAO');
    const submissions = await db
      .select()
      .from(reportSubmissions)
      .where(and(eq(reportSubmissions.iso3, 'LAO'), eq(reportSubmissions.year, 2024)));
    expect(submissions).toMatchObject([
      { kind: 'annual', submittedOn: today, source: 'Submitted on the platform' },
    ]);
    const audit = await expectAudited(db, 'report.submitted', id);
    expect(audit.after).toMatchObject({ version: 1, receivedOn: today });

    const mails = await db.select().from(outbox);
    const to = (email: string) => mails.filter((m) => m.recipient === email);
    expect(to(khamla.email)).toMatchObject([{ kind: 'report_submitted', language: 'fr' }]);
    expect(to(khamla.email)[0]?.subject).toContain('Reçu');
    expect(to(khamla.email)[0]?.body).toContain(`/reports/${id}`);
    expect(to(somsack.email)[0]?.body).toMatch(
      /submitted on the platform by Khamla on \d{4}-\d\d-\d\d \d\d:\d\d \(UTC\) and registered as version 1/,
    );
    expect(to(staff.user.email)).toMatchObject([{ kind: 'report_to_review' }]);
    expect(to(norway.user.email)).toEqual([]);

    const after = (await send(app, { url: '/api/v1/states/LAO/obligations' })).json();
    expect(after.items.find((o: { article: string }) => o.article === '7-annual').completedOn).toBe(today);
  });

  it('answers a retried submission with success, without a second version', async () => {
    const id = (await start(fp, { iso3: 'LAO', kind: 'annual', year: 2023 })).json().id;
    const revision = (await save(id, fp, 1, validAnnualReport('LAO', 2023))).json().revision;
    expect((await submit(id, fp, revision)).statusCode).toBe(200);
    const retry = await submit(id, fp, revision);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().latestVersion).toBe(1);
    expect(await db.select().from(reportVersions).where(eq(reportVersions.reportId, id))).toHaveLength(1);
    // Someone else sending the same is told there is nothing to submit.
    expect((await submit(id, fp2, revision)).statusCode).toBe(409);
  });

  it('shows the initial report as submitted in the obligations', async () => {
    const [initial] = await db
      .select()
      .from(reports)
      .where(and(eq(reports.iso3, 'LAO'), eq(reports.kind, 'initial')));
    const data = structuredClone(initialReport);
    data.header = { ...data.header, state: 'LAO', periodFrom: '2010-08-01', periodTo: '2011-01-20' };
    const id = initial?.id as string;
    const revision = (await save(id, fp, 1, data)).json().revision;
    expect((await submit(id, fp, revision)).statusCode).toBe(200);
    const obligations = (await send(app, { url: '/api/v1/states/LAO/obligations' })).json();
    expect(obligations.items.find((o: { article: string }) => o.article === '7-initial')).toMatchObject({
      status: 'completed_late',
      completedOn: today,
    });
    const [submission] = await db
      .select()
      .from(reportSubmissions)
      .where(and(eq(reportSubmissions.iso3, 'LAO'), eq(reportSubmissions.kind, 'initial')));
    expect(submission).toMatchObject({ year: 2011, submittedOn: today });
  });

  it('opens the next annual report from the last one submitted', async () => {
    const lastId = await submittedReport(2025);
    const next = (await start(fp, { iso3: 'LAO', kind: 'annual', year: 2026 })).json();
    expect(next.previous).toMatchObject({ id: lastId, year: 2025, kind: 'annual' });
    const last = validAnnualReport('LAO', 2025);
    expect(next.data.B.stockpile).toEqual(last.B?.stockpile);
    expect(next.data.cover).toMatchObject({
      A: { choice: 'unchanged_since', year: 2021 },
      B: { choice: 'unchanged_since', year: 2025 },
      E: { choice: 'not_applicable' },
    });
    expect(next.data.header).toMatchObject({
      state: 'LAO',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
    });
    expect(next.data.header.submissionDate).toBeUndefined();
  });
});
