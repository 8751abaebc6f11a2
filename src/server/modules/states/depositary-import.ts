import { eq, sql } from 'drizzle-orm';
import { todayUtc } from '../../../domain/calendar.js';
import type {
  DepositaryApplyResult,
  DepositaryChange,
  DepositaryPreview,
} from '../../../shared/contracts/depositary-import.js';
import { isStaff } from '../../../shared/roles.js';
import type { Queryable } from '../../db/tx.js';
import type { Ctx } from '../../http/context.js';
import { AppError, forbidden } from '../../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { type DiffChange, diffDepositaryPage, planApply, type RecordedEvent } from './depositary-diff.js';
import { type DepositaryPage, DepositaryPageError, parseDepositaryPage } from './depositary-parse.js';
import { lockKeyOf, statesCacheKey } from './service.js';
import { states, treatyEvents } from './tables.js';

/**
 * The Depositary import: ISU staff upload the Convention's status page saved from the UN Treaty
 * Collection, see how it differs from the platform's records, and apply the differences they
 * choose. Stateless: apply parses and compares again, so it is safe to repeat.
 */

const importLockKey = sql`hashtext('depositary-import')`;

export const importSource = (statusAsAt: string | null) =>
  `UNTC status page as at ${statusAsAt ?? 'an unknown date'} (import)`;

function readPage(html: string): DepositaryPage {
  try {
    return parseDepositaryPage(html);
  } catch (error) {
    if (!(error instanceof DepositaryPageError)) throw error;
    throw new AppError('validation_failed', error.message, {
      problem: error.problem,
      issues: [{ path: 'body.html', message: error.message }],
    });
  }
}

async function compare(db: Queryable, page: DepositaryPage) {
  const [stateRows, eventRows] = await Promise.all([
    db.select({ iso3: states.iso3, nameEn: states.nameEn }).from(states),
    db
      .select({
        id: treatyEvents.id,
        iso3: treatyEvents.iso3,
        type: treatyEvents.type,
        date: treatyEvents.date,
        effectiveDate: treatyEvents.effectiveDate,
        notification: treatyEvents.notification,
      })
      .from(treatyEvents),
  ]);
  const eventsOf = new Map<string, RecordedEvent[]>();
  for (const { iso3, ...event } of eventRows) eventsOf.set(iso3, [...(eventsOf.get(iso3) ?? []), event]);
  return { changes: diffDepositaryPage(page, stateRows, eventsOf), eventsOf };
}

/** The wire form: the recorded event's id stays on the server. */
const present = ({ eventId: _eventId, ...change }: DiffChange): DepositaryChange => change;

export async function previewDepositaryImport(ctx: Ctx, input: { html: string }): Promise<DepositaryPreview> {
  if (!isStaff(ctx.actor)) throw forbidden('Only ISU staff import the Depositary status page');
  const page = readPage(input.html);
  const { changes } = await compare(ctx.db, page);
  return {
    statusAsAt: page.statusAsAt,
    participants: page.participants.length,
    changes: changes.map(present),
  };
}

export async function applyDepositaryImport(
  ctx: Ctx,
  input: { html: string; changeIds: string[] },
): Promise<DepositaryApplyResult> {
  if (!isStaff(ctx.actor)) throw forbidden('Only ISU staff import the Depositary status page');
  const page = readPage(input.html);
  const source = importSource(page.statusAsAt);
  const result = await ctx.db.transaction(async (tx) => {
    // One import at a time, and no clerk recording an event of these States meanwhile.
    await tx.execute(sql`select pg_advisory_xact_lock(${importLockKey})`);
    const selectedStates = [...new Set(input.changeIds.map((id) => id.split(':')[0] ?? ''))]
      .filter((code) => /^[A-Z]{3}$/.test(code))
      .sort();
    for (const code of selectedStates)
      await tx.execute(sql`select pg_advisory_xact_lock(${lockKeyOf(code)})`);
    const { changes, eventsOf } = await compare(tx, page);
    const plan = planApply(changes, input.changeIds, eventsOf, todayUtc());
    if (plan.refused.length > 0) {
      const message = plan.refused.map((r) => `${r.id}: ${r.reasons.join('; ')}`).join(' | ');
      throw new AppError('validation_failed', `Nothing was applied. ${message}`, {
        refused: plan.refused,
        issues: plan.refused.map((r) => ({
          path: `body.changeIds.${input.changeIds.indexOf(r.id)}`,
          message: `${r.id}: ${r.reasons.join('; ')}`,
        })),
      });
    }
    for (const { change } of plan.writes) {
      const values = {
        type: change.proposed.type,
        date: change.proposed.date,
        effectiveDate: change.proposed.effectiveDate,
        notification: change.proposed.notification,
        source,
        recordedBy: ctx.actor?.userId ?? null,
      };
      if (change.eventId)
        await tx.update(treatyEvents).set(values).where(eq(treatyEvents.id, change.eventId));
      else await tx.insert(treatyEvents).values({ ...values, iso3: change.iso3 });
      await recordAudit(tx, ctx, {
        action: 'state.depositary_import_applied',
        entityType: 'state',
        entityId: change.iso3,
        before: change.current,
        after: { change: change.id, kind: change.kind, ...change.proposed, source },
      });
    }
    if (plan.writes.length > 0) await ctx.readModels.notifyInTransaction(tx, statesCacheKey);
    return { applied: plan.writes.map((w) => present(w.change)), unchanged: plan.unchanged };
  });
  if (result.applied.length > 0) ctx.readModels.drop(statesCacheKey);
  return { statusAsAt: page.statusAsAt, ...result };
}
