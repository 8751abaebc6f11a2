import { asc, eq } from 'drizzle-orm';
import { todayUtc } from '../../../domain/calendar.js';
import {
  describeChange,
  diffReports,
  formatOf,
  latestFormat,
  type ReportData,
  validateReport,
} from '../../../domain/reports/index.js';
import type { ReportDetail, ReportDiff } from '../../../shared/contracts/reports.js';
import type { Language } from '../../../shared/roles.js';
import type { Queryable } from '../../db/tx.js';
import type { Ctx } from '../../http/context.js';
import { notFound, validationFailed } from '../../http/errors.js';
import { users } from '../users/tables.js';
import { type ReportRow, readableReport } from './access.js';
import { onTimeOf, reportDueOn } from './list.js';
import { visibleTo } from './service-files.js';
import { reportFiles, reportVersions } from './tables.js';
import { asSubmitted, previousReport, stateOf, versionOf } from './workflow-load.js';

type VersionRow = typeof reportVersions.$inferSelect;

/** The State and the ISU see every version; everyone else only the published one. */
const visibleVersion = (row: ReportRow, full: boolean, number: number) =>
  number <= (row.latestVersion ?? 0) && (full || number === row.publishedVersion);

async function versionRows(db: Queryable, row: ReportRow, full: boolean) {
  const rows = await db
    .select({ v: reportVersions, submitter: users.name })
    .from(reportVersions)
    .leftJoin(users, eq(users.id, reportVersions.submittedBy))
    .where(eq(reportVersions.reportId, row.id))
    .orderBy(asc(reportVersions.number));
  // Who submitted is the State's and the ISU's business: the public reads the report, not names.
  return rows
    .filter(({ v }) => visibleVersion(row, full, v.number))
    .map(({ v, submitter }) => ({ v, submitter: full ? submitter : null }));
}

const summaryOf = (row: ReportRow, v: VersionRow, submitter: string | null) => ({
  number: v.number,
  submittedAt: v.submittedAt.toISOString(),
  submittedBy: submitter,
  receivedOn: v.receivedOn,
  note: v.note,
  channel: v.channel,
  published: v.number === row.publishedVersion,
});

const fileOf = (f: typeof reportFiles.$inferSelect) => ({
  id: f.id,
  purpose: f.purpose,
  filename: f.filename,
  contentType: f.contentType,
  size: f.size,
  createdAt: f.createdAt.toISOString(),
});

/** The report's place in the State's obligations: when it fell due, when it was received. */
async function complianceOf(db: Queryable, row: ReportRow, full: boolean) {
  const [state, [first]] = await Promise.all([
    stateOf(db, row.iso3),
    db
      .select({ receivedOn: reportVersions.receivedOn })
      .from(reportVersions)
      .where(eq(reportVersions.reportId, row.id))
      .orderBy(asc(reportVersions.number))
      .limit(1),
  ]);
  const receivedOn = full || row.publishedVersion !== null ? (first?.receivedOn ?? null) : null;
  const dueOn = reportDueOn(row.kind, row.year, state?.entryIntoForce ?? null);
  return {
    stateName: state?.nameEn ?? row.iso3,
    receivedOn,
    dueOn,
    onTime: onTimeOf(dueOn, receivedOn, todayUtc()),
  };
}

/**
 * A report as its reader may see it. The State's focal points and the ISU see the working copy
 * if there is one, else the latest version; everyone else the published version, and nothing at
 * all (404) before publication, so that a draft's existence is not revealed.
 */
