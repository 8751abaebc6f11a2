import { and, eq, lte, sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Database } from '../db/client.js';
import { outbox } from './tables.js';

/** Minutes to wait before each retry; after the last, the message is marked failed. */
export const retryDelaysMinutes = [1, 5, 30, 120];

export function smtpTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl);
}

/**
 * Sends the messages that are due. Rows are claimed with SKIP LOCKED, so two instances never
 * send the same message; a crash between send and commit can at worst send one twice.
 */
export async function deliverDueMail(db: Database, transport: Transporter, from: string, batch = 20) {
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < batch; i++) {
    const outcome = await db.transaction(async (tx) => {
      const [message] = await tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, sql`now()`)))
        .orderBy(outbox.nextAttemptAt)
        .limit(1)
        .for('update', { skipLocked: true });
      if (!message) return 'none' as const;
      try {
        await transport.sendMail({
          from,
          to: message.recipient,
          subject: message.subject,
          text: message.body,
        });
        await tx
          .update(outbox)
          .set({ status: 'sent', sentAt: sql`now()`, attempts: message.attempts + 1 })
          .where(eq(outbox.id, message.id));
        return 'sent' as const;
      } catch (error) {
        const attempts = message.attempts + 1;
        const delay = retryDelaysMinutes[attempts - 1];
        await tx
          .update(outbox)
          .set({
            attempts,
            lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
            status: delay === undefined ? 'failed' : 'pending',
            nextAttemptAt: sql`now() + make_interval(mins => ${delay ?? 0})`,
          })
          .where(eq(outbox.id, message.id));
        return 'failed' as const;
      }
    });
    if (outcome === 'none') break;
    if (outcome === 'sent') sent++;
    else failed++;
  }
  return { sent, failed };
}
