import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { todayUtc, yearOf } from '../../../domain/calendar.js';
import { canonical } from '../../../domain/reports/diff.js';
import {
  changesBySection,
  diffReports,
  emptyReport,
  latestFormat,
  prefillReport,
  type ReportData,
  validateReport,
} from '../../../domain/reports/index.js';
import type { saveDraftBody, startReportBody } from '../../../shared/contracts/reports.js';
import type { Tx } from '../../db/tx.js';
import type { Ctx } from '../../http/context.js';
import { AppError, forbidden, validationFailed } from '../../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { canStartReport } from './policy.js';
import { reportFiles, reportMessages, reports } from './tables.js';
import {
  asSubmitted,
  lockForFocalPoint,
  previousReport,
  staleRevision,
  stateOf,
  versionOf,
} from './workflow-load.js';

type StartInput = z.infer<typeof startReportBody>;

const kindNames = { initial: 'initial report', annual: 'annual report' };

/** The years a State may report for: from its entry into force to next year. */
async function checkStart(ctx: Ctx, input: StartInput) {
  const state = await stateOf(ctx.db, input.iso3);
  if (!state) throw validationFailed([{ path: 'body.iso3', message: `no State ${input.iso3} is known` }]);
  const eif = state.entryIntoForce;
  if (!eif)
    throw validationFailed([
      { path: 'body.iso3', message: `the Convention has not entered into force for ${state.nameEn}` },
    ]);
  // An annual report of year Y covers Y − 1: a period wholly before entry into force is not one.
  const first = input.kind === 'initial' ? yearOf(eif) : yearOf(eif) + 1;
  if (input.year < first)
    throw validationFailed([
      {
        path: 'body.year',
        message: `must be ${first} or later: the Convention entered into force for ${state.nameEn} on ${eif}${input.kind === 'annual' ? `, and the annual report of a year covers the year before` : ''}`,
      },
    ]);
  const last = yearOf(todayUtc()) + 1;
  if (input.year > last)
    throw validationFailed([{ path: 'body.year', message: `must be ${last} or earlier` }]);
  return { state, eif };
}

/** The first working copy: the last submitted report carried over, or a blank initial report. */
async function firstDraft(ctx: Ctx, input: StartInput, eif: string) {
  if (input.kind === 'initial') {
    const data = emptyReport('initial', latestFormat);
    data.header = { state: input.iso3, periodFrom: eif };
    return { data, prefilledFrom: null };
  }
  const previous = await previousReport(ctx.db, input, false);
  const data = previous
    ? prefillReport(previous.data, { format: latestFormat, lastSubmittedYear: previous.year })
    : emptyReport('annual', latestFormat);
  data.header = {
    ...data.header,
    state: input.iso3,
    periodFrom: `${input.year - 1}-01-01`,
    periodTo: `${input.year - 1}-12-31`,
  };
  return { data, prefilledFrom: previous?.id ?? null };
}

/** The start lost to an existing report: the same one (409, naming it) or another initial one (400). */
async function refusalOfSecond(tx: Tx, input: StartInput) {
  const [existing] = await tx
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.iso3, input.iso3),
        eq(reports.kind, input.kind),
        sql`(${reports.kind} = 'initial' or ${reports.year} = ${input.year})`,
      ),
    );
  if (existing && existing.year !== input.year)
    return validationFailed([
      {
        path: 'body.kind',
        message: `${input.iso3} already has its initial report (${existing.year}, ${existing.id})`,
      },
    ]);
  return new AppError('conflict', `${input.iso3} already has its ${kindNames[input.kind]} of ${input.year}`, {
    reportId: existing?.id ?? null,
  });
}

/**
 * A focal point opens its State's initial report, or the annual report of a year. A State has one
 * of each: a second start (a double click, a retry) is a 409 naming the report already there.
 */
export async function startReport(ctx: Ctx, input: StartInput) {
  if (!canStartReport(ctx.actor, input.iso3))
    throw forbidden(
      `Only the focal points of ${input.iso3} start its reports; the ISU records reports received outside the platform`,
    );
  const { eif } = await checkStart(ctx, input);
  const { data, prefilledFrom } = await firstDraft(ctx, input, eif);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reports)
      .values({
        iso3: input.iso3,
        kind: input.kind,
        year: input.year,
        status: 'draft',
        formatVersion: latestFormat.version,
        draft: data,
        channel: 'platform',
        createdBy: ctx.actor?.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw await refusalOfSecond(tx, input);
    await recordAudit(tx, ctx, {
      action: 'report.started',
      entityType: 'report',
      entityId: row.id,
      after: {
        iso3: row.iso3,
        kind: row.kind,
        year: row.year,
        formatVersion: row.formatVersion,
        prefilledFrom,
      },
    });
    return row.id;
  });
}

type SaveInput = z.infer<typeof saveDraftBody>;

