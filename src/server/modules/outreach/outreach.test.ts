import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectAudited } from '../../test/auth-helpers.js';
import { createUser, send, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { users } from '../users/tables.js';
import { outreachActivities } from './tables.js';

const { app, db } = await createTestApp();
const staff = await signedInAs(db, 'isu_staff');
const coordinator = await signedInAs(db, 'coordinator');
const focalPoint = await signedInAs(db, 'state_focal_point', 'KEN');

type Caller = { cookie: string };
const get = (url: string, as: Caller = staff) => send(app, { method: 'GET', url, cookie: as.cookie });
const put = (url: string, payload: object, as: Caller = staff) =>
  send(app, { method: 'PUT', url, payload, cookie: as.cookie });
const post = (url: string, payload: object, as: Caller = staff) =>
  send(app, { method: 'POST', url, payload, cookie: as.cookie });
const patch = (url: string, payload: object, as: Caller = staff) =>
  send(app, { method: 'PATCH', url, payload, cookie: as.cookie });
const del = (url: string, as: Caller = staff) => send(app, { method: 'DELETE', url, cookie: as.cookie });

describe('outreach profile', () => {
  it('is created without a version, then updated with the version read; a stale write gets 409', async () => {
    const created = await put('/api/v1/outreach/AGO/profile', {
      priority: 'high',
      summaryMd: '# Angola\n\nSigned in **2008**.',
    });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ priority: 'high', version: 1, updatedByName: staff.user.name });
    const audit = await expectAudited(db, 'outreach.profile_saved', 'AGO');
    expect(audit.after).toMatchObject({ priority: 'high', summaryMd: '# Angola\n\nSigned in **2008**.' });

    const updated = await put(
      '/api/v1/outreach/AGO/profile',
      { version: 1, priority: 'medium', summaryMd: 'Later' },
      coordinator,
    );
    expect(updated.json()).toMatchObject({
      priority: 'medium',
      summaryMd: 'Later',
      version: 2,
      updatedByName: coordinator.user.name,
    });

    const stale = await put('/api/v1/outreach/AGO/profile', { version: 1, priority: 'low' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    // Creating again, as if nobody had: also a conflict, not an overwrite.
    expect((await put('/api/v1/outreach/AGO/profile', { priority: 'low' })).statusCode).toBe(409);
    expect((await get('/api/v1/outreach/AGO')).json().profile).toMatchObject({
      priority: 'medium',
      version: 2,
    });
  });

  it('refuses an unknown priority and an unknown State', async () => {
    const bad = await put('/api/v1/outreach/AGO/profile', { priority: 'urgent' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('body.priority');
    expect((await put('/api/v1/outreach/XYZ/profile', { priority: 'low' })).statusCode).toBe(404);
    expect((await get('/api/v1/outreach/XYZ')).statusCode).toBe(404);
  });
});

describe('activities', () => {
  it('are logged, corrected with the version, listed newest first and deleted, each audited', async () => {
    const base = '/api/v1/outreach/USA/activities';
    const first = await post(base, {
      date: '2025-03-10',
      kind: 'demarche',
      who: 'ISU Director; Swiss mission',
      notes: 'Raised Actions 10–11',
    });
    expect(first.statusCode).toBe(201);
    const activity = first.json();
    expect(activity).toMatchObject({
      iso3: 'USA',
      kind: 'demarche',
      version: 1,
      createdByName: staff.user.name,
    });
    await expectAudited(db, 'outreach.activity_added', activity.id);
    await post(base, { date: '2025-09-02', kind: 'side_event', who: 'Coordinators' }, coordinator);

    const edited = await patch(`${base}/${activity.id}`, { version: 1, notes: 'Raised Actions 10 and 11' });
    expect(edited.json()).toMatchObject({
      notes: 'Raised Actions 10 and 11',
      who: 'ISU Director; Swiss mission',
      version: 2,
    });
    const audit = await expectAudited(db, 'outreach.activity_updated', activity.id);
    expect(audit.before).toMatchObject({ notes: 'Raised Actions 10–11' });
    expect((await patch(`${base}/${activity.id}`, { version: 1, who: 'x' })).statusCode).toBe(409);

    const detail = (await get('/api/v1/outreach/USA')).json();
    expect(detail.activities.map((a: { date: string }) => a.date)).toEqual(['2025-09-02', '2025-03-10']);
    expect(detail).toMatchObject({ status: 'not_party', profile: null, abilities: { edit: true } });

    expect((await del(`${base}/${activity.id}?version=1`)).statusCode).toBe(409);
    expect((await del(`${base}/${activity.id}`)).statusCode).toBe(400);
    expect((await del(`${base}/${activity.id}?version=2`)).statusCode).toBe(204);
    await expectAudited(db, 'outreach.activity_deleted', activity.id);
    expect((await get('/api/v1/outreach/USA')).json().activities).toHaveLength(1);
  });

  it('refuses an unknown kind, a missing "who", and an activity of another State', async () => {
    const bad = await post('/api/v1/outreach/USA/activities', { date: '2025-01-01', kind: 'phone', who: '' });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.kind', 'body.who']));
    const other = (
      await post('/api/v1/outreach/BRA/activities', { date: '2025-01-01', kind: 'letter', who: 'ISU' })
    ).json();
    expect(
      (await patch(`/api/v1/outreach/USA/activities/${other.id}`, { version: 1, who: 'x' })).statusCode,
    ).toBe(404);
  });
});

describe('next steps', () => {
  it('have a due date and an owner (an account or a name), are marked done and reopened, each audited', async () => {
    const base = '/api/v1/outreach/KEN/next-steps';
    const owned = await post(base, {
      description: 'Follow-up letter to the Minister',
      dueDate: '2026-05-01',
      ownerUserId: coordinator.user.id,
    });
    expect(owned.statusCode).toBe(201);
    const step = owned.json();
    expect(step).toMatchObject({
      ownerUserId: coordinator.user.id,
      ownerText: null,
      ownerName: coordinator.user.name,
      doneAt: null,
      version: 1,
    });
    await expectAudited(db, 'outreach.step_added', step.id);

    const named = (
      await post(base, { description: 'Workshop in Nairobi', dueDate: '2026-03-15', ownerText: 'ICBL' })
    ).json();
    expect(named).toMatchObject({ ownerUserId: null, ownerText: 'ICBL', ownerName: 'ICBL' });

    const done = await patch(`${base}/${step.id}`, { version: 1, done: true });
    expect(done.json().doneAt).toEqual(expect.any(String));
    await expectAudited(db, 'outreach.step_done', step.id);
    expect((await patch(`${base}/${step.id}`, { version: 1, done: false })).statusCode).toBe(409);
    const reopened = await patch(`${base}/${step.id}`, { version: 2, done: false });
    expect(reopened.json()).toMatchObject({ doneAt: null, version: 3 });
    await expectAudited(db, 'outreach.step_reopened', step.id);

    // Giving the step to a named body clears the account owner.
    const moved = await patch(`${base}/${step.id}`, {
      version: 3,
      ownerText: 'Swiss mission',
      dueDate: '2026-06-01',
    });
    expect(moved.json()).toMatchObject({
      ownerUserId: null,
      ownerText: 'Swiss mission',
      dueDate: '2026-06-01',
    });
    await expectAudited(db, 'outreach.step_updated', step.id);

    const detail = (await get('/api/v1/outreach/KEN')).json();
    expect(detail.nextSteps.map((s: { id: string }) => s.id)).toEqual([named.id, step.id]);

    expect((await del(`${base}/${named.id}?version=1`)).statusCode).toBe(204);
    await expectAudited(db, 'outreach.step_deleted', named.id);
  });

  it('refuses two owners at once and an owner who is not staff or a coordinator', async () => {
    const base = '/api/v1/outreach/KEN/next-steps';
    const both = await post(base, {
      description: 'x',
      dueDate: '2026-01-01',
      ownerUserId: staff.user.id,
      ownerText: 'ICBL',
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.details.issues[0].path).toBe('body.ownerText');
    const outsider = await post(base, {
      description: 'x',
      dueDate: '2026-01-01',
      ownerUserId: focalPoint.user.id,
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.details.issues[0].path).toBe('body.ownerUserId');
  });

  it('offers active staff and coordinators as owners, not focal points', async () => {
    const gone = await createUser(db, { role: 'isu_staff' });
    await db.update(users).set({ status: 'deactivated' }).where(eq(users.id, gone.id));
    const owners = (await get('/api/v1/outreach/owners')).json().items.map((o: { id: string }) => o.id);
    expect(owners).toEqual(expect.arrayContaining([staff.user.id, coordinator.user.id]));
    expect(owners).not.toContain(focalPoint.user.id);
    expect(owners).not.toContain(gone.id);
  });
});

describe('States Parties', () => {
  it('take no outreach records (400 naming the reason), but their history stays readable', async () => {
    const profile = await put('/api/v1/outreach/LAO/profile', { priority: 'high' });
    expect(profile.statusCode).toBe(400);
    expect(profile.json().error.message).toMatch(/already a Party/);
    expect(profile.json().error.details.issues[0].path).toBe('params.iso3');
    expect(
      (await post('/api/v1/outreach/LAO/activities', { date: '2025-01-01', kind: 'letter', who: 'ISU' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await post('/api/v1/outreach/LAO/next-steps', { description: 'x', dueDate: '2026-01-01' })).statusCode,
    ).toBe(400);

    // Outreach logged while Norway was still outside the Convention.
    const [old] = await db
      .insert(outreachActivities)
      .values({ iso3: 'NOR', date: '2008-05-30', kind: 'meeting', who: 'Oslo Process core group' })
      .returning();
    const detail = await get('/api/v1/outreach/NOR');
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ status: 'state_party', abilities: { edit: false } });
    expect(detail.json().activities).toHaveLength(1);
    expect(
      (await patch(`/api/v1/outreach/NOR/activities/${old?.id}`, { version: 1, notes: 'x' })).statusCode,
    ).toBe(400);
    expect((await get('/api/v1/outreach')).json().items.some((s: { iso3: string }) => s.iso3 === 'NOR')).toBe(
      false,
    );
  });
});

describe('access', () => {
  it('is refused to focal points, even for their own State, and to anonymous visitors', async () => {
    const own = await get('/api/v1/outreach/KEN', focalPoint);
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('forbidden');
    expect((await get('/api/v1/outreach', focalPoint)).statusCode).toBe(403);
    expect((await get('/api/v1/outreach/KEN', { cookie: '' })).statusCode).toBe(401);
    expect((await put('/api/v1/outreach/KEN/profile', { priority: 'high' }, focalPoint)).statusCode).toBe(
      403,
    );
  });

  it('is offered in the navigation abilities of staff and coordinators only', async () => {
    expect((await get('/api/v1/auth/me', coordinator)).json().abilities.outreach).toBe(true);
    expect((await get('/api/v1/auth/me', staff)).json().abilities.outreach).toBe(true);
    expect((await get('/api/v1/auth/me', focalPoint)).json().abilities.outreach).toBe(false);
  });

  it('is documented in the OpenAPI description', async () => {
    const response = await app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/outreach',
        '/api/v1/outreach/{iso3}',
        '/api/v1/outreach/{iso3}/next-steps/{id}',
      ]),
    );
  });

  it('lets coordinators prepare outreach too', async () => {
    const response = await post(
      '/api/v1/outreach/IDN/activities',
      { date: '2025-06-01', kind: 'workshop', who: 'Coordinators' },
      coordinator,
    );
    expect(response.statusCode).toBe(201);
  });
});
