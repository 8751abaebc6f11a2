import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectAudited } from '../../test/auth-helpers.js';
import { cookieFrom, createUser, send, testPassword } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { sessions, users } from './tables.js';
import { currentCode } from './totp.js';

const { app, db } = await createTestApp();

const signIn = (email: string, password = testPassword, ip?: string) =>
  send(app, {
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password },
    ...(ip ? { remoteAddress: ip } : {}),
  });

describe('sign-in with a password', () => {
  it('signs a focal point in at once and shows who they are', async () => {
    const user = await createUser(db, { role: 'state_focal_point', stateIso3: 'LAO' });
    const response = await signIn(user.email.toUpperCase());
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'signed_in',
      user: { id: user.id, role: 'state_focal_point', stateIso3: 'LAO' },
    });
    const cookie = response.cookies.find((c) => c.name === 'ccm_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await send(app, { url: '/api/v1/auth/me', cookie: cookieFrom(response) });
    expect(me.json().email).toBe(user.email);
    await expectAudited(db, 'user.signed_in', user.id);
  });

  it('gives one answer for an unknown address and a wrong password', async () => {
    const user = await createUser(db, { role: 'coordinator' });
    const wrong = await signIn(user.email, 'not the password at all');
    const unknown = await signIn('nobody@example.org', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    await expectAudited(db, 'user.sign_in_failed', user.id);
  });

  it('locks an account after five failures, with Retry-After, until time passes', async () => {
    const user = await createUser(db, { role: 'coordinator' });
    for (let i = 0; i < 5; i++)
      expect((await signIn(user.email, 'wrong password attempt')).statusCode).toBe(401);
    const locked = await signIn(user.email);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('rate_limited');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    await db.execute(
      sql`update auth_throttle set locked_until = now() - interval '1 second' where key = ${`account:${user.email}`}`,
    );
    expect((await signIn(user.email)).statusCode).toBe(200);
  });

  it('limits failures per address across accounts', async () => {
    const ip = '203.0.113.77';
    for (let i = 0; i < 30; i++) await signIn(`someone${i}@example.org`, 'guessing passwords', ip);
    const user = await createUser(db, { role: 'coordinator' });
    expect((await signIn(user.email, testPassword, ip)).statusCode).toBe(429);
    expect((await signIn(user.email, testPassword, '203.0.113.78')).statusCode).toBe(200);
  });

  it('refuses a deactivated account', async () => {
    const user = await createUser(db, { role: 'coordinator' });
    await db.update(users).set({ status: 'deactivated' }).where(eq(users.id, user.id));
    expect((await signIn(user.email)).statusCode).toBe(401);
  });
});

