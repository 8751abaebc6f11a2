import { and, eq, gt, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/roles.js';
import type { Database } from '../../db/client.js';
import type { Queryable } from '../../db/tx.js';
import { sessions, users } from './tables.js';
import { newToken, sha256 } from './tokens.js';

export type SessionStage = 'totp' | 'enrol' | 'full';

/** How long a session lives: idle limit, absolute limit, and the short life of a half sign-in. */
export const sessionLimits = {
  idleMinutes: 120,
  absoluteHours: 12,
  pendingMinutes: 15,
  /** last_seen_at is written at most this often, to keep reads cheap. */
  touchSeconds: 60,
};

export type LoadedSession = {
  id: string;
  stage: SessionStage;
  userId: string;
  role: Role;
  stateIso3: string | null;
};

export async function createSession(
  db: Queryable,
  input: { userId: string; stage: SessionStage; ip: string; userAgent: string | undefined },
): Promise<string> {
  const { token, hash } = newToken();
  const lifetime =
    input.stage === 'full'
      ? sql`now() + make_interval(hours => ${sessionLimits.absoluteHours})`
      : sql`now() + make_interval(mins => ${sessionLimits.pendingMinutes})`;
  await db.insert(sessions).values({
    id: hash,
    userId: input.userId,
    stage: input.stage,
    expiresAt: lifetime,
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

/** Completing the second factor replaces the session id, so a token seen before it is worthless. */
export async function upgradeSession(db: Queryable, oldId: string, ip: string, userAgent?: string) {
  const [old] = await db.delete(sessions).where(eq(sessions.id, oldId)).returning();
  if (!old) return null;
  return createSession(db, { userId: old.userId, stage: 'full', ip, userAgent });
}

export async function loadSession(db: Database, token: string): Promise<LoadedSession | null> {
  const id = sha256(token);
  const [row] = await db
    .select({
      id: sessions.id,
      stage: sessions.stage,
      userId: users.id,
      role: users.role,
      stateIso3: users.stateIso3,
      stale: sql<boolean>`${sessions.lastSeenAt} < now() - make_interval(secs => ${sessionLimits.touchSeconds})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, id),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.lastSeenAt, sql`now() - make_interval(mins => ${sessionLimits.idleMinutes})`),
        eq(users.status, 'active'),
      ),
    );
  if (!row) return null;
  if (row.stale) await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, id));
  return { id: row.id, stage: row.stage, userId: row.userId, role: row.role, stateIso3: row.stateIso3 };
}

export async function endSession(db: Queryable, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function endAllSessions(db: Queryable, userId: string, exceptId?: string) {
  await db
    .delete(sessions)
    .where(
      exceptId
        ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptId}`)
        : eq(sessions.userId, userId),
    );
}
