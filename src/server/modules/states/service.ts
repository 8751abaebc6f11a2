import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { todayUtc } from '../../../domain/calendar.js';
import { problemsWithNewEvent } from '../../../domain/treaty/event-rules.js';
import type { newTreatyEvent, targetBody } from '../../../shared/contracts/states.js';
import { isStaff } from '../../../shared/roles.js';
import type { Ctx } from '../../http/context.js';
import { AppError, forbidden, notFound, validationFailed } from '../../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { asDomainEvents, detailOf, loadRegistry } from './queries.js';
import { states, treatyEvents, universalizationTargets } from './tables.js';

/** Read models that change when a State's events or the targets change. */
export const statesCacheKey = 'states:';

export const lockKeyOf = (iso3: string) => sql`hashtext(${`treaty-events:${iso3}`})`;

/**
 * Records a signature, deposit, withdrawal or declaration after checking it against the State's
 * history (src/domain/treaty/event-rules.ts). Status, entry into force and all counts follow.
 */
export async function recordTreatyEvent(ctx: Ctx, iso3: string, input: z.infer<typeof newTreatyEvent>) {
  if (!isStaff(ctx.actor)) throw forbidden('Only ISU staff record treaty events');
  const created = await ctx.db.transaction(async (tx) => {
    // One writer per State at a time, so two clerks cannot both record "the" accession.
    await tx.execute(sql`select pg_advisory_xact_lock(${lockKeyOf(iso3)})`);
    const [state] = await tx.select().from(states).where(eq(states.iso3, iso3));
    if (!state) throw notFound(`State ${iso3}`);
    const history = await tx.select().from(treatyEvents).where(eq(treatyEvents.iso3, iso3));
    const problems = problemsWithNewEvent(asDomainEvents(history), input, todayUtc());
    if (problems.length > 0)
      throw validationFailed(problems.map((p) => ({ path: `body.${p.field}`, message: p.message })));
    const [event] = await tx
      .insert(treatyEvents)
      .values({ ...input, iso3, recordedBy: ctx.actor?.userId ?? null })
      .returning();
    await recordAudit(tx, ctx, {
      action: `state.${input.type}_recorded`,
      entityType: 'state',
      entityId: iso3,
      after: input,
    });
    await ctx.readModels.notifyInTransaction(tx, statesCacheKey);
    return event;
  });
  ctx.readModels.drop(statesCacheKey);
  const registry = await loadRegistry(ctx.db);
  return { event: created, state: detailOf(registry, iso3, todayUtc(), 'en') };
}

export async function updateTarget(ctx: Ctx, id: string, input: z.infer<typeof targetBody>) {
  if (!isStaff(ctx.actor)) throw forbidden('Only ISU staff edit targets');
  const { version, ...changes } = input;
  const updated = await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(universalizationTargets)
      .where(eq(universalizationTargets.id, id));
    if (!before) throw notFound('Target');
    const [after] = await tx
      .update(universalizationTargets)
      .set({ ...changes, version: sql`${universalizationTargets.version} + 1` })
      .where(and(eq(universalizationTargets.id, id), eq(universalizationTargets.version, version)))
      .returning();
    if (!after)
      throw new AppError('conflict', 'This target was changed by someone else; reload and try again');
    await recordAudit(tx, ctx, {
      action: 'universalization.target_updated',
      entityType: 'target',
      entityId: id,
      before,
      after,
    });
    await ctx.readModels.notifyInTransaction(tx, statesCacheKey);
    return after;
  });
  ctx.readModels.drop(statesCacheKey);
  return updated;
}
