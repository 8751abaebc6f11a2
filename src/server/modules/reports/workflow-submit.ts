import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { todayUtc } from '../../../domain/calendar.js';
import { type ReportData, validateReport } from '../../../domain/reports/index.js';
import type { submitReportBody } from '../../../shared/contracts/reports.js';
import type { Tx } from '../../db/tx.js';
import type { Ctx } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { queueMail } from '../../mail/outbox.js';
import { reportSubmittedMail, reportToReviewMail } from '../../mail/templates.js';
import { recordAudit } from '../audit/service.js';
import { reportSubmissions } from '../obligations/tables.js';
import { users } from '../users/tables.js';
import type { ReportRow } from './access.js';
import { dropReportReadModels, notifyReportsChanged } from './cache.js';
import { reportFiles, reports, reportVersions } from './tables.js';
import {
  asSubmitted,
  lockForFocalPoint,
  previousReport,
  staleRevision,
  stateOf,
  versionOf,
} from './workflow-load.js';

type SubmitInput = z.infer<typeof submitReportBody>;

/** What a submission with errors is told: every error, where it is, and all findings for the form. */
function refuse(findings: ReturnType<typeof validateReport>) {
  const issues = findings.errors.map((f) => ({ path: f.path, message: f.message }));
  return new AppError(
    'validation_failed',
    `The report has ${issues.length} error${issues.length === 1 ? '' : 's'} to correct before it can be submitted: ${issues
      .slice(0, 5)
      .map((i) => `${i.path}: ${i.message}`)
      .join('; ')}${issues.length > 5 ? '; …' : ''}`,
    { issues, findings },
  );
}

/**
 * Submits the working copy as the next version, in one transaction: the immutable version, the
 * report's status, for a first version the date that counts for compliance (report_submissions,
 * read by the obligations module), the audit and the e-mails. A correction keeps the date of
 * receipt of version 1 (compliance is about when the State reported) with its own submittedAt.
 * Returns true when it submitted, false for a retry of a submission already made.
 */
export async function submitReport(ctx: Ctx, id: string, input: SubmitInput) {
  const submitted = await ctx.db.transaction(async (tx) => {
    const alreadyDone = await retriedSubmission(tx, ctx, id, input.revision);
    if (alreadyDone) return false;
    const row = await lockForFocalPoint(tx, ctx, id, 'submit', 'There is no working copy to submit');
    if (input.revision !== row.draftRevision) throw await staleRevision(tx, row);
    const today = todayUtc();
    const data = asSubmitted(row.draft as ReportData, row.iso3, today);
    const previous = await previousReport(tx, row, false);
    const findings = validateReport(data, { previous: previous?.data });
    if (findings.errors.length > 0) throw refuse(findings);

    const number = (row.latestVersion ?? 0) + 1;
    const receivedOn = number === 1 ? today : ((await versionOf(tx, id, 1))?.receivedOn ?? today);
    const [version] = await tx
      .insert(reportVersions)
      .values({
        reportId: id,
        number,
        data,
        submittedBy: ctx.actor?.userId,
        receivedOn,
        note: input.note,
        channel: 'platform',
      })
      .returning();
    if (!version) throw new Error('version not created');
    await tx
      .update(reports)
      .set({
        draft: null,
        draftRevision: row.draftRevision + 1,
        status: 'submitted',
        latestVersion: number,
        updatedAt: sql`now()`,
      })
      .where(eq(reports.id, id));
    // The documents attached to the working copy go with the version it became.
    await tx
      .update(reportFiles)
      .set({ version: number })
      .where(and(eq(reportFiles.reportId, id), isNull(reportFiles.version)));
    if (number === 1)
      await tx.insert(reportSubmissions).values({
        iso3: row.iso3,
        kind: row.kind,
        year: row.year,
        submittedOn: receivedOn,
        source: 'Submitted on the platform',
      });
    await recordAudit(tx, ctx, {
      action: 'report.submitted',
      entityType: 'report',
      entityId: id,
      before: { status: row.status, latestVersion: row.latestVersion, revision: row.draftRevision },
      after: {
        status: 'submitted',
        version: number,
        receivedOn,
        note: input.note,
        warnings: findings.warnings.length,
      },
    });
    await notifyReportsChanged(ctx, tx);
    await mailSubmission(tx, ctx, row, version);
    return true;
  });
  if (submitted) dropReportReadModels(ctx);
  return submitted;
}

/**
 * A submission whose response was lost, sent again: the working copy is gone, the revision it
 * named is the one before the submission's, the latest version is this person's, and nothing
 * touched the report since that submission (a correction started and discarded since also leaves
 * the revision one ahead of a stale page's). It is answered as a success rather than "nothing to
 * submit". The row is locked first, so a double click waits for the first submission and is then
 * recognised as its retry.
 */
async function retriedSubmission(tx: Tx, ctx: Ctx, id: string, revision: number) {
  const [row] = await tx.select().from(reports).where(eq(reports.id, id)).for('update');
  if (!row || row.draft !== null || row.latestVersion === null || revision !== row.draftRevision - 1)
    return false;
  const latest = await versionOf(tx, id, row.latestVersion);
  return (
    latest !== undefined &&
    latest.submittedBy !== null &&
    latest.submittedBy === ctx.actor?.userId &&
    // The submission wrote both in one transaction, so both hold its start time.
    latest.submittedAt.getTime() === row.updatedAt.getTime()
  );
}

/**
 * The receipt to every active focal point of the State (the submitter included), each in their
 * language, and the news to ISU staff. Queued in the transaction: sent if and only if submitted.
 */
async function mailSubmission(tx: Tx, ctx: Ctx, row: ReportRow, version: typeof reportVersions.$inferSelect) {
  const state = await stateOf(tx, row.iso3);
  const recipients = await tx
    .select()
    .from(users)
    .where(
      and(
        eq(users.status, 'active'),
        sql`((${users.role} = 'state_focal_point' and ${users.stateIso3} = ${row.iso3}) or ${inArray(users.role, ['isu_staff', 'isu_admin'])})`,
      ),
    );
  const submitter = recipients.find((u) => u.id === version.submittedBy)?.name ?? 'a focal point';
  const link = `${ctx.env.publicUrl}/reports/${row.id}`;
  for (const person of recipients) {
    const lang = person.language;
    const stateName = state ? { en: state.nameEn, fr: state.nameFr, es: state.nameEs }[lang] : row.iso3;
    const template = person.role === 'state_focal_point' ? reportSubmittedMail : reportToReviewMail;
    const content = template[lang]({
      name: person.name,
      state: stateName,
      kind: row.kind,
      year: row.year,
      version: version.number,
      submittedAt: version.submittedAt.toISOString().slice(0, 16).replace('T', ' '),
      submitter,
      link,
    });
    await queueMail(tx, ctx.env.mailMode, {
      recipient: person.email,
      language: lang,
      kind: person.role === 'state_focal_point' ? 'report_submitted' : 'report_to_review',
      ...content,
    });
  }
}
