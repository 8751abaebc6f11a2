import { and, eq, sql } from 'drizzle-orm';
import { todayUtc } from '../../../domain/calendar.js';
import { reportFromKeyFigures } from '../../../domain/reports/key-figures-entry.js';
import { type ReceivedReportFields, receivedReportFields } from '../../../shared/contracts/reports.js';
import { isStaff } from '../../../shared/roles.js';
import type { Ctx } from '../../http/context.js';
import { AppError, forbidden, validationFailed } from '../../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { loadObligationData } from '../obligations/inputs.js';
import { reportSubmissions } from '../obligations/tables.js';
import { readableReport } from './access.js';
import { dropReportReadModels, notifyReportsChanged, reportsCacheKey } from './cache.js';
import { canRecordReceivedReport } from './policy.js';
import { receivedInput, receivedProblems } from './received.js';
import { reportFiles, reports, reportVersions } from './tables.js';
import { checkedUpload, type Upload } from './uploads.js';

/** The fields part of the multipart request: JSON, checked against the contract. */
export function parseReceivedFields(raw: string | undefined): ReceivedReportFields {
  if (raw === undefined) throw validationFailed([{ path: 'body.fields', message: 'is required' }]);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw validationFailed([{ path: 'body.fields', message: 'is not valid JSON' }]);
  }
  const parsed = receivedReportFields.safeParse(json);
  if (!parsed.success)
    throw validationFailed(
      parsed.error.issues.map((issue) => ({
        path: ['body', 'fields', ...issue.path.map(String)].join('.'),
        message: issue.message,
      })),
    );
  return parsed.data;
}

const alreadyThere = (fields: ReceivedReportFields) =>
  new AppError(
    'conflict',
    fields.kind === 'initial'
      ? `${fields.iso3} already has an initial report`
      : `${fields.iso3} already has its ${fields.year} annual report`,
  );

/**
 * Records a report that reached the ISU on paper or by e-mail: the report (submitted, channel
 * 'received'), version 1 built from the key figures, the original document, and the submission
 * that compliance counts, in one transaction. The file is stored first: content-addressed, a
 * stored file no row points to does no harm.
 */
export async function recordReceivedReport(
  ctx: Ctx,
  rawFields: string | undefined,
  file: Upload | undefined,
) {
  if (!canRecordReceivedReport(ctx.actor)) throw forbidden('Only ISU staff record reports received');
  const upload = checkedUpload(file);
  const fields = parseReceivedFields(rawFields);
  const data = await loadObligationData(ctx.db);
  const input = data.inputs.get(fields.iso3);
  if (!input)
    throw validationFailed([{ path: 'body.fields.iso3', message: 'is not a State of the registry' }]);
  const eif = input.entryIntoForce;
  const issues = receivedProblems(fields, eif, todayUtc());
  if (issues.length > 0 || !eif) throw validationFailed(issues);
  const report = reportFromKeyFigures(receivedInput(fields, eif));
  const stored = await ctx.files.put(upload.content);
  const actorId = ctx.actor?.userId ?? null;

  const id = await ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: reports.id })
      .from(reports)
      .where(
        fields.kind === 'initial'
          ? and(eq(reports.iso3, fields.iso3), eq(reports.kind, 'initial'))
          : and(eq(reports.iso3, fields.iso3), eq(reports.kind, 'annual'), eq(reports.year, fields.year)),
      );
    if (existing) throw alreadyThere(fields);
    const [created] = await tx
      .insert(reports)
      .values({
        iso3: fields.iso3,
        kind: fields.kind,
        year: fields.year,
        status: 'submitted',
        formatVersion: report.version,
        draft: null,
        latestVersion: 1,
        channel: 'received',
        createdBy: actorId,
      })
      .onConflictDoNothing()
      .returning({ id: reports.id });
    // Someone recorded the same report meanwhile (the unique indexes decide).
    if (!created) throw alreadyThere(fields);
    await tx.insert(reportVersions).values({
      reportId: created.id,
      number: 1,
      data: report,
      submittedBy: actorId,
      receivedOn: fields.receivedOn,
      channel: 'received',
    });
    const [original] = await tx
      .insert(reportFiles)
      .values({
        reportId: created.id,
        purpose: 'original',
        version: 1,
        filename: upload.filename,
        contentType: upload.contentType,
        size: stored.size,
        sha256: stored.sha256,
        uploadedBy: actorId,
      })
      .returning({ id: reportFiles.id });
    await tx.insert(reportSubmissions).values({
      iso3: fields.iso3,
      kind: fields.kind,
      year: fields.year,
      submittedOn: fields.receivedOn,
      source: `Art. 7 report received by the ISU, recorded on the platform (report ${created.id})`,
    });
    await recordAudit(tx, ctx, {
      action: 'report.received',
      entityType: 'report',
      entityId: created.id,
      after: { ...fields, file: { id: original?.id, filename: upload.filename, sha256: stored.sha256 } },
    });
    await notifyReportsChanged(ctx, tx);
    return created.id;
  });
  dropReportReadModels(ctx);
  return { id };
}

/**
 * Publishes the latest submitted version: the one named must be the latest, so that a correction
 * submitted while the ISU was reviewing is not published unseen.
 */
export async function publishReport(ctx: Ctx, id: string, version: number) {
  await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from ${reports} where ${reports.id} = ${id} for update`);
    const { row } = await readableReport(ctx, id, tx);
    if (!isStaff(ctx.actor)) throw forbidden('Only ISU staff publish reports');
    if (row.status === 'draft') throw new AppError('invalid_state', 'A draft is published once submitted');
    if (row.latestVersion !== version)
      throw new AppError(
        'conflict',
        `Version ${version} is not the latest (${row.latestVersion ?? 'none'})`,
        {
          latestVersion: row.latestVersion,
        },
      );
    if (row.status === 'published')
      throw new AppError('invalid_state', `Version ${version} is already published`);
    const now = new Date();
    const [updated] = await tx
      .update(reports)
      .set({
        status: 'published',
        publishedVersion: version,
        publishedAt: now,
        publishedBy: ctx.actor?.userId,
      })
      .where(and(eq(reports.id, id), eq(reports.latestVersion, version), eq(reports.status, 'submitted')))
      .returning({ id: reports.id });
    if (!updated) throw new AppError('conflict', 'The report changed meanwhile; reload and try again');
    await recordAudit(tx, ctx, {
      action: 'report.published',
      entityType: 'report',
      entityId: id,
      before: { status: row.status, publishedVersion: row.publishedVersion },
      after: { status: 'published', publishedVersion: version },
    });
    await ctx.readModels.notifyInTransaction(tx, reportsCacheKey);
  });
  ctx.readModels.drop(reportsCacheKey);
}
