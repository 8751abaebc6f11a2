import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';

/** The fields of an audit event that its hash covers, in a form that reads back identically. */
export type ChainedFields = {
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
};

export const genesisHash = '0'.repeat(64);

/** Keys are sorted so the hash does not depend on how jsonb reorders them. */
export function eventHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(stringify(fields) ?? '')
    .digest('hex');
}
