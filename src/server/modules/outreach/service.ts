import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  newActivityBody,
  newNextStepBody,
  OutreachListQuery,
  profileBody,
  updateActivityBody,
  updateNextStepBody,
} from '../../../shared/contracts/outreach.js';
import type { Queryable, Tx } from '../../db/tx.js';
import type { Ctx } from '../../http/context.js';
import { AppError, forbidden, notFound, validationFailed } from '../../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { loadRegistry } from '../states/queries.js';
import { canDoOutreach, outreachAbilities, takesOutreachRecords } from './policy.js';
import {
  activitiesOf,
  listPotentialParties,
  loadOverview,
  nextStepsOf,
  ownerCandidates,
  profileOf,
  stateOf,
} from './queries.js';
import { outreachActivities, outreachNextSteps, outreachProfiles } from './tables.js';

function assertOutreach(ctx: Ctx) {
  if (!canDoOutreach(ctx.actor)) throw forbidden('Outreach is for ISU staff and coordinators only');
}

/** The record just written, read back with names: it is there, inside the same transaction. */
function present<T>(row: T | null | undefined): T {
  if (!row) throw new Error('record written but not found');
  return row;
}

const stale = (what: string) =>
  new AppError('conflict', `This ${what} was changed by someone else; reload and try again`);

/** The State must exist and not be a Party: outreach records are kept for potential Parties only. */
async function assertPotentialParty(db: Queryable, iso3: string) {
  const state = await stateOf(db, iso3);
  if (!state) throw notFound(`State ${iso3}`);
  if (!takesOutreachRecords(state.status)) {
    const message = `${state.name} is already a Party to the Convention (status ${state.status}); outreach records are kept for signatories and States not party only`;
    throw new AppError('validation_failed', `params.iso3: ${message}`, {
      issues: [{ path: 'params.iso3', message }],
    });
  }
}

async function assertOwner(db: Queryable, ownerUserId: string | null | undefined) {
  if (!ownerUserId) return;
  const [owner] = await ownerCandidates(db, ownerUserId);
  if (!owner)
    throw validationFailed([
      { path: 'body.ownerUserId', message: 'must be an active ISU staff member or coordinator' },
    ]);
}

/** A write to one State's outreach: checked, in one transaction, audited inside it. */
async function write<T>(ctx: Ctx, iso3: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  assertOutreach(ctx);
  return ctx.db.transaction(async (tx) => {
    await assertPotentialParty(tx, iso3);
    return work(tx);
  });
}

export async function listOutreach(ctx: Ctx, query: OutreachListQuery) {
  assertOutreach(ctx);
  const [registry, overview] = await Promise.all([loadRegistry(ctx.db), loadOverview(ctx.db)]);
  return listPotentialParties(registry, overview, query);
}

export async function getOutreach(ctx: Ctx, iso3: string, lang: OutreachListQuery['lang']) {
  assertOutreach(ctx);
  const state = await stateOf(ctx.db, iso3, lang);
  if (!state) throw notFound(`State ${iso3}`);
  const [profile, activities, nextSteps] = await Promise.all([
    profileOf(ctx.db, iso3),
    activitiesOf(ctx.db, iso3),
    nextStepsOf(ctx.db, iso3),
  ]);
  const { iso3: code, name, names, status, ccmRegion, signatureDate } = state;
  const abilities = outreachAbilities(ctx.actor, status);
  return {
    iso3: code,
    name,
    names,
    status,
    ccmRegion,
    signatureDate,
    profile,
    activities,
    nextSteps,
    abilities,
  };
}

export async function listOwners(ctx: Ctx) {
  assertOutreach(ctx);
  return { items: await ownerCandidates(ctx.db) };
}

/** Creates the profile (no version sent) or updates it (the version read); a stale write gets 409. */
export async function saveProfile(ctx: Ctx, iso3: string, input: z.infer<typeof profileBody>) {
  const { version, ...changes } = input;
  return write(ctx, iso3, async (tx) => {
    const [before] = await tx.select().from(outreachProfiles).where(eq(outreachProfiles.iso3, iso3));
    const updatedBy = ctx.actor?.userId ?? null;
    const [after] =
      version === undefined
        ? await tx
            .insert(outreachProfiles)
            .values({ iso3, ...changes, updatedBy })
            .onConflictDoNothing()
            .returning()
        : await tx
            .update(outreachProfiles)
            .set({
              ...changes,
              updatedBy,
              updatedAt: sql`now()`,
              version: sql`${outreachProfiles.version} + 1`,
            })
            .where(and(eq(outreachProfiles.iso3, iso3), eq(outreachProfiles.version, version)))
            .returning();
    if (!after) throw stale('outreach profile');
    await recordAudit(tx, ctx, {
      action: 'outreach.profile_saved',
      entityType: 'state',
      entityId: iso3,
      before,
      after,
    });
    return present(await profileOf(tx, iso3));
  });
}

export async function addActivity(ctx: Ctx, iso3: string, input: z.infer<typeof newActivityBody>) {
  return write(ctx, iso3, async (tx) => {
    const [created] = await tx
      .insert(outreachActivities)
      .values({ ...input, iso3, createdBy: ctx.actor?.userId ?? null })
      .returning();
    if (!created) throw new Error('activity not created');
    await recordAudit(tx, ctx, {
      action: 'outreach.activity_added',
      entityType: 'outreach_activity',
      entityId: created.id,
      after: created,
    });
    return present((await activitiesOf(tx, iso3, created.id))[0]);
  });
}

