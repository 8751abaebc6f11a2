import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { purgeExpired, runExclusive } from './jobs.js';
import { authThrottle, sessions } from './modules/users/tables.js';
import { createUser, sessionFor } from './test/factories.js';
import { createTestDatabase } from './test/test-app.js';

const { db, drop } = await createTestDatabase();

describe('scheduled jobs', () => {
  it('runs an exclusive job in one place at a time', async () => {
    let release: () => void = () => {};
    const running = runExclusive(db, 42, () => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await runExclusive(db, 42, async () => {})).toBe(false);
    release();
    expect(await running).toBe(true);
    expect(await runExclusive(db, 42, async () => {})).toBe(true);
  });

  it('purges long-expired sessions and throttle counters, keeping live ones', async () => {
    const user = await createUser(db, { role: 'coordinator' });
    await sessionFor(db, user.id);
    await sessionFor(db, user.id);
    const [old] = await db.select().from(sessions).where(eq(sessions.userId, user.id)).limit(1);
    await db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '2 days'` })
      .where(eq(sessions.id, old?.id as string));
    await db.insert(authThrottle).values([
      { key: 'account:old@example.org', failures: 2, windowStartedAt: sql`now() - interval '3 days'` },
      { key: 'account:new@example.org', failures: 2 },
    ]);
    await purgeExpired(db);
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(1);
    expect((await db.select().from(authThrottle)).map((row) => row.key)).toEqual(['account:new@example.org']);
    await drop();
  });
});
