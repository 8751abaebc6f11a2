import { and, asc, eq, sql } from 'drizzle-orm';
import { isStaff } from '../../../shared/roles.js';
import type { Ctx } from '../../http/context.js';
import { forbidden, notFound } from '../../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { type ReportRow, readableReport } from './access.js';
import { reportFiles, reports } from './tables.js';
import { checkedUpload, type Upload } from './uploads.js';

type FileRow = typeof reportFiles.$inferSelect;

export const presentFile = (f: FileRow) => ({
  id: f.id,
  purpose: f.purpose,
  filename: f.filename,
  contentType: f.contentType,
  size: f.size,
  createdAt: f.createdAt.toISOString(),
});

/**
 * Those who see only the published report see the files of the published version or before that
 * were there when it was published: the documents of a correction (in progress, discarded, or
 * submitted and not yet published) and what the ISU adds later stay the State's and the ISU's.
 */
export const visibleTo = (readUnpublished: boolean, report: ReportRow) => (file: FileRow) =>
  readUnpublished ||
  (report.publishedVersion !== null &&
    report.publishedAt !== null &&
    file.version !== null &&
    file.version <= report.publishedVersion &&
    file.createdAt <= report.publishedAt);

export async function filesOfReport(ctx: Ctx, id: string) {
  const { row, abilities } = await readableReport(ctx, id);
  const rows = await ctx.db
    .select()
    .from(reportFiles)
    .where(eq(reportFiles.reportId, id))
    .orderBy(asc(reportFiles.createdAt));
  return rows.filter(visibleTo(abilities.readUnpublished, row)).map(presentFile);
}

/** Who may attach, judged on the report as it stands (locked, when in the writing transaction). */
function checkAttach(ctx: Ctx, row: ReportRow, abilities: { attach: boolean }) {
  if (!abilities.attach) throw forbidden('Only the State and the ISU attach documents to its report');
  if (!isStaff(ctx.actor) && row.draft === null)
    throw forbidden('Documents are attached to a draft or a correction in progress');
}

/**
 * An attachment: by the State's focal point to the working copy (it goes with the version its
 * submission makes), or by the ISU to the latest version. Checked again on the locked report, so
 * that a submission or a deletion meanwhile cannot leave a file with the wrong version or none.
 */
export async function addReportFile(ctx: Ctx, id: string, file: Upload | undefined) {
  const found = await readableReport(ctx, id);
  checkAttach(ctx, found.row, found.abilities);
  const upload = checkedUpload(file);
  const stored = await ctx.files.put(upload.content);
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from ${reports} where ${reports.id} = ${id} for update`);
    const { row, abilities } = await readableReport(ctx, id, tx);
    checkAttach(ctx, row, abilities);
    const [created] = await tx
      .insert(reportFiles)
      .values({
        reportId: id,
        purpose: 'attachment',
        version: isStaff(ctx.actor) ? row.latestVersion : null,
        filename: upload.filename,
        contentType: upload.contentType,
        size: stored.size,
        sha256: stored.sha256,
        uploadedBy: ctx.actor?.userId,
      })
      .returning();
    if (!created) throw new Error('file not recorded');
    await recordAudit(tx, ctx, {
      action: 'report.file_added',
      entityType: 'report',
      entityId: id,
      after: {
        fileId: created.id,
        filename: upload.filename,
        sha256: stored.sha256,
        size: stored.size,
        version: created.version,
      },
    });
    return presentFile(created);
  });
}

export async function readReportFile(ctx: Ctx, id: string, fileId: string) {
  const { row, abilities } = await readableReport(ctx, id);
  const [file] = await ctx.db
    .select()
    .from(reportFiles)
    .where(and(eq(reportFiles.id, fileId), eq(reportFiles.reportId, id)));
  if (!file || !visibleTo(abilities.readUnpublished, row)(file)) throw notFound('File');
  return { file, content: await ctx.files.read(file.sha256) };
}
