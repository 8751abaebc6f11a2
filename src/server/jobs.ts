import { Cron } from 'croner';
import { sql } from 'drizzle-orm';
import { todayUtc } from '../domain/calendar.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { deliverDueMail, smtpTransport } from './mail/delivery.js';
import { sendDeadlineReminders } from './modules/obligations/reminders.js';

type Log = { info(obj: object, msg: string): void; error(obj: object, msg: string): void };

/**
 * Runs `work` only if no other instance is running the same job now: the advisory lock is
 * held on one connection for the duration.
 */
export async function runExclusive(db: Database, key: number, work: () => Promise<void>): Promise<boolean> {
  const client = await db.$client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [
      key,
    ]);
    if (!rows[0]?.locked) return false;
    try {
      await work();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [key]);
    }
    return true;
  } finally {
    client.release();
  }
}

/** Drops what has expired: sessions, used or stale links, old throttle counters. */
export async function purgeExpired(db: Database) {
  await db.execute(sql`delete from sessions where expires_at < now() - interval '1 day'`);
  await db.execute(sql`delete from user_tokens where expires_at < now() - interval '30 days'`);
  await db.execute(
    sql`delete from auth_throttle where coalesce(locked_until, window_started_at) < now() - interval '1 day'`,
  );
}

export const jobKeys = { purge: 7_032_100, reminders: 7_032_101 } as const;

/** The platform's scheduled work. Mail delivery is safe to run everywhere (rows are claimed). */
export function startJobs(db: Database, config: Config, log: Log): () => void {
  const jobs: Cron[] = [];
  const guard = (name: string) => (error: unknown) =>
    log.error({ err: error, job: name }, 'scheduled job failed');
  if (config.smtpUrl) {
    const transport = smtpTransport(config.smtpUrl);
    jobs.push(
      new Cron('*/15 * * * * *', { protect: true, catch: guard('mail') }, async () => {
        const { sent, failed } = await deliverDueMail(db, transport, config.mailFrom);
        if (sent || failed) log.info({ sent, failed }, 'mail delivery');
      }),
    );
  }
  jobs.push(
    new Cron('17 3 * * *', { protect: true, catch: guard('purge') }, async () => {
      await runExclusive(db, jobKeys.purge, () => purgeExpired(db));
    }),
    new Cron('0 6 * * *', { protect: true, catch: guard('reminders'), timezone: 'UTC' }, async () => {
      const env = {
        publicUrl: config.publicUrl,
        mailMode: config.smtpUrl ? ('smtp' as const) : ('hold' as const),
      };
      await runExclusive(db, jobKeys.reminders, async () => {
        const { sent } = await sendDeadlineReminders(db, env, todayUtc());
        log.info({ sent }, 'deadline reminders');
      });
    }),
  );
  return () => {
    for (const job of jobs) job.stop();
  };
}
