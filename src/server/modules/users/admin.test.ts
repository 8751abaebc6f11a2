import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outbox } from '../../mail/tables.js';
import { expectAudited, lastLinkSentTo } from '../../test/auth-helpers.js';
import { createUser, send, sessionFor, signedInAs, testPassword } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';
import { ensureFirstAdmin } from './service-admin.js';
import { userTokens } from './tables.js';

const { app, db } = await createTestApp();
const admin = await signedInAs(db, 'isu_admin');

const invite = (payload: Record<string, unknown>) =>
  send(app, { method: 'POST', url: '/api/v1/users', cookie: admin.cookie, payload });

describe('invitations', () => {
  it('invites a focal point by e-mail in their language, and the link sets the password once', async () => {
    const response = await invite({
      email: 'Focal.Point@mofa.gov.la',
      name: 'Focal Point',
      role: 'state_focal_point',
      stateIso3: 'LAO',
      language: 'fr',
    });
    expect(response.statusCode).toBe(201);
    const invited = response.json();
    expect(invited).toMatchObject({ email: 'focal.point@mofa.gov.la', status: 'invited', stateIso3: 'LAO' });
    await expectAudited(db, 'user.invited', invited.id);

    const { mail, token, link } = await lastLinkSentTo(db, 'focal.point@mofa.gov.la');
    expect(mail.subject).toContain('Votre compte');
    expect(mail.status).toBe('held');
    expect(link).toMatch(/^http:\/\/localhost:3000\/invitation#/);

    const described = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/tokens/describe',
      payload: { token },
    });
    expect(described.json()).toEqual({
      email: 'focal.point@mofa.gov.la',
      name: 'Focal Point',
      purpose: 'invitation',
    });

    const weak = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: 'password1234' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details.issues[0]).toEqual({
      path: 'body.password',
      message: 'is too common; choose another',
    });

    const accepted = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: testPassword },
    });
    expect(accepted.statusCode).toBe(204);
    await expectAudited(db, 'user.invitation_accepted', invited.id);
    const again = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/invitations/accept',
      payload: { token, password: testPassword },
    });
    expect(again.statusCode).toBe(404);

    const signIn = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'focal.point@mofa.gov.la', password: testPassword },
    });
    expect(signIn.json().status).toBe('signed_in');
  });

  it('refuses a second account for the same address and a focal point without a State', async () => {
    const user = await createUser(db, { role: 'coordinator' });
    const duplicate = await invite({ email: user.email, name: 'Again', role: 'coordinator' });
    expect(duplicate.statusCode).toBe(409);
    const stateless = await invite({ email: 'x@example.org', name: 'X', role: 'state_focal_point' });
    expect(stateless.statusCode).toBe(400);
    expect(stateless.json().error.details.issues[0].path).toBe('body.stateIso3');
  });

  it('expires an invitation link after seven days, and a re-sent one replaces it', async () => {
    const created = (await invite({ email: 'late@example.org', name: 'Late', role: 'coordinator' })).json();
    const { token: old } = await lastLinkSentTo(db, 'late@example.org');
    await db
      .update(userTokens)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(userTokens.userId, created.id));
    expect(
      (await send(app, { method: 'POST', url: '/api/v1/auth/tokens/describe', payload: { token: old } }))
        .statusCode,
    ).toBe(404);
    const resent = await send(app, {
      method: 'POST',
      url: `/api/v1/users/${created.id}/resend-invitation`,
      cookie: admin.cookie,
    });
    expect(resent.statusCode).toBe(202);
    const { token: fresh } = await lastLinkSentTo(db, 'late@example.org');
    expect(fresh).not.toBe(old);
    expect(
      (await send(app, { method: 'POST', url: '/api/v1/auth/tokens/describe', payload: { token: fresh } }))
        .statusCode,
    ).toBe(200);
    await expectAudited(db, 'user.invitation_resent', created.id);
  });
});

describe('password reset', () => {
  it('answers the same for unknown addresses and mails nothing', async () => {
    const before = await db.select().from(outbox);
    const response = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'ghost@example.org' },
    });
    expect(response.statusCode).toBe(202);
    expect(await db.select().from(outbox)).toHaveLength(before.length);
  });

  it('mails a one-hour link that sets a new password once and ends old sessions', async () => {
    const user = await createUser(db, { role: 'coordinator', language: 'es' });
    const oldSession = await sessionFor(db, user.id);
    expect(
      (
        await send(app, {
          method: 'POST',
          url: '/api/v1/auth/password-reset',
          payload: { email: user.email },
        })
      ).statusCode,
    ).toBe(202);
    const { mail, token } = await lastLinkSentTo(db, user.email);
    expect(mail.subject).toContain('Restablezca');
    const newPassword = 'a brand new passphrase 2026';
    const done = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/password-reset/complete',
      payload: { token, password: newPassword },
    });
    expect(done.statusCode).toBe(204);
    await expectAudited(db, 'user.password_reset', user.id);
    expect((await send(app, { url: '/api/v1/auth/me', cookie: oldSession })).statusCode).toBe(401);
    const signIn = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: user.email, password: newPassword },
    });
    expect(signIn.statusCode).toBe(200);
    const reuse = await send(app, {
      method: 'POST',
      url: '/api/v1/auth/password-reset/complete',
      payload: { token, password: newPassword },
    });
    expect(reuse.statusCode).toBe(404);
  });
});

