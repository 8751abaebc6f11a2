import type { Tx } from '../db/tx.js';
import { outbox } from './tables.js';

export type MailMode = 'smtp' | 'hold';

/**
 * Queues an e-mail in the caller's transaction: it exists exactly when the change that caused it
 * was committed. Without SMTP it is held in the outbox for administrators to read and forward.
 */
export async function queueMail(
  tx: Tx,
  mode: MailMode,
  message: { recipient: string; subject: string; body: string; language: string; kind: string },
) {
  const [row] = await tx
    .insert(outbox)
    .values({ ...message, status: mode === 'smtp' ? 'pending' : 'held' })
    .returning({ id: outbox.id });
  return row?.id;
}
