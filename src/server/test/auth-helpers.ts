import { desc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Database } from '../db/client.js';
import { outbox } from '../mail/tables.js';
import { auditEvents } from '../modules/audit/tables.js';

/** The last audit event, to assert that a mutation recorded itself. */
export async function lastAuditEvent(db: Database) {
  const [event] = await db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  return event;
}

export async function expectAudited(db: Database, action: string, entityId?: string) {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(desc(auditEvents.id));
  const match = rows.find((row) => entityId === undefined || row.entityId === entityId);
  expect(match, `audit event ${action}${entityId ? ` for ${entityId}` : ''}`).toBeDefined();
  return match as NonNullable<typeof match>;
}

/** The link (with its token in the fragment) of the newest e-mail to that address. */
export async function lastLinkSentTo(db: Database, recipient: string) {
  const [mail] = await db
    .select()
    .from(outbox)
    .where(eq(outbox.recipient, recipient))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  const link = mail?.body.match(/https?:\/\/\S+#(\S+)/);
  if (!mail || !link?.[1]) throw new Error(`no link mailed to ${recipient}`);
  return { mail, token: link[1], link: link[0] };
}
