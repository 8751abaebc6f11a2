import { and, gt, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/tx.js';
import { AppError } from '../../http/errors.js';
import { authThrottle } from './tables.js';

/**
 * Brute-force limits kept in the database so every instance sees the same counts. A key is
 * locked for `lockMinutes` once `maxFailures` happen within `windowMinutes`; it unlocks by time,
 * never by an administrator.
 */
export type ThrottleRule = { maxFailures: number; windowMinutes: number; lockMinutes: number };

export const throttleRules = {
  account: { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 },
  ip: { maxFailures: 30, windowMinutes: 15, lockMinutes: 15 },
  totp: { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 },
  reset: { maxFailures: 3, windowMinutes: 60, lockMinutes: 60 },
} satisfies Record<string, ThrottleRule>;

export type ThrottleKey = { key: string; rule: ThrottleRule };

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', `Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`, {
      retryAfterSeconds,
    });
  }
}

/** Throws RateLimitedError while any of the keys is locked. */
export async function assertNotLocked(db: Queryable, keys: ThrottleKey[]) {
  const [row] = await db
    .select({ seconds: sql<number>`ceil(extract(epoch from max(${authThrottle.lockedUntil}) - now()))::int` })
    .from(authThrottle)
    .where(
      and(
        inArray(
          authThrottle.key,
          keys.map((k) => k.key),
        ),
        gt(authThrottle.lockedUntil, sql`now()`),
      ),
    );
  if (row?.seconds && row.seconds > 0) throw new RateLimitedError(row.seconds);
}

/** Counts one failure for each key, locking those that reach their limit. */
export async function recordFailure(db: Queryable, keys: ThrottleKey[]) {
  for (const { key, rule } of keys) {
    await db.execute(sql`
      insert into auth_throttle as t (key, failures, window_started_at)
      values (${key}, 1, now())
      on conflict (key) do update set
        failures = case when t.window_started_at < now() - make_interval(mins => ${rule.windowMinutes})
                        then 1 else t.failures + 1 end,
        window_started_at = case when t.window_started_at < now() - make_interval(mins => ${rule.windowMinutes})
                                 then now() else t.window_started_at end`);
    await db.execute(sql`
      update auth_throttle set locked_until = now() + make_interval(mins => ${rule.lockMinutes}), failures = 0,
        window_started_at = now()
      where key = ${key} and failures >= ${rule.maxFailures}`);
  }
}

export async function clearFailures(db: Queryable, key: string) {
  await db.delete(authThrottle).where(inArray(authThrottle.key, [key]));
}
