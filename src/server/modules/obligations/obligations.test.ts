import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addYears } from '../../../domain/calendar.js';
import { projectRoot } from '../../paths.js';
import { expectAudited } from '../../test/auth-helpers.js';
import { send, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { extensionRequests } from './tables.js';

const { app, db } = await createTestApp();
const staff = await signedInAs(db, 'isu_staff');
const get = async (url: string) => (await app.inject({ url })).json();
const obligationOf = async (iso3: string, article: string, asOf?: string) =>
  (await get(`/api/v1/states/${iso3}/obligations${asOf ? `?asOf=${asOf}` : ''}`)).items.find(
    (o: { article: string }) => o.article === article,
  );

describe('obligations from the seeded history', () => {
  it('gives every seeded State the original deadline of the treaty arithmetic', async () => {
    const rows = parse(fs.readFileSync(path.join(projectRoot, 'reference/obligations-history.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    const states = (await get('/api/v1/states')).items as { iso3: string; entryIntoForce: string }[];
    for (const row of rows) {
      const eif = states.find((s) => s.iso3 === row.iso3)?.entryIntoForce as string;
      const view = await obligationOf(row.iso3 as string, row.article as string, '2026-01-01');
      expect(view.originalDeadline, `${row.iso3} Art. ${row.article}`).toBe(
        addYears(eif, row.article === '3' ? 8 : 10),
      );
      const granted = (row.extended_deadlines ?? '').split('|').filter(Boolean);
      expect(view.extensions.map((e: { grantedUntil: string }) => e.grantedUntil)).toEqual(granted);
      if (granted.length > 0) expect(view.currentDeadline).toBe(granted.at(-1));
    }
  });

  it('shows Bulgaria extended three times and completed on time in June 2023', async () => {
    expect(await obligationOf('BGR', '3', '2023-07-01')).toMatchObject({
      applies: true,
      originalDeadline: '2019-10-01',
      currentDeadline: '2023-12-31',
      status: 'completed_on_time',
      completedOn: '2023-06',
    });
    expect((await obligationOf('BGR', '3', '2020-12-01')).status).toBe('due_within_12_months');
  });

  it('lists obligations across States with filters', async () => {
    const overdue = await get('/api/v1/obligations?status=overdue&article=3&asOf=2020-01-01');
    expect(overdue.items.map((o: { iso3: string }) => o.iso3)).toContain('GNB');
    const completed = await get('/api/v1/obligations?article=4&status=completed_on_time');
    expect(completed.items.map((o: { iso3: string }) => o.iso3)).toEqual(
      expect.arrayContaining(['HRV', 'MNE', 'NOR']),
    );
  });

  it('refuses a day after the end of next year, naming the field (a date far ahead costs time)', async () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    for (const url of ['/api/v1/obligations', '/api/v1/states/LAO/obligations']) {
      const far = await app.inject({ url: `${url}?asOf=9999-12-31` });
      expect(far.statusCode).toBe(400);
      expect(far.json().error.details.issues[0].path).toBe('querystring.asOf');
      expect((await app.inject({ url: `${url}?asOf=${nextYear}-12-31` })).statusCode).toBe(200);
    }
  });

  it('exports a valid iCalendar of current deadlines', async () => {
    const response = await app.inject({ url: '/api/v1/obligations/calendar.ics?state=LBN' });
    expect(response.headers['content-type']).toContain('text/calendar');
    const body = response.body;
    expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(body.trim().endsWith('END:VCALENDAR')).toBe(true);
    expect(body).toMatch(/DTSTART;VALUE=DATE:20260501/);
    expect(body).toMatch(/SUMMARY:Lebanon: Art\. 4 clearance/);
  });

  it('exports the dashboard list as CSV', async () => {
    const csv = await app.inject({ url: '/api/v1/obligations/export.csv?article=3' });
    expect(csv.body.replace(/^\uFEFF/, '').split('\n')[0]).toBe(
      'iso3,state,article,status,original_deadline,current_deadline,completed_on,extensions_granted',
    );
  });
});

describe('facts recorded by the ISU', () => {
  it('makes Art. 4 apply to a State when contamination is recorded, audited', async () => {
    expect((await obligationOf('NIU', '4')).status).toBe('not_applicable');
    const response = await send(app, {
      method: 'POST',
      url: '/api/v1/states/NIU/facts',
      cookie: staff.cookie,
      payload: { kind: 'contamination', applies: true, date: '2021-02-01', source: 'Initial Art. 7 report' },
    });
    expect(response.statusCode).toBe(201);
    expect(await obligationOf('NIU', '4')).toMatchObject({
      applies: true,
      originalDeadline: '2031-02-01',
      status: 'in_progress',
    });
    await expectAudited(db, 'obligation.fact_recorded', 'NIU');
  });

  it('refuses retention without years, and a completion without any date', async () => {
    const retention = await send(app, {
      method: 'POST',
      url: '/api/v1/states/DEU/facts',
      cookie: staff.cookie,
      payload: { kind: 'retention', applies: true, date: '2020-01-01', source: 'x' },
    });
    expect(retention.json().error.details.issues[0].path).toBe('body.years');
    const completion = await send(app, {
      method: 'POST',
      url: '/api/v1/states/DEU/completions',
      cookie: staff.cookie,
      payload: { article: '4', source: 'x' },
    });
    expect(completion.json().error.details.issues[0].path).toBe('body.date');
  });

  it('tracks the Art. 5 focal point and national plan, with optimistic locking', async () => {
    const put = (payload: object) =>
      send(app, {
        method: 'PUT',
        url: '/api/v1/states/LAO/victim-assistance',
        cookie: staff.cookie,
        payload,
      });
    const first = await put({
      focalPoint: 'Ministry of Labour and Social Welfare',
      nationalPlan: 'National Victim Assistance Plan 2021–2025',
      planDate: '2021-06-01',
      source: 'Art. 7 report 2024',
    });
    expect(first.statusCode).toBe(200);
    expect((await put({ focalPoint: 'x', source: 'y' })).statusCode).toBe(409);
    expect(
      (await put({ version: 1, focalPoint: 'National Regulatory Authority', source: 'Art. 7 report 2025' }))
        .statusCode,
    ).toBe(200);
    const records = await get('/api/v1/states/LAO/obligation-records');
    expect(records.victimAssistance).toMatchObject({
      focalPoint: 'National Regulatory Authority',
      version: 2,
    });
    await expectAudited(db, 'obligation.victim_assistance_set', 'LAO');
  });

  it('takes Art. 7 submission dates into the reporting obligations', async () => {
    await send(app, {
      method: 'POST',
      url: '/api/v1/states/NIU/report-submissions',
      cookie: staff.cookie,
      payload: { kind: 'initial', submittedOn: '2021-07-01', source: 'UNODA database' },
    });
    expect(await obligationOf('NIU', '7-initial')).toMatchObject({
      status: 'completed_on_time',
      completedOn: '2021-07-01',
    });
  });
});

describe('an extension request from draft to decision', () => {
  it('goes through drafting, checks, analysis, questions and a decision that sets the deadline', async () => {
    const focal = await signedInAs(db, 'state_focal_point', 'NIU');
    const coordinator = await signedInAs(db, 'coordinator');
    const draft = await send(app, {
      method: 'POST',
      url: '/api/v1/extension-requests',
      cookie: focal.cookie,
      payload: { iso3: 'NIU', article: '4', requestedUntil: '2036-03-01', contents: { a: '5 years' } },
    });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id;
    expect(draft.json().checks.errors.map((e: { field: string }) => e.field)).toEqual([
      'requestedUntil',
      'contents.b',
      'contents.c',
      'contents.d',
      'contents.e',
      'contents.f',
      'contents.g',
      'contents.h',
      'contents.i',
    ]);
    expect((await app.inject({ url: `/api/v1/extension-requests/${id}` })).statusCode).toBe(404);

    const early = await send(app, {
      method: 'POST',
      url: `/api/v1/extension-requests/${id}/submit`,
      cookie: focal.cookie,
      payload: { version: 1 },
    });
    expect(early.statusCode).toBe(400);
    const contents = Object.fromEntries('abcdefghi'.split('').map((k) => [k, `Item ${k} answered`]));
    const edited = await send(app, {
      method: 'PATCH',
      url: `/api/v1/extension-requests/${id}`,
      cookie: focal.cookie,
      payload: { version: 1, requestedUntil: '2036-02-01', contents },
    });
    expect(edited.json().checks.errors).toEqual([]);
    const submitted = await send(app, {
      method: 'POST',
      url: `/api/v1/extension-requests/${id}/submit`,
      cookie: focal.cookie,
      payload: { version: 2 },
    });
    expect(submitted.json()).toMatchObject({ status: 'submitted', currentDeadline: '2031-02-01' });
    expect((await app.inject({ url: `/api/v1/extension-requests/${id}` })).json().comments).toEqual([]);

    const otherFocal = await signedInAs(db, 'state_focal_point', 'LAO');
    expect(
      (
        await send(app, {
          method: 'POST',
          url: `/api/v1/extension-requests/${id}/analysis`,
          cookie: otherFocal.cookie,
        })
      ).statusCode,
    ).toBe(403);
    await send(app, {
      method: 'POST',
      url: `/api/v1/extension-requests/${id}/analysis`,
      cookie: staff.cookie,
    });
    const question = await send(app, {
      method: 'POST',
      url: `/api/v1/extension-requests/${id}/comments`,
      cookie: coordinator.cookie,
      payload: { kind: 'question', body: 'What area remains?' },
    });
    expect(question.statusCode).toBe(200);
    expect(
      (
        await send(app, {
          method: 'POST',
          url: `/api/v1/extension-requests/${id}/comments`,
          cookie: otherFocal.cookie,
          payload: { kind: 'reply', body: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    const reply = await send(app, {
      method: 'POST',
      url: `/api/v1/extension-requests/${id}/comments`,
      cookie: focal.cookie,
      payload: { kind: 'reply', body: '12,000 m²' },
    });
    expect(reply.json().comments.map((c: { kind: string }) => c.kind)).toEqual(['question', 'reply']);

    const [row] = await db.select().from(extensionRequests).where(eq(extensionRequests.id, id));
    const tooLong = await send(app, {
      method: 'POST',
      url: `/api/v1/extension-requests/${id}/decision`,
      cookie: staff.cookie,
      payload: {
        version: row?.version,
        decision: 'granted_shorter',
        grantedUntil: '2037-01-01',
        decidedOn: '2026-09-15',
        meetingId: '13MSP',
      },
    });
    expect(tooLong.json().error.details.issues[0].path).toBe('body.grantedUntil');
    const decided = await send(app, {
      method: 'POST',
      url: `/api/v1/extension-requests/${id}/decision`,
      cookie: staff.cookie,
      payload: {
        version: row?.version,
        decision: 'granted_shorter',
        grantedUntil: '2034-02-01',
        decidedOn: '2026-09-15',
        meetingId: '13MSP',
      },
    });
    expect(decided.json()).toMatchObject({
      status: 'decided',
      grantedUntil: '2034-02-01',
      decidedAt: { id: '13MSP' },
    });
    await expectAudited(db, 'extension_request.decided', id);
    expect(await obligationOf('NIU', '4')).toMatchObject({
      currentDeadline: '2034-02-01',
      status: 'extended',
    });
    const calendar = (await app.inject({ url: '/api/v1/obligations/calendar.ics?state=NIU' })).body;
    expect(calendar).toMatch(/DTSTART;VALUE=DATE:20340201/);
  });

  it('refuses a request for an obligation that does not apply', async () => {
    const response = await send(app, {
      method: 'POST',
      url: '/api/v1/extension-requests',
      cookie: staff.cookie,
      payload: { iso3: 'FRA', article: '3' },
    });
    expect(response.json().error.details.issues[0].path).toBe('body.article');
  });
});

describe('the compliance dashboard in the navigation abilities', () => {
  it('is offered to ISU staff and coordinators, not to focal points', async () => {
    const me = async (cookie: string) =>
      (await send(app, { method: 'GET', url: '/api/v1/auth/me', cookie })).json().abilities;
    const coordinator = await signedInAs(db, 'coordinator');
    const focal = await signedInAs(db, 'state_focal_point', 'PER');
    expect((await me(staff.cookie)).obligationsDashboard).toBe(true);
    expect((await me(coordinator.cookie)).obligationsDashboard).toBe(true);
    expect((await me(focal.cookie)).obligationsDashboard).toBe(false);
  });
});