describe('second factor', () => {
  it('sends staff without a second factor to enrol before anything else', async () => {
    const staff = await createUser(db, { role: 'isu_staff' });
    const first = await signIn(staff.email);
    expect(first.json()).toEqual({ status: 'totp_enrolment_required' });
    const pending = cookieFrom(first);
    expect((await send(app, { url: '/api/v1/auth/me', cookie: pending })).statusCode).toBe(401);
    expect((await send(app, { url: '/api/v1/auth/session', cookie: pending })).json()).toEqual({
      stage: 'enrol',
    });

    const enrolment = await send(app, { method: 'POST', url: '/api/v1/account/totp/enrol', cookie: pending });
    expect(enrolment.statusCode).toBe(200);
    const { secret, otpauthUrl, qrSvg } = enrolment.json();
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(qrSvg).toContain('<svg');

    const wrong = await send(app, {
      method: 'POST',
      url: '/api/v1/account/totp/confirm',
      cookie: pending,
      payload: { code: '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    const confirmed = await send(app, {
      method: 'POST',
      url: '/api/v1/account/totp/confirm',
      cookie: pending,
      payload: { code: currentCode(secret) },
    });
    expect(confirmed.statusCode).toBe(200);
    const codes: string[] = confirmed.json().recoveryCodes;
    expect(new Set(codes).size).toBe(10);
    const full = cookieFrom(confirmed);
    expect(full).not.toBe(pending);
    expect((await send(app, { url: '/api/v1/auth/me', cookie: full })).json().totpEnabled).toBe(true);
    expect((await send(app, { url: '/api/v1/auth/me', cookie: pending })).statusCode).toBe(401);
    await expectAudited(db, 'user.totp_enrolled', staff.id);
    expect((await expectAudited(db, 'user.signed_in', staff.id)).after).toEqual({ method: 'totp_enrolment' });
  });

  it('asks enrolled users for a code, accepts each code once, and takes recovery codes once', async () => {
    const admin = await createUser(db, { role: 'isu_admin', withTotp: true });
    const secret = admin.totpSecret as string;
    const first = await signIn(admin.email);
    expect(first.json()).toEqual({ status: 'totp_required' });
    const code = currentCode(secret);
    const done = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/totp',
      cookie: cookieFrom(first),
      payload: { code },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().user.role).toBe('isu_admin');

    const again = await signIn(admin.email);
    const replay = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/totp',
      cookie: cookieFrom(again),
      payload: { code },
    });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error.details.issues[0].path).toBe('body.code');

    const fullCookie = cookieFrom(done);
    const later = currentCode(secret, Date.now() + 30_000);
    const regenerated = await send(app, {
      method: 'POST',
      url: '/api/v1/account/totp/recovery-codes',
      cookie: fullCookie,
      payload: { code: later },
    });
    expect(regenerated.statusCode).toBe(200);
    const recovery = regenerated.json().recoveryCodes[0];
    const viaRecovery = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/totp',
      cookie: cookieFrom(again),
      payload: { code: recovery },
    });
    expect(viaRecovery.statusCode).toBe(200);
    const third = await signIn(admin.email);
    const reused = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/totp',
      cookie: cookieFrom(third),
      payload: { code: recovery },
    });
    expect(reused.statusCode).toBe(400);
  });

  it('locks the code step after five wrong codes', async () => {
    const staff = await createUser(db, { role: 'isu_staff', withTotp: true });
    const pending = cookieFrom(await signIn(staff.email));
    for (let i = 0; i < 5; i++) {
      const wrong = await send(app, {
        method: 'POST',
        url: '/api/v1/auth/totp',
        cookie: pending,
        payload: { code: '123456' },
      });
      expect(wrong.statusCode).toBe(400);
    }
    const locked = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/totp',
      cookie: pending,
      payload: { code: currentCode(staff.totpSecret as string) },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
  });

  it('does not accept the code step without a password step', async () => {
    const response = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/totp',
      payload: { code: '123456' },
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('signs out, and a signed-out cookie opens nothing', async () => {
    const user = await createUser(db, { role: 'coordinator' });
    const cookie = cookieFrom(await signIn(user.email));
    expect((await send(app, { method: 'POST', url: '/api/v1/auth/sign-out', cookie })).statusCode).toBe(204);
    expect((await send(app, { url: '/api/v1/auth/me', cookie })).statusCode).toBe(401);
    await expectAudited(db, 'user.signed_out', user.id);
  });

  it('ends a session left idle too long', async () => {
    const user = await createUser(db, { role: 'coordinator' });
    const cookie = cookieFrom(await signIn(user.email));
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '3 hours'` })
      .where(eq(sessions.userId, user.id));
    expect((await send(app, { url: '/api/v1/auth/me', cookie })).statusCode).toBe(401);
  });

  it('ends a session past its absolute lifetime even when active', async () => {
    const user = await createUser(db, { role: 'coordinator' });
    const cookie = cookieFrom(await signIn(user.email));
    await db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.userId, user.id));
    expect((await send(app, { url: '/api/v1/auth/me', cookie })).statusCode).toBe(401);
  });

  it('lists your sessions and ends one, or all', async () => {
    const user = await createUser(db, { role: 'coordinator' });
    const laptop = cookieFrom(await signIn(user.email));
    const phone = cookieFrom(await signIn(user.email));
    const list = await send(app, { url: '/api/v1/account/sessions', cookie: laptop });
    expect(list.json().items).toHaveLength(2);
    const other = list.json().items.find((s: { current: boolean }) => !s.current);
    expect(
      (await send(app, { method: 'DELETE', url: `/api/v1/account/sessions/${other.id}`, cookie: laptop }))
        .statusCode,
    ).toBe(204);
    expect((await send(app, { url: '/api/v1/auth/me', cookie: phone })).statusCode).toBe(401);
    expect(
      (await send(app, { method: 'POST', url: '/api/v1/account/sign-out-everywhere', cookie: laptop }))
        .statusCode,
    ).toBe(204);
    expect((await send(app, { url: '/api/v1/auth/me', cookie: laptop })).statusCode).toBe(401);
  });

  it('marks the cookie Secure when the platform is served over https', async () => {
    const { app: secureApp, db: secureDb } = await createTestApp({
      config: { publicUrl: 'https://isu.example.org' },
    });
    const user = await createUser(secureDb, { role: 'coordinator' });
    const response = await secureApp.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { origin: 'https://isu.example.org' },
      payload: { email: user.email, password: testPassword },
    });
    expect(response.cookies.find((c) => c.name === 'ccm_session')?.secure).toBe(true);
  });
});
