import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/tx.js';
import type { Ctx } from '../../http/context.js';
import { notFound } from '../../http/errors.js';
import { reportAbilities } from './policy.js';
import { reports } from './tables.js';

export type ReportRow = typeof reports.$inferSelect;

export const abilitiesOf = (ctx: Ctx, row: ReportRow) =>
  reportAbilities(ctx.actor, {
    iso3: row.iso3,
    status: row.status,
    hasDraft: row.draft !== null,
    channel: row.channel,
    publishedVersion: row.publishedVersion,
  });

/**
 * A report the actor may read, with what else they may do. One they may not read does not exist
 * for them (404), so that drafts of a State reveal nothing to others.
 */
export async function readableReport(ctx: Ctx, id: string, db: Queryable = ctx.db) {
  const [row] = await db.select().from(reports).where(eq(reports.id, id));
  if (!row) throw notFound('Report');
  const abilities = abilitiesOf(ctx, row);
  if (!abilities.read) throw notFound('Report');
  return { row, abilities };
}

/** 'CCM-Art7-LAO-2025-v2', 'CCM-Art7-LAO-2011-initial-draft': how the ISU files reports. */
export function documentBaseName(row: Pick<ReportRow, 'iso3' | 'kind' | 'year'>, shows: number | 'draft') {
  const kind = row.kind === 'initial' ? '-initial' : '';
  return `CCM-Art7-${row.iso3}-${row.year}${kind}-${shows === 'draft' ? 'draft' : `v${shows}`}`;
}
