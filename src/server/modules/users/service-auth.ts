import { and, eq, isNull, sql } from 'drizzle-orm';
import type { SignInResult } from '../../../shared/contracts/auth.js';
import { roleRequiresSecondFactor } from '../../../shared/roles.js';
import type { Ctx } from '../../http/context.js';
import { AppError, notFound, validationFailed } from '../../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { findLiveToken, mailLink } from './links.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { toCurrentUser } from './present.js';
import { verifySecondFactor } from './second-factor.js';
import { createSession, endAllSessions, endSession, type LoadedSession, upgradeSession } from './sessions.js';
import { users, userTokens } from './tables.js';
import {
  assertNotLocked,
  clearFailures,
  recordFailure,
  type ThrottleKey,
  throttleRules,
} from './throttle.js';

type Client = { userAgent: string | undefined };

const ipKey = (ip: string): ThrottleKey => ({ key: `ip:${ip}`, rule: throttleRules.ip });

export async function signIn(
  ctx: Ctx,
  input: { email: string; password: string } & Client,
): Promise<{ result: SignInResult; token?: string }> {
  const keys = [{ key: `account:${input.email}`, rule: throttleRules.account }, ipKey(ctx.ip)];
  await assertNotLocked(ctx.db, keys);
  const [user] = await ctx.db.select().from(users).where(eq(users.email, input.email));
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.status !== 'active') {
    await recordFailure(ctx.db, keys);
    if (user) {
      await ctx.db.transaction((tx) =>
        recordAudit(tx, ctx, { action: 'user.sign_in_failed', entityType: 'user', entityId: user.id }),
      );
    }
    throw new AppError('unauthenticated', 'The e-mail address or the password is not right');
  }
  await clearFailures(ctx.db, keys[0]?.key ?? '');
  const stage = user.totpEnabledAt ? 'totp' : roleRequiresSecondFactor(user.role) ? 'enrol' : 'full';
  return ctx.db.transaction(async (tx) => {
    const token = await createSession(tx, { userId: user.id, stage, ip: ctx.ip, userAgent: input.userAgent });
    if (stage === 'totp') return { result: { status: 'totp_required' as const }, token };
    if (stage === 'enrol') return { result: { status: 'totp_enrolment_required' as const }, token };
    const [fresh] = await tx
      .update(users)
      .set({ lastSignInAt: sql`now()` })
      .where(eq(users.id, user.id))
      .returning();
    await recordAudit(tx, ctx, { action: 'user.signed_in', entityType: 'user', entityId: user.id });
    return { result: { status: 'signed_in' as const, user: toCurrentUser(fresh ?? user) }, token };
  });
}

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
export async function completeSignIn(ctx: Ctx, session: LoadedSession, input: { code: string } & Client) {
  const keys = [{ key: `totp:${session.userId}`, rule: throttleRules.totp }, ipKey(ctx.ip)];
  await assertNotLocked(ctx.db, keys);
  return ctx.db.transaction(async (tx) => {
    const method = await verifySecondFactor(tx, session.userId, input.code);
    if (!method) {
      // Counted outside this transaction, which rolls back with the error.
      await recordFailure(ctx.db, keys);
      throw validationFailed([
        { path: 'body.code', message: 'is not valid, has expired or was already used' },
      ]);
    }
    const token = await upgradeSession(tx, session.id, ctx.ip, input.userAgent);
    if (!token) throw new AppError('unauthenticated', 'The sign-in has expired; start again');
    const [user] = await tx
      .update(users)
      .set({ lastSignInAt: sql`now()` })
      .where(eq(users.id, session.userId))
      .returning();
    const actorCtx = {
      ...ctx,
      actor: { userId: session.userId, role: session.role, stateIso3: session.stateIso3 },
    };
    await recordAudit(tx, actorCtx, {
      action: 'user.signed_in',
      entityType: 'user',
      entityId: session.userId,
      after: { method },
    });
    return { token, user: toCurrentUser(user as NonNullable<typeof user>) };
  });
}

export async function signOut(ctx: Ctx, session: LoadedSession) {
  await ctx.db.transaction(async (tx) => {
    await endSession(tx, session.id);
    await recordAudit(tx, ctx, { action: 'user.signed_out', entityType: 'user', entityId: session.userId });
  });
}

/** Always answers the same, whether or not the address has an account. */
export async function requestPasswordReset(ctx: Ctx, email: string) {
  const keys = [{ key: `reset:${email}`, rule: throttleRules.reset }, ipKey(ctx.ip)];
  try {
    await assertNotLocked(ctx.db, keys);
  } catch {
    return;
  }
  await recordFailure(ctx.db, keys);
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.email, email), eq(users.status, 'active')));
  if (!user) return;
  await ctx.db.transaction(async (tx) => {
    await mailLink(tx, ctx, user, 'password_reset');
    await recordAudit(tx, ctx, {
      action: 'user.password_reset_requested',
      entityType: 'user',
      entityId: user.id,
    });
  });
}

export async function describeToken(ctx: Ctx, token: string) {
  const live = await findLiveToken(ctx.db, token);
  if (!live) throw notFound('This link is unknown, used or expired. Ask for a new one.');
  const [user] = await ctx.db.select().from(users).where(eq(users.id, live.userId));
  if (!user) throw notFound('Account');
  return { email: user.email, name: user.name, purpose: live.purpose };
}

/** Sets a password through an invitation or reset link; the link works once. */
export async function setPasswordWithToken(
  ctx: Ctx,
  purpose: 'invitation' | 'password_reset',
  input: { token: string; password: string },
) {
  const live = await findLiveToken(ctx.db, input.token, purpose);
  if (!live) throw notFound('This link is unknown, used or expired. Ask for a new one.');
  const [user] = await ctx.db.select().from(users).where(eq(users.id, live.userId));
  if (!user || user.status === 'deactivated') throw notFound('Account');
  const problem = passwordProblem(input.password, user.email);
  if (problem) throw validationFailed([{ path: 'body.password', message: problem }]);
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(userTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(userTokens.tokenHash, live.tokenHash), isNull(userTokens.usedAt)))
      .returning();
    if (!claimed) throw notFound('This link was just used');
    await tx
      .update(users)
      .set({ passwordHash, status: 'active', updatedAt: sql`now()`, version: sql`${users.version} + 1` })
      .where(eq(users.id, user.id));
    await endAllSessions(tx, user.id);
    const action = purpose === 'invitation' ? 'user.invitation_accepted' : 'user.password_reset';
    await recordAudit(tx, ctx, {
      action,
      entityType: 'user',
      entityId: user.id,
      before: { status: user.status },
      after: { status: 'active' },
    });
  });
}