describe('account', () => {
  it('changes the password after checking the current one, ending other sessions', async () => {
    const user = await createUser(db, { role: 'coordinator' });
    const here = await sessionFor(db, user.id);
    const elsewhere = await sessionFor(db, user.id);
    const wrong = await send(app, {
      method: 'POST',
      url: '/api/v1/account/password',
      cookie: here,
      payload: { currentPassword: 'nope', newPassword: 'another long passphrase' },
    });
    expect(wrong.json().error.details.issues[0].path).toBe('body.currentPassword');
    const short = await send(app, {
      method: 'POST',
      url: '/api/v1/account/password',
      cookie: here,
      payload: { currentPassword: testPassword, newPassword: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toContain('newPassword');
    const ok = await send(app, {
      method: 'POST',
      url: '/api/v1/account/password',
      cookie: here,
      payload: { currentPassword: testPassword, newPassword: 'another long passphrase' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await send(app, { url: '/api/v1/auth/me', cookie: here })).statusCode).toBe(200);
    expect((await send(app, { url: '/api/v1/auth/me', cookie: elsewhere })).statusCode).toBe(401);
    await expectAudited(db, 'user.password_changed', user.id);
  });

  it('changes the profile language', async () => {
    const user = await createUser(db, { role: 'coordinator' });
    const cookie = await sessionFor(db, user.id);
    const response = await send(app, {
      method: 'PATCH',
      url: '/api/v1/account',
      cookie,
      payload: { language: 'es' },
    });
    expect(response.json().language).toBe('es');
    expect((await expectAudited(db, 'user.profile_updated', user.id)).after).toEqual({
      name: user.name,
      language: 'es',
    });
  });
});

describe('user administration', () => {
  it('lists with search, filters and sorting', async () => {
    await createUser(db, { role: 'state_focal_point', stateIso3: 'KHM', name: 'Sokha Chan' });
    await createUser(db, { role: 'state_focal_point', stateIso3: 'VNM', name: 'Nguyen Van A' });
    const byName = await send(app, { url: '/api/v1/users?q=sokha', cookie: admin.cookie });
    expect(byName.json().items.map((u: { name: string }) => u.name)).toEqual(['Sokha Chan']);
    const byState = await send(app, {
      url: '/api/v1/users?role=state_focal_point&stateIso3=VNM',
      cookie: admin.cookie,
    });
    expect(byState.json().total).toBe(1);
    const sorted = await send(app, {
      url: '/api/v1/users?sort=name&order=desc&pageSize=2',
      cookie: admin.cookie,
    });
    const names = sorted.json().items.map((u: { name: string }) => u.name);
    expect(names).toEqual([...names].sort().reverse());
    expect(sorted.json().pageSize).toBe(2);
    expect((await send(app, { url: '/api/v1/users?pageSize=5000', cookie: admin.cookie })).statusCode).toBe(
      400,
    );
  });

  it('changes a role with optimistic locking and signs the person out', async () => {
    const user = await createUser(db, { role: 'coordinator' });
    const theirs = await sessionFor(db, user.id);
    const change = (version: number) =>
      send(app, {
        method: 'PATCH',
        url: `/api/v1/users/${user.id}`,
        cookie: admin.cookie,
        payload: { version, role: 'state_focal_point', stateIso3: 'PER' },
      });
    const first = await change(user.version);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      role: 'state_focal_point',
      stateIso3: 'PER',
      version: user.version + 1,
    });
    expect((await change(user.version)).statusCode).toBe(409);
    expect((await send(app, { url: '/api/v1/auth/me', cookie: theirs })).statusCode).toBe(401);
    const event = await expectAudited(db, 'user.updated', user.id);
    expect(event.before).toMatchObject({ role: 'coordinator' });
    expect(event.after).toMatchObject({ role: 'state_focal_point', stateIso3: 'PER' });
  });

  it('deactivates an account, ending its sessions at once, and reactivates it', async () => {
    const user = await createUser(db, { role: 'coordinator' });
    const theirs = await sessionFor(db, user.id);
    const off = await send(app, {
      method: 'POST',
      url: `/api/v1/users/${user.id}/deactivate`,
      cookie: admin.cookie,
    });
    expect(off.json().status).toBe('deactivated');
    expect((await send(app, { url: '/api/v1/auth/me', cookie: theirs })).statusCode).toBe(401);
    await expectAudited(db, 'user.deactivated', user.id);
    const on = await send(app, {
      method: 'POST',
      url: `/api/v1/users/${user.id}/reactivate`,
      cookie: admin.cookie,
    });
    expect(on.json().status).toBe('active');
    expect(
      (
        await send(app, {
          method: 'POST',
          url: `/api/v1/users/${admin.user.id}/deactivate`,
          cookie: admin.cookie,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('sends abilities so the page shows only allowed actions', async () => {
    const self = await send(app, { url: `/api/v1/users/${admin.user.id}`, cookie: admin.cookie });
    expect(self.json().abilities).toMatchObject({ deactivate: false, changeRole: false, edit: true });
  });
});

describe('first run', () => {
  it('creates the first administrator once, with a set-up link', async () => {
    const { db: emptyDb } = await createTestApp();
    const env = { publicUrl: 'http://localhost:3000', mailMode: 'hold' as const };
    const link = await ensureFirstAdmin(emptyDb, env, 'Director@ISU.example');
    expect(link).toMatch(/\/invitation#/);
    expect(await ensureFirstAdmin(emptyDb, env, 'other@isu.example')).toBeNull();
    await expectAudited(emptyDb, 'user.invited');
  });
});