/**
 * Autosave of the working copy. The save names the revision it started from; if someone saved in
 * between, it is refused (409) with who and when, so nobody's work is silently overwritten.
 * A save whose data is already what is stored succeeds without writing, whatever revision it
 * names: nothing can be lost by it, and so a retry of a save whose response was lost succeeds and
 * gives the client the current revision. Content is never refused: findings come back.
 */
export async function saveDraft(ctx: Ctx, id: string, input: SaveInput) {
  return ctx.db.transaction(async (tx) => {
    const row = await lockForFocalPoint(
      tx,
      ctx,
      id,
      'edit',
      'This report has no working copy: start a correction first',
    );
    const issues = [];
    if (input.data.version !== row.formatVersion)
      issues.push({
        path: 'body.data.version',
        message: `must stay ${row.formatVersion}, the format this report is written in`,
      });
    if (input.data.kind !== row.kind) issues.push({ path: 'body.data.kind', message: `must be ${row.kind}` });
    if (issues.length > 0) throw validationFailed(issues);
    const data = { ...input.data, header: { ...input.data.header, state: row.iso3 } } as ReportData;
    const same = canonical(data) === canonical(row.draft);
    if (input.revision !== row.draftRevision && !same) throw await staleRevision(tx, row);
    const previous = await previousReport(tx, row, false);
    const findings = validateReport(asSubmitted(data, row.iso3), { previous: previous?.data });
    if (same) return { revision: row.draftRevision, savedAt: row.updatedAt.toISOString(), findings };
    const [saved] = await tx
      .update(reports)
      .set({ draft: data, draftRevision: row.draftRevision + 1, updatedAt: sql`now()` })
      .where(eq(reports.id, id))
      .returning({ revision: reports.draftRevision, updatedAt: reports.updatedAt });
    if (!saved) throw new Error('draft not saved');
    // The audit keeps which sections changed, not the data: a report is saved every few seconds.
    await recordAudit(tx, ctx, {
      action: 'report.draft_saved',
      entityType: 'report',
      entityId: id,
      before: { revision: row.draftRevision },
      after: {
        revision: saved.revision,
        sections: [...changesBySection(diffReports(row.draft, data)).keys()],
      },
    });
    return { revision: saved.revision, savedAt: saved.updatedAt.toISOString(), findings };
  });
}

/** A correction of a submitted or published report starts as a copy of its latest version. */
export async function amendReport(ctx: Ctx, id: string) {
  await ctx.db.transaction(async (tx) => {
    const row = await lockForFocalPoint(
      tx,
      ctx,
      id,
      'amend',
      'Only a submitted report without a correction in progress can be corrected',
    );
    const latest = await versionOf(tx, id, row.latestVersion as number);
    if (!latest) throw new Error(`report ${id} has no version ${row.latestVersion}`);
    await tx
      .update(reports)
      .set({ draft: latest.data, draftRevision: row.draftRevision + 1, updatedAt: sql`now()` })
      .where(eq(reports.id, id));
    await recordAudit(tx, ctx, {
      action: 'report.correction_started',
      entityType: 'report',
      entityId: id,
      before: { status: row.status, latestVersion: row.latestVersion },
      after: { revision: row.draftRevision + 1, from: row.latestVersion },
    });
  });
}

/**
 * Discards the working copy, naming the revision seen (so a newer save by someone else is not
 * thrown away): a correction in progress is dropped with the documents attached to it and the
 * report stays as submitted; a report never submitted is deleted altogether. The audit keeps the
 * discarded data and which files went (their content stays in the file store).
 */
export async function discardDraft(ctx: Ctx, id: string, revision: number) {
  await ctx.db.transaction(async (tx) => {
    const row = await lockForFocalPoint(
      tx,
      ctx,
      id,
      ['discardCorrection', 'deleteDraft'],
      'There is no working copy to discard',
    );
    if (revision !== row.draftRevision) throw await staleRevision(tx, row);
    const neverSubmitted = row.status === 'draft';
    // The documents attached to the working copy go with it (else the next submission would take them).
    const files = await tx
      .delete(reportFiles)
      .where(
        neverSubmitted
          ? eq(reportFiles.reportId, id)
          : and(eq(reportFiles.reportId, id), isNull(reportFiles.version)),
      )
      .returning({ id: reportFiles.id, filename: reportFiles.filename, sha256: reportFiles.sha256 });
    if (neverSubmitted) {
      await tx.delete(reportMessages).where(eq(reportMessages.reportId, id));
      await tx.delete(reports).where(eq(reports.id, id));
    } else {
      await tx
        .update(reports)
        .set({ draft: null, draftRevision: row.draftRevision + 1, updatedAt: sql`now()` })
        .where(eq(reports.id, id));
    }
    await recordAudit(tx, ctx, {
      action: neverSubmitted ? 'report.draft_deleted' : 'report.correction_discarded',
      entityType: 'report',
      entityId: id,
      before: {
        iso3: row.iso3,
        kind: row.kind,
        year: row.year,
        revision: row.draftRevision,
        data: row.draft,
        files,
      },
      after: neverSubmitted ? null : { status: row.status, latestVersion: row.latestVersion },
    });
  });
}
