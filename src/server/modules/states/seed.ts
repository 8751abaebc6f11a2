import { count, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { recordAudit } from '../audit/service.js';
import { referenceEvents, referenceStates } from './reference.js';
import { states, treatyEvents, universalizationTargets } from './tables.js';

export const defaultTargets = [
  {
    label: 'Dubrovnik Action Plan: 130 States Parties',
    parties: 130,
    byDate: '2020-12-31',
    source: 'Dubrovnik Action Plan (2RC, 2020); Philippine Mission press release, 17 Sep 2019',
  },
];

/**
 * Loads the reference States and their treaty events on the first start. A database that already
 * has States is left alone: from then on the ISU keeps the records.
 */
export async function ensureStatesLoaded(db: Database): Promise<boolean> {
  const loaded = await db.transaction(async (tx) => {
    await tx.execute(sql`lock table states in exclusive mode`);
    const [existing] = await tx.select({ n: count() }).from(states);
    if ((existing?.n ?? 0) > 0) return false;
    const stateRows = referenceStates();
    const eventRows = referenceEvents();
    await tx.insert(states).values(stateRows);
    await tx.insert(treatyEvents).values(eventRows);
    await tx.insert(universalizationTargets).values(defaultTargets);
    await recordAudit(
      tx,
      { actor: null, requestId: 'reference-load', ip: '127.0.0.1' },
      {
        action: 'states.reference_loaded',
        entityType: 'state',
        entityId: null,
        after: { states: stateRows.length, events: eventRows.length },
      },
    );
    return true;
  });
  // The planner must see the new rows before the first requests.
  if (loaded) await db.execute(sql`analyze states; analyze treaty_events`);
  return loaded;
}
