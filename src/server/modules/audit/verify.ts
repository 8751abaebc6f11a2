import { asc, gt } from 'drizzle-orm';
import type { Queryable } from '../../db/tx.js';
import { eventHash, genesisHash } from './chain.js';
import { auditEvents } from './tables.js';

export type ChainReport =
  | { ok: true; events: number; headHash: string }
  | { ok: false; events: number; brokenAtId: string; reason: string };

/**
 * Walks the whole chain in id order. An edited row no longer matches its hash; a removed row
 * leaves its successor pointing at a hash that is not the previous row's.
 */
export async function verifyAuditChain(db: Queryable, batchSize = 5000): Promise<ChainReport> {
  let prevHash = genesisHash;
  let lastId = 0n;
  let events = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, lastId))
      .orderBy(asc(auditEvents.id))
      .limit(batchSize);
    for (const row of rows) {
      events++;
      const id = String(row.id);
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          events,
          brokenAtId: id,
          reason: 'an event before this one was removed or altered',
        };
      }
      const { id: _id, prevHash: _prev, hash, ...fields } = row;
      const occurredAt = fields.occurredAt.toISOString();
      if (eventHash(prevHash, { ...fields, occurredAt }) !== hash) {
        return { ok: false, events, brokenAtId: id, reason: 'this event was edited after it was written' };
      }
      prevHash = hash;
      lastId = row.id;
    }
    if (rows.length < batchSize) return { ok: true, events, headHash: prevHash };
  }
}
