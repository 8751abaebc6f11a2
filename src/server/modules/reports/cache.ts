import type { SQL } from 'drizzle-orm';
import type { Ctx } from '../../http/context.js';
import { obligationsCacheKey } from '../obligations/service-records.js';

/**
 * Read models of Article 7 reports (the public list, report, summary, open data); dropped by
 * submit, receive and publish. Under the States' prefix like the obligations: they show names and
 * due dates that follow from the registry, so a treaty event or a State's data changed drops them.
 */
export const reportsCacheKey = 'states:reports:';

type Executor = { execute(query: SQL): Promise<unknown> };

/**
 * Inside the writing transaction: a report submitted, received or published changes the report
 * lists and, through report_submissions, the obligations (compliance) read models.
 */
export async function notifyReportsChanged(ctx: Ctx, tx: Executor) {
  await ctx.readModels.notifyInTransaction(tx, reportsCacheKey);
  await ctx.readModels.notifyInTransaction(tx, obligationsCacheKey);
}

/** After the commit, so this instance reads its own write at once. */
export function dropReportReadModels(ctx: Ctx) {
  ctx.readModels.drop(reportsCacheKey);
  ctx.readModels.drop(obligationsCacheKey);
}
