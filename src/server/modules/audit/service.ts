import { desc, sql } from 'drizzle-orm';
import type { Tx } from '../../db/tx.js';
import type { Ctx } from '../../http/context.js';
import { type ChainedFields, eventHash, genesisHash } from './chain.js';
import { auditEvents } from './tables.js';

export type AuditEntry = {
  /** `entity.verb`, e.g. `user.invited`. */
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
};

/** Serialises writers of the chain; the lock ends with the transaction. */
const chainLockKey = 7_032_009;

/**
 * Records what an actor did, inside the transaction that did it: the event exists if and only if
 * the change was committed.
 */
export async function recordAudit(tx: Tx, ctx: Pick<Ctx, 'actor' | 'requestId' | 'ip'>, entry: AuditEntry) {
  await tx.execute(sql`select pg_advisory_xact_lock(${chainLockKey})`);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const fields: ChainedFields = {
    occurredAt: new Date().toISOString(),
    actorId: ctx.actor?.userId ?? null,
    actorRole: ctx.actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: toJson(entry.before),
    after: toJson(entry.after),
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
  const prevHash = last?.hash ?? genesisHash;
  await tx.insert(auditEvents).values({
    ...fields,
    occurredAt: new Date(fields.occurredAt),
    prevHash,
    hash: eventHash(prevHash, fields),
  });
}

/** Dates become ISO strings and undefined disappears, exactly as jsonb will give them back. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
