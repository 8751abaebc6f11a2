import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { inviteBody, updateUserBody, userListQuery } from '../../../shared/contracts/users.js';
import { isAdmin } from '../../../shared/roles.js';
import type { Database } from '../../db/client.js';
import { containsPattern } from '../../db/search.js';
import type { Ctx } from '../../http/context.js';
import { AppError, forbidden, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { issueLink, mailLink } from './links.js';
import { auditedUser, toUserSummary } from './present.js';
import { endAllSessions } from './sessions.js';
import { users } from './tables.js';

function assertAdmin(ctx: Ctx) {
  if (!isAdmin(ctx.actor)) throw forbidden('Only ISU administrators manage accounts');
}

const sortColumns = {
  name: users.name,
  email: users.email,
  role: users.role,
  createdAt: users.createdAt,
  lastSignInAt: users.lastSignInAt,
};

export async function listUsers(ctx: Ctx, query: z.infer<typeof userListQuery>) {
  assertAdmin(ctx);
  const filters: (SQL | undefined)[] = [
    // Same expression as users_search_idx, so the trigram index serves the search.
    query.q ? sql`lower(${users.name} || ' ' || ${users.email}) like ${containsPattern(query.q)}` : undefined,
    query.role ? eq(users.role, query.role) : undefined,
    query.stateIso3 ? eq(users.stateIso3, query.stateIso3) : undefined,
    query.status ? eq(users.status, query.status) : undefined,
  ];
  const where = and(...filters);
  const column = sortColumns[query.sort];
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(users)
      .where(where)
      .orderBy(query.order === 'desc' ? desc(column) : asc(column), asc(users.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(users).where(where),
  ]);
  return {
    items: rows.map((row) => toUserSummary(ctx.actor, row)),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function loadUser(db: Database, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  if (!user) throw notFound('User');
  return user;
}

export async function getUser(ctx: Ctx, id: string) {
  assertAdmin(ctx);
  return toUserSummary(ctx.actor, await loadUser(ctx.db, id));
}

/** Invites a person: the account waits for them to choose a password through the e-mailed link. */
export async function inviteUser(ctx: Ctx, input: z.infer<typeof inviteBody>) {
  assertAdmin(ctx);
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ ...input, status: 'invited' })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!created) throw new AppError('conflict', `An account for ${input.email} already exists`);
    await mailLink(tx, ctx, created, 'invitation');
    await recordAudit(tx, ctx, {
      action: 'user.invited',
      entityType: 'user',
      entityId: created.id,
      after: auditedUser(created),
    });
    return toUserSummary(ctx.actor, created);
  });
}

/** Edits with optimistic locking: a stale version gets 409 instead of overwriting someone's change. */
export async function updateUser(ctx: Ctx, id: string, input: z.infer<typeof updateUserBody>) {
  assertAdmin(ctx);
  const before = await loadUser(ctx.db, id);
  const role = input.role ?? before.role;
  const stateIso3 =
    input.stateIso3 !== undefined ? input.stateIso3 : role === 'state_focal_point' ? before.stateIso3 : null;
  if (role === 'state_focal_point' && !stateIso3) {
    throw new AppError('validation_failed', 'stateIso3: is required for a State focal point', {
      issues: [{ path: 'body.stateIso3', message: 'is required for a State focal point' }],
    });
  }
  if (id === ctx.actor?.userId && role !== before.role) throw forbidden('You cannot change your own role');
  const { version, ...changes } = input;
  return ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({ ...changes, role, stateIso3, updatedAt: sql`now()`, version: sql`${users.version} + 1` })
      .where(and(eq(users.id, id), eq(users.version, version)))
      .returning();
    if (!after)
      throw new AppError('conflict', 'This account was changed by someone else; reload and try again');
    // A new role or State takes effect at once: the person signs in again under it.
    if (after.role !== before.role || after.stateIso3 !== before.stateIso3) await endAllSessions(tx, id);
    await recordAudit(tx, ctx, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      before: auditedUser(before),
      after: auditedUser(after),
    });
    return toUserSummary(ctx.actor, after);
  });
}

export async function setUserActive(ctx: Ctx, id: string, active: boolean) {
  assertAdmin(ctx);
  if (id === ctx.actor?.userId) throw forbidden('You cannot deactivate your own account');
  const before = await loadUser(ctx.db, id);
  const status = active ? (before.passwordHash ? 'active' : 'invited') : 'deactivated';
  if (!active && before.status === 'deactivated')
    throw new AppError('invalid_state', 'This account is already deactivated');
  if (active && before.status !== 'deactivated')
    throw new AppError('invalid_state', 'This account is not deactivated');
  return ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({ status, updatedAt: sql`now()`, version: sql`${users.version} + 1` })
      .where(eq(users.id, id))
      .returning();
    if (!active) await endAllSessions(tx, id);
    await recordAudit(tx, ctx, {
      action: active ? 'user.reactivated' : 'user.deactivated',
      entityType: 'user',
      entityId: id,
      before: { status: before.status },
      after: { status },
    });
    return toUserSummary(ctx.actor, after ?? before);
  });
}

export async function resendInvitation(ctx: Ctx, id: string) {
  assertAdmin(ctx);
  const user = await loadUser(ctx.db, id);
  if (user.status !== 'invited')
    throw new AppError('invalid_state', 'Only a pending invitation can be sent again');
  await ctx.db.transaction(async (tx) => {
    await mailLink(tx, ctx, user, 'invitation');
    await recordAudit(tx, ctx, { action: 'user.invitation_resent', entityType: 'user', entityId: id });
  });
}

/**
 * First run: with no account at all, creates the first administrator from ADMIN_EMAIL and
 * returns a set-up link to print on the console. Returns null when accounts already exist.
 */
export async function ensureFirstAdmin(db: Database, env: Ctx['env'], email: string): Promise<string | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table users in exclusive mode`);
    const [existing] = await tx.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0) return null;
    const [admin] = await tx
      .insert(users)
      .values({ email: email.toLowerCase(), name: 'ISU administrator', role: 'isu_admin', status: 'invited' })
      .returning();
    if (!admin) return null;
    const link = await issueLink(tx, { env }, admin, 'invitation');
    const systemCtx = { actor: null, requestId: 'first-run', ip: '127.0.0.1' };
    await recordAudit(tx, systemCtx, {
      action: 'user.invited',
      entityType: 'user',
      entityId: admin.id,
      after: auditedUser(admin),
    });
    return link;
  });
}
