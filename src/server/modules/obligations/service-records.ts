import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { isPartialDate } from '../../../domain/obligations/partial-date.js';
import type {
  completionBody,
  factBody,
  nationalMeasuresBody,
  submissionBody,
  victimAssistanceBody,
} from '../../../shared/contracts/obligations.js';
import type { Tx } from '../../db/tx.js';
import type { Ctx } from '../../http/context.js';
import { AppError, forbidden, notFound, validationFailed } from '../../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { states } from '../states/tables.js';
import { canRecordObligationFacts } from './policy.js';
import {
  completions,
  nationalMeasures,
  obligationFacts,
  reportSubmissions,
  victimAssistance,
} from './tables.js';

/** Read models that depend on obligations (all under the States prefix, which State changes drop too). */
export const obligationsCacheKey = 'states:obligations';

/** The common shape of a staff write about one State: policy, transaction, audit, cache. */
async function writeForState<T>(
  ctx: Ctx,
  iso3: string,
  action: string,
  work: (tx: Tx) => Promise<{ result: T; after: unknown }>,
) {
  if (!canRecordObligationFacts(ctx.actor)) throw forbidden('Only ISU staff record obligation facts');
  const result = await ctx.db.transaction(async (tx) => {
    const [state] = await tx.select({ iso3: states.iso3 }).from(states).where(eq(states.iso3, iso3));
    if (!state) throw notFound(`State ${iso3}`);
    const { result, after } = await work(tx);
    await recordAudit(tx, ctx, { action, entityType: 'state', entityId: iso3, after });
    await ctx.readModels.notifyInTransaction(tx, obligationsCacheKey);
    return result;
  });
  ctx.readModels.drop(obligationsCacheKey);
  return result;
}

export function recordFact(ctx: Ctx, iso3: string, input: z.infer<typeof factBody>) {
  if (input.kind === 'retention' && input.applies && !input.years?.length) {
    throw validationFailed([{ path: 'body.years', message: 'list the years of retention' }]);
  }
  return writeForState(ctx, iso3, `obligation.fact_recorded`, async (tx) => {
    const [row] = await tx
      .insert(obligationFacts)
      .values({ ...input, iso3, recordedBy: ctx.actor?.userId })
      .returning();
    return { result: row, after: input };
  });
}

export function recordCompletion(ctx: Ctx, iso3: string, input: z.infer<typeof completionBody>) {
  if (!input.date && !input.before)
    throw validationFailed([
      { path: 'body.date', message: 'give the date, or a date it was completed before' },
    ]);
  if (input.date && !isPartialDate(input.date))
    throw validationFailed([{ path: 'body.date', message: 'is not a real date' }]);
  return writeForState(ctx, iso3, `obligation.completion_recorded`, async (tx) => {
    const [row] = await tx
      .insert(completions)
      .values({ ...input, iso3, recordedBy: ctx.actor?.userId })
      .returning();
    return { result: row, after: input };
  });
}

export function setNationalMeasures(
  ctx: Ctx,
  iso3: string,
  input: z.infer<typeof nationalMeasuresBody> & { version?: number },
) {
  const { version, ...values } = input;
  return writeForState(ctx, iso3, 'obligation.national_measures_set', async (tx) => {
    const [existing] = await tx.select().from(nationalMeasures).where(eq(nationalMeasures.iso3, iso3));
    if (existing && version !== existing.version)
      throw new AppError('conflict', 'Changed by someone else; reload and try again');
    const [row] = existing
      ? await tx
          .update(nationalMeasures)
          .set({ ...values, version: sql`${nationalMeasures.version} + 1` })
          .where(and(eq(nationalMeasures.iso3, iso3), eq(nationalMeasures.version, existing.version)))
          .returning()
      : await tx
          .insert(nationalMeasures)
          .values({ ...values, iso3 })
          .returning();
    return { result: row, after: values };
  });
}

export function setVictimAssistance(
  ctx: Ctx,
  iso3: string,
  input: z.infer<typeof victimAssistanceBody> & { version?: number },
) {
  const { version, ...values } = input;
  return writeForState(ctx, iso3, 'obligation.victim_assistance_set', async (tx) => {
    const [existing] = await tx.select().from(victimAssistance).where(eq(victimAssistance.iso3, iso3));
    if (existing && version !== existing.version)
      throw new AppError('conflict', 'Changed by someone else; reload and try again');
    const [row] = existing
      ? await tx
          .update(victimAssistance)
          .set({ ...values, version: sql`${victimAssistance.version} + 1` })
          .where(and(eq(victimAssistance.iso3, iso3), eq(victimAssistance.version, existing.version)))
          .returning()
      : await tx
          .insert(victimAssistance)
          .values({ ...values, iso3 })
          .returning();
    return { result: row, after: values };
  });
}

export function recordSubmission(ctx: Ctx, iso3: string, input: z.infer<typeof submissionBody>) {
  if (input.kind !== 'initial' && !input.year)
    throw validationFailed([{ path: 'body.year', message: 'is required for annual and retention reports' }]);
  return writeForState(ctx, iso3, 'obligation.report_received', async (tx) => {
    const [row] = await tx
      .insert(reportSubmissions)
      .values({ ...input, iso3 })
      .returning();
    return { result: row, after: input };
  });
}

export async function factsOfState(ctx: Ctx, iso3: string) {
  const [facts, done, measures, submissions, assistance] = await Promise.all([
    ctx.db.select().from(obligationFacts).where(eq(obligationFacts.iso3, iso3)),
    ctx.db.select().from(completions).where(eq(completions.iso3, iso3)),
    ctx.db.select().from(nationalMeasures).where(eq(nationalMeasures.iso3, iso3)),
    ctx.db.select().from(reportSubmissions).where(eq(reportSubmissions.iso3, iso3)),
    ctx.db.select().from(victimAssistance).where(eq(victimAssistance.iso3, iso3)),
  ]);
  return {
    facts: facts.map((f) => ({ ...f, createdAt: f.createdAt.toISOString() })),
    completions: done.map(({ recordedBy: _r, createdAt: _c, ...c }) => c),
    nationalMeasures: measures[0] ? { ...measures[0] } : null,
    victimAssistance: assistance[0] ? { ...assistance[0] } : null,
    submissions: submissions.map(({ createdAt: _c, iso3: _i, ...s }) => s),
    abilities: { record: canRecordObligationFacts(ctx.actor) },
  };
}