async function activityOf(tx: Tx, iso3: string, id: string) {
  const [row] = await tx
    .select()
    .from(outreachActivities)
    .where(and(eq(outreachActivities.id, id), eq(outreachActivities.iso3, iso3)));
  if (!row) throw notFound('Outreach activity');
  return row;
}

export async function updateActivity(
  ctx: Ctx,
  iso3: string,
  id: string,
  input: z.infer<typeof updateActivityBody>,
) {
  const { version, ...changes } = input;
  return write(ctx, iso3, async (tx) => {
    const before = await activityOf(tx, iso3, id);
    const [after] = await tx
      .update(outreachActivities)
      .set({ ...changes, version: sql`${outreachActivities.version} + 1` })
      .where(and(eq(outreachActivities.id, id), eq(outreachActivities.version, version)))
      .returning();
    if (!after) throw stale('activity');
    await recordAudit(tx, ctx, {
      action: 'outreach.activity_updated',
      entityType: 'outreach_activity',
      entityId: id,
      before,
      after,
    });
    return present((await activitiesOf(tx, iso3, id))[0]);
  });
}

export async function deleteActivity(ctx: Ctx, iso3: string, id: string, version: number) {
  await write(ctx, iso3, async (tx) => {
    const before = await activityOf(tx, iso3, id);
    const [gone] = await tx
      .delete(outreachActivities)
      .where(and(eq(outreachActivities.id, id), eq(outreachActivities.version, version)))
      .returning();
    if (!gone) throw stale('activity');
    await recordAudit(tx, ctx, {
      action: 'outreach.activity_deleted',
      entityType: 'outreach_activity',
      entityId: id,
      before,
    });
  });
}

export async function addNextStep(ctx: Ctx, iso3: string, input: z.infer<typeof newNextStepBody>) {
  return write(ctx, iso3, async (tx) => {
    await assertOwner(tx, input.ownerUserId);
    const [created] = await tx
      .insert(outreachNextSteps)
      .values({
        iso3,
        description: input.description,
        dueDate: input.dueDate,
        ownerUserId: input.ownerUserId ?? null,
        ownerText: input.ownerText ?? null,
      })
      .returning();
    if (!created) throw new Error('next step not created');
    await recordAudit(tx, ctx, {
      action: 'outreach.step_added',
      entityType: 'outreach_step',
      entityId: created.id,
      after: created,
    });
    return present((await nextStepsOf(tx, iso3, created.id))[0]);
  });
}

async function stepOf(tx: Tx, iso3: string, id: string) {
  const [row] = await tx
    .select()
    .from(outreachNextSteps)
    .where(and(eq(outreachNextSteps.id, id), eq(outreachNextSteps.iso3, iso3)));
  if (!row) throw notFound('Next step');
  return row;
}

/** Edits a step, gives it to someone else, or marks it done (`done: true`) or open again. */
export async function updateNextStep(
  ctx: Ctx,
  iso3: string,
  id: string,
  input: z.infer<typeof updateNextStepBody>,
) {
  const { version, done, ownerUserId, ownerText, ...changes } = input;
  return write(ctx, iso3, async (tx) => {
    const before = await stepOf(tx, iso3, id);
    await assertOwner(tx, ownerUserId);
    // One owner at a time: naming an account clears the free-text owner, and the other way round.
    const owner = {
      ...(ownerUserId !== undefined ? { ownerUserId, ...(ownerUserId ? { ownerText: null } : {}) } : {}),
      ...(ownerText !== undefined ? { ownerText, ...(ownerText ? { ownerUserId: null } : {}) } : {}),
    };
    const doneAt = done === undefined ? {} : { doneAt: done ? (before.doneAt ?? new Date()) : null };
    const [after] = await tx
      .update(outreachNextSteps)
      .set({ ...changes, ...owner, ...doneAt, version: sql`${outreachNextSteps.version} + 1` })
      .where(and(eq(outreachNextSteps.id, id), eq(outreachNextSteps.version, version)))
      .returning();
    if (!after) throw stale('next step');
    const action =
      !before.doneAt && after.doneAt
        ? 'outreach.step_done'
        : before.doneAt && !after.doneAt
          ? 'outreach.step_reopened'
          : 'outreach.step_updated';
    await recordAudit(tx, ctx, { action, entityType: 'outreach_step', entityId: id, before, after });
    return present((await nextStepsOf(tx, iso3, id))[0]);
  });
}

export async function deleteNextStep(ctx: Ctx, iso3: string, id: string, version: number) {
  await write(ctx, iso3, async (tx) => {
    const before = await stepOf(tx, iso3, id);
    const [gone] = await tx
      .delete(outreachNextSteps)
      .where(and(eq(outreachNextSteps.id, id), eq(outreachNextSteps.version, version)))
      .returning();
    if (!gone) throw stale('next step');
    await recordAudit(tx, ctx, {
      action: 'outreach.step_deleted',
      entityType: 'outreach_step',
      entityId: id,
      before,
    });
  });
}
