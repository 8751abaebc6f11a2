import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { todayUtc } from '../../../domain/calendar.js';
import {
  asSubmitted as asSubmittedOn,
  type ReportData,
  type ReportKind,
} from '../../../domain/reports/index.js';
import { positionOn } from '../../../domain/treaty/status.js';
import type { Queryable, Tx } from '../../db/tx.js';
import type { Ctx } from '../../http/context.js';
import { AppError, forbidden, notFound } from '../../http/errors.js';
import { auditEvents } from '../audit/tables.js';
import { asDomainEvents } from '../states/queries.js';
import { states, treatyEvents } from '../states/tables.js';
import { users } from '../users/tables.js';
import { abilitiesOf, type ReportRow } from './access.js';
import { isFocalPointOf } from './policy.js';
import { reports, reportVersions } from './tables.js';

/** The name of the State and when the Convention entered into force for it (null: not bound). */
export async function stateOf(db: Queryable, iso3: string) {
  const [state] = await db.select().from(states).where(eq(states.iso3, iso3));
  if (!state) return null;
  const events = await db
    .select()
    .from(treatyEvents)
    .where(eq(treatyEvents.iso3, iso3))
    .orderBy(asc(treatyEvents.date));
  const position = positionOn(asDomainEvents(events), '9999-12-31');
  return { ...state, entryIntoForce: position.entryIntoForce };
}

export async function versionOf(db: Queryable, reportId: string, number: number) {
  const [version] = await db
    .select()
    .from(reportVersions)
    .where(and(eq(reportVersions.reportId, reportId), eq(reportVersions.number, number)));
  return version;
}

/** Reports are ordered by year, and in one year the initial report comes before the annual one. */
const comesBefore = (a: { year: number; kind: ReportKind }, b: { year: number; kind: ReportKind }) =>
  a.year < b.year || (a.year === b.year && a.kind === 'initial' && b.kind === 'annual');

/**
 * The State's report just before this one that has a submitted version, as its latest version
 * (for the State and the ISU) or as published (for everyone else): the basis of a new annual
 * report, of the forms marked "unchanged since", and of the year-on-year checks.
 */
export async function previousReport(
  db: Queryable,
  target: { id?: string; iso3: string; kind: ReportKind; year: number },
  published: boolean,
) {
  const candidates = (await db.select().from(reports).where(eq(reports.iso3, target.iso3)))
    .filter((r) => r.id !== target.id && comesBefore(r, target))
    .filter((r) => (published ? r.publishedVersion : r.latestVersion) !== null)
    .sort((a, b) => (comesBefore(a, b) ? -1 : 1));
  const before = candidates.at(-1);
  if (!before) return null;
  const version = await versionOf(
    db,
    before.id,
    (published ? before.publishedVersion : before.latestVersion) as number,
  );
  return version ? { id: before.id, year: before.year, kind: before.kind, data: version.data } : null;
}

/** The draft as submission checks it (see the domain's asSubmitted), dated today by default. */
export const asSubmitted = (data: ReportData, iso3: string, today = todayUtc()): ReportData =>
  asSubmittedOn(data, iso3, today);

/** Who last wrote the working copy, for the message of a conflicting save. */
export async function lastDraftWriter(db: Queryable, reportId: string) {
  const [event] = await db
    .select({ name: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.entityType, 'report'),
        eq(auditEvents.entityId, reportId),
        inArray(auditEvents.action, draftWritingActions),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return event?.name ?? null;
}

export const draftWritingActions = ['report.started', 'report.draft_saved', 'report.correction_started'];

type FocalPointAbility = 'edit' | 'submit' | 'amend' | 'discardCorrection' | 'deleteDraft';

/**
 * Locks a report for a step of the State's workflow. Whoever may not read it learns nothing (404);
 * whoever reads it but is not the State's focal point is refused (403); the State's focal point
 * asking for a step the report's status does not allow gets 409 invalid_state.
 */
export async function lockForFocalPoint(
  tx: Tx,
  ctx: Ctx,
  id: string,
  allowed: FocalPointAbility | FocalPointAbility[],
  refusal: string,
): Promise<ReportRow> {
  const [row] = await tx.select().from(reports).where(eq(reports.id, id)).for('update');
  if (!row) throw notFound('Report');
  const abilities = abilitiesOf(ctx, row);
  if (!abilities.read) throw notFound('Report');
  if (!isFocalPointOf(ctx.actor, row.iso3))
    throw forbidden(`Only the focal points of ${row.iso3} write, submit and correct its reports`);
  if (![allowed].flat().some((ability) => abilities[ability]))
    throw new AppError('invalid_state', refusal, { status: row.status, hasDraft: row.draft !== null });
  return row;
}

/** A save or a discard naming a revision that is no longer the current one. */
export async function staleRevision(db: Queryable, row: ReportRow) {
  return new AppError(
    'conflict',
    'Someone else saved this report since you opened it; reload it to see their changes before going on',
    {
      currentRevision: row.draftRevision,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: await lastDraftWriter(db, row.id),
    },
  );
}