export async function getReportDetail(ctx: Ctx, id: string): Promise<ReportDetail> {
  const { row, abilities } = await readableReport(ctx, id);
  const full = abilities.readUnpublished;
  const versions = await versionRows(ctx.db, row, full);
  const shows = full && row.draft ? 'draft' : full ? row.latestVersion : row.publishedVersion;
  const shown = versions.find(({ v }) => v.number === shows)?.v;
  if (shows !== 'draft' && !shown) throw notFound('Report');
  const data = shows === 'draft' ? (row.draft as ReportData) : (shown?.data as ReportData);
  const [compliance, previous, files] = await Promise.all([
    complianceOf(ctx.db, row, full),
    previousReport(ctx.db, row, !full),
    ctx.db
      .select()
      .from(reportFiles)
      .where(eq(reportFiles.reportId, row.id))
      .orderBy(asc(reportFiles.createdAt)),
  ]);
  const findings = validateReport(shows === 'draft' ? asSubmitted(data, row.iso3) : data, {
    previous: previous?.data,
  });
  const visibleFiles = files.filter(visibleTo(full, row));
  return {
    id: row.id,
    iso3: row.iso3,
    kind: row.kind,
    year: row.year,
    ...compliance,
    status: full ? row.status : 'published',
    channel: row.channel,
    formatVersion: row.formatVersion as ReportDetail['formatVersion'],
    latestVersion: full ? row.latestVersion : row.publishedVersion,
    publishedVersion: row.publishedVersion,
    correctionInProgress: full && row.status !== 'draft' && row.draft !== null,
    updatedAt: (full ? row.updatedAt : (row.publishedAt ?? row.updatedAt)).toISOString(),
    data,
    shows: shows as ReportDetail['shows'],
    draftRevision: shows === 'draft' ? row.draftRevision : null,
    draftUpdatedAt: shows === 'draft' ? row.updatedAt.toISOString() : null,
    findings,
    versions: versions.map(({ v, submitter }) => summaryOf(row, v, submitter)),
    files: visibleFiles.map(fileOf),
    previous,
    abilities,
  };
}

export async function listVersions(ctx: Ctx, id: string) {
  const { row, abilities } = await readableReport(ctx, id);
  const rows = await versionRows(ctx.db, row, abilities.readUnpublished);
  if (rows.length === 0 && !abilities.readUnpublished) throw notFound('Report');
  return { items: rows.map(({ v, submitter }) => summaryOf(row, v, submitter)) };
}

async function readableVersion(ctx: Ctx, row: ReportRow, full: boolean, number: number, field: string) {
  const version = visibleVersion(row, full, number) ? await versionOf(ctx.db, row.id, number) : undefined;
  if (!version) {
    if (field === 'params.number') throw notFound(`Version ${number}`);
    throw validationFailed([{ path: field, message: `there is no version ${number} you may read` }]);
  }
  return version;
}

/** One version, as submitted: immutable, so it is the State's official text of that date. */
export async function getVersion(ctx: Ctx, id: string, number: number) {
  const { row, abilities } = await readableReport(ctx, id);
  const version = await readableVersion(ctx, row, abilities.readUnpublished, number, 'params.number');
  const [submitter] =
    version.submittedBy && abilities.readUnpublished
      ? await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, version.submittedBy))
      : [];
  return { ...summaryOf(row, version, submitter?.name ?? null), data: version.data };
}

/**
 * What a version changed from another (by default the one before it), field by field and worded
 * in the reader's language, each change with the section it belongs to ('cover', 'header', 'A'…).
 */
export async function diffVersions(
  ctx: Ctx,
  id: string,
  number: number,
  query: { against?: number; lang: Language },
): Promise<ReportDiff> {
  const { row, abilities } = await readableReport(ctx, id);
  const full = abilities.readUnpublished;
  const to = await readableVersion(ctx, row, full, number, 'params.number');
  const against = query.against ?? number - 1;
  if (against < 1)
    throw validationFailed([
      { path: 'query.against', message: 'version 1 has no version before it: name one' },
    ]);
  const from = await readableVersion(ctx, row, full, against, 'query.against');
  const format = formatOf(to.data.version) ?? latestFormat;
  const changes = diffReports(from.data, to.data).map((change) => ({
    path: change.path,
    section: String(change.segments[0] ?? ''),
    kind: change.kind,
    ...(change.before === undefined ? {} : { before: change.before }),
    ...(change.after === undefined ? {} : { after: change.after }),
    description: describeChange(change, format, query.lang),
  }));
  return { from: against, to: number, changes };
}
