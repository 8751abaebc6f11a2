import { and, desc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../http/context.js';
import { AppError, notFound, validationFailed } from '../../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { toCurrentUser } from './present.js';
import { replaceRecoveryCodes, verifySecondFactor } from './second-factor.js';
import { endAllSessions, endSession, type LoadedSession, upgradeSession } from './sessions.js';
import { sessions, users } from './tables.js';
import { sha256 } from './tokens.js';
import { acceptedStep, enrolmentFor, newTotpSecret } from './totp.js';

async function loadUser(ctx: Ctx, userId: string) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user) throw notFound('Account');
  return user;
}

export async function currentUser(ctx: Ctx, userId: string) {
  return toCurrentUser(await loadUser(ctx, userId));
}

export async function updateProfile(
  ctx: Ctx,
  userId: string,
  input: { name?: string; language?: 'en' | 'fr' | 'es' },
) {
  const before = await loadUser(ctx, userId);
  return ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({ ...input, updatedAt: sql`now()`, version: sql`${users.version} + 1` })
      .where(eq(users.id, userId))
      .returning();
    if (!after) throw notFound('Account');
    await recordAudit(tx, ctx, {
      action: 'user.profile_updated',
      entityType: 'user',
      entityId: userId,
      before: { name: before.name, language: before.language },
      after: { name: after.name, language: after.language },
    });
    return toCurrentUser(after);
  });
}

/** A new password ends every other session: whoever knew the old one is signed out. */
export async function changePassword(
  ctx: Ctx,
  session: LoadedSession,
  input: { currentPassword: string; newPassword: string },
) {
  const user = await loadUser(ctx, session.userId);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw validationFailed([{ path: 'body.currentPassword', message: 'is not right' }]);
  }
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) throw validationFailed([{ path: 'body.newPassword', message: problem }]);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, user.id));
    await endAllSessions(tx, user.id, session.id);
    await recordAudit(tx, ctx, { action: 'user.password_changed', entityType: 'user', entityId: user.id });
  });
}

export async function listSessions(ctx: Ctx, session: LoadedSession) {
  const rows = await ctx.db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, session.userId),
        eq(sessions.stage, 'full'),
        sql`${sessions.expiresAt} > now()`,
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
  return {
    items: rows.map((row) => ({
      // The table's key opens nothing; a second hash keeps even that out of the page.
      id: sha256(row.id).slice(0, 32),
      createdAt: row.createdAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      ip: row.ip,
      userAgent: row.userAgent,
      current: row.id === session.id,
    })),
  };
}

export async function endOwnSession(ctx: Ctx, session: LoadedSession, publicId: string) {
  const rows = await ctx.db
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.userId, session.userId));
  const target = rows.find((row) => sha256(row.id).slice(0, 32) === publicId);
  if (!target) throw notFound('Session');
  await ctx.db.transaction(async (tx) => {
    await endSession(tx, target.id);
    await recordAudit(tx, ctx, {
      action: 'user.session_ended',
      entityType: 'user',
      entityId: session.userId,
    });
  });
}

export async function signOutEverywhere(ctx: Ctx, session: LoadedSession) {
  await ctx.db.transaction(async (tx) => {
    await endAllSessions(tx, session.userId);
    await recordAudit(tx, ctx, {
      action: 'user.signed_out_everywhere',
      entityType: 'user',
      entityId: session.userId,
    });
  });
}

export async function startTotpEnrolment(ctx: Ctx, session: LoadedSession) {
  const user = await loadUser(ctx, session.userId);
  if (user.totpEnabledAt)
    throw new AppError('invalid_state', 'A second factor is already set up for this account');
  const secret = newTotpSecret();
  await ctx.db.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, user.id));
  return enrolmentFor(secret, user.email);
}

/**
 * Confirms the authenticator app with a first code, then hands out ten recovery codes once.
 * A session that was waiting for enrolment becomes a full session.
 */
export async function confirmTotpEnrolment(
  ctx: Ctx,
  session: LoadedSession,
  input: { code: string; userAgent: string | undefined },
) {
  return ctx.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, session.userId)).for('update');
    if (!user?.totpPendingSecret)
      throw new AppError('invalid_state', 'Start the set-up of the second factor first');
    const step = acceptedStep(user.totpPendingSecret, input.code);
    if (step === null)
      throw validationFailed([
        { path: 'body.code', message: 'does not match; check the clock of your phone' },
      ]);
    await tx
      .update(users)
      .set({
        totpSecret: user.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: sql`now()`,
        totpLastStep: step,
      })
      .where(eq(users.id, user.id));
    const codes = await replaceRecoveryCodes(tx, user.id);
    const token =
      session.stage === 'enrol' ? await upgradeSession(tx, session.id, ctx.ip, input.userAgent) : null;
    const actorCtx = { ...ctx, actor: { userId: user.id, role: user.role, stateIso3: user.stateIso3 } };
    await recordAudit(tx, actorCtx, { action: 'user.totp_enrolled', entityType: 'user', entityId: user.id });
    if (token) {
      // Enrolment was the last step of signing in.
      await tx.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, user.id));
      await recordAudit(tx, actorCtx, {
        action: 'user.signed_in',
        entityType: 'user',
        entityId: user.id,
        after: { method: 'totp_enrolment' },
      });
    }
    return { recoveryCodes: codes, token };
  });
}

export async function regenerateRecoveryCodes(ctx: Ctx, session: LoadedSession, code: string) {
  return ctx.db.transaction(async (tx) => {
    if (!(await verifySecondFactor(tx, session.userId, code))) {
      throw validationFailed([
        { path: 'body.code', message: 'is not valid, has expired or was already used' },
      ]);
    }
    const codes = await replaceRecoveryCodes(tx, session.userId);
    await recordAudit(tx, ctx, {
      action: 'user.recovery_codes_replaced',
      entityType: 'user',
      entityId: session.userId,
    });
    return { recoveryCodes: codes };
  });
}
