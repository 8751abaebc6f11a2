import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { count, sql } from 'drizzle-orm';
import { positionOn } from '../../../domain/treaty/status.js';
import type { Database } from '../../db/client.js';
import { projectRoot } from '../../paths.js';
import { recordAudit } from '../audit/service.js';
import { ensureMeetingsLoaded } from '../meetings/seed.js';
import { asDomainEvents, loadRegistry } from '../states/queries.js';
import { completions, extensionRequests, obligationFacts } from './tables.js';

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Completed before Aug 2019" → 2019-08-01: only an upper bound is known. */
export function completedBefore(notes: string): string | null {
  const match = notes.match(/Completed before (\w{3})\w* (\d{4})/i);
  const month = match ? months.indexOf((match[1] ?? '').toLowerCase()) : -1;
  return match && month >= 0 ? `${match[2]}-${String(month + 1).padStart(2, '0')}-01` : null;
}

/**
 * Loads the known history of Art. 3 and Art. 4 obligations on the first start: the obligation
 * applies, extensions granted (oldest first) and completions, each with its sources.
 */
export async function ensureObligationHistoryLoaded(db: Database): Promise<boolean> {
  await ensureMeetingsLoaded(db);
  const rows = parse(
    fs.readFileSync(path.join(projectRoot, 'reference', 'obligations-history.csv'), 'utf8'),
    {
      columns: true,
      skip_empty_lines: true,
    },
  ) as Record<string, string>[];
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table obligation_facts in exclusive mode`);
    const [existing] = await tx.select({ n: count() }).from(obligationFacts);
    if ((existing?.n ?? 0) > 0) return false;
    const registry = await loadRegistry(tx);
    for (const row of rows) {
      const iso3 = row.iso3 as string;
      const article = row.article as '3' | '4';
      const source = `${row.source} (reference/obligations-history.csv)`;
      const eif =
        positionOn(asDomainEvents(registry.eventsOf.get(iso3)), '9999-12-31').entryIntoForce ?? '2010-08-01';
      await tx.insert(obligationFacts).values({
        iso3,
        kind: article === '3' ? 'stockpiles' : 'contamination',
        applies: true,
        date: eif,
        source,
        note: row.notes || null,
      });
      for (const until of (row.extended_deadlines ?? '').split('|').filter(Boolean)) {
        await tx.insert(extensionRequests).values({
          iso3,
          article,
          status: 'decided',
          requestedUntil: until,
          decision: 'granted',
          grantedUntil: until,
          source,
        });
      }
      const before = completedBefore(row.notes ?? '');
      if (row.completed_date || before) {
        await tx
          .insert(completions)
          .values({ iso3, article, date: row.completed_date || null, before, source });
      }
    }
    await recordAudit(
      tx,
      { actor: null, requestId: 'reference-load', ip: '127.0.0.1' },
      {
        action: 'obligations.history_loaded',
        entityType: 'obligation',
        entityId: null,
        after: { rows: rows.length },
      },
    );
    return true;
  });
}
