import { z } from 'zod';
import { findingCodes, findingRules, formatVersions, reportKinds } from '../../domain/reports/kinds.js';
import { abilities, instant, iso3, isoDate, pageOf, pageQuery } from './common.js';

/**
 * The API of Article 7 transparency reports: the focal point's workflow (start, save, submit,
 * correct), the ISU's actions (receive, query, publish) and the public reads. A report's data is
 * the JSON described by its format (GET /api/v1/report-formats/{version}); its content is checked
 * by the domain rules (src/domain/reports/validate.ts), which report findings rather than refuse
 * a draft, so that nothing typed is lost.
 */

export const reportStatuses = ['draft', 'submitted', 'published'] as const;
/** In the ISU's list, a report that is due or expected but not started yet. */
export const reportListStatuses = ['not_started', ...reportStatuses] as const;
export const reportChannels = ['platform', 'received'] as const;

const reportYear = z.coerce.number().int().min(2010).max(2100);

/**
 * Reports are a few levels deep (form, table, row, value); a draft may hold anything, but nothing
 * nested deeper than this, which would only break the storing and reading of the report.
 */
export const reportDataMaxDepth = 12;

/** Where the data first nests deeper than allowed, walked without recursion; null if nowhere. */
function tooDeep(data: unknown): (string | number)[] | null {
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (value === null || typeof value !== 'object') continue;
    if (path.length > reportDataMaxDepth) return path;
    for (const [key, child] of Object.entries(value))
      pending.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
  }
  return null;
}

export const reportData = z
  .looseObject({
    version: z.enum(formatVersions),
    kind: z.enum(reportKinds),
    cover: z.record(z.string(), z.unknown()),
    header: z.record(z.string(), z.unknown()),
  })
  .superRefine((data, ctx) => {
    const path = tooDeep(data);
    if (path)
      ctx.addIssue({
        code: 'custom',
        path,
        message: `is nested more than ${reportDataMaxDepth} levels deep`,
      });
  })
  .meta({
    id: 'ReportData',
    description:
      'The report: version, kind, cover (per form: changed / unchanged_since + year / not_applicable), header and Forms A–J as described by GET /api/v1/report-formats/{version}',
  });

export const finding = z
  .object({
    path: z.string().meta({ description: "where in the data, e.g. 'B.stockpile[1].munitionsAtEnd'" }),
    code: z.enum(findingCodes),
    rule: z.enum(findingRules),
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .meta({ id: 'ReportFinding' });
export const findings = z.object({ errors: z.array(finding), warnings: z.array(finding) });

export const reportSummary = z
  .object({
    id: z.uuid().nullable().meta({ description: 'null for a report not started yet' }),
    iso3,
    stateName: z.string(),
    kind: z.enum(reportKinds),
    year: z.number().int(),
    status: z.enum(reportListStatuses),
    channel: z.enum(reportChannels).nullable(),
    formatVersion: z.enum(formatVersions).nullable(),
    latestVersion: z.number().int().nullable(),
    publishedVersion: z.number().int().nullable(),
    /** The date that counts for compliance (of the first version). */
    receivedOn: isoDate.nullable(),
    dueOn: isoDate.nullable(),
    onTime: z.boolean().nullable(),
    correctionInProgress: z.boolean(),
    updatedAt: instant.nullable(),
  })
  .meta({ id: 'ReportSummary' });

/** What the list and its exports filter and sort by; the exports take every matching row. */
export const reportFilterQuery = z.object({
  state: iso3.optional(),
  year: reportYear.optional(),
  kind: z.enum(reportKinds).optional(),
  status: z.enum(reportListStatuses).optional(),
  q: z.string().trim().max(100).optional().meta({ description: 'State name in any language' }),
  sort: z.enum(['state', 'year', 'status', 'receivedOn']).default('year'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
/** The list itself is paged: 120 States over 15 years is too much for one answer on a slow link. */
export const reportListQuery = reportFilterQuery.extend(pageQuery.shape);
export const reportList = pageOf(reportSummary);

export const versionSummary = z
  .object({
    number: z.number().int(),
    submittedAt: instant,
    submittedBy: z
      .string()
      .nullable()
      .meta({ description: 'name of the submitter, for the State and the ISU only (null for others)' }),
    receivedOn: isoDate,
    note: z.string().nullable(),
    channel: z.enum(reportChannels),
    published: z.boolean(),
  })
  .meta({ id: 'ReportVersionSummary' });

export const reportFile = z
  .object({
    id: z.uuid(),
    purpose: z.enum(['original', 'attachment']),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    createdAt: instant,
  })
  .meta({ id: 'ReportFile' });

export const reportDetail = reportSummary
  .extend({
    id: z.uuid(),
    status: z.enum(reportStatuses),
    channel: z.enum(reportChannels),
    formatVersion: z.enum(formatVersions),
    /** What the reader may see: the draft for its editors, else the latest (or published) version. */
    data: reportData,
    shows: z
      .union([z.literal('draft'), z.number().int()])
      .meta({ description: "'draft' or a version number" }),
    draftRevision: z.number().int().nullable(),
    draftUpdatedAt: instant.nullable(),
    findings,
    versions: z.array(versionSummary),
    files: z.array(reportFile),
    /** The State's previous submitted report, for forms marked unchanged and year-on-year checks. */
    previous: z
      .object({ id: z.uuid(), year: z.number().int(), kind: z.enum(reportKinds), data: reportData })
      .nullable(),
    abilities,
  })
  .meta({ id: 'ReportDetail' });

export const startReportBody = z.object({
  iso3,
  kind: z.enum(reportKinds),
  year: reportYear,
});

export const saveDraftBody = z.object({
  revision: z.number().int().min(1).meta({ description: 'the draftRevision the edit started from' }),
  data: reportData,
});
export const savedDraft = z
  .object({ revision: z.number().int(), savedAt: instant, findings })
  .meta({ id: 'SavedReportDraft' });

export const submitReportBody = z.object({
  revision: z.number().int().min(1),
  note: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .default(null)
    .meta({ description: 'what a correction changes' }),
});

/** Discarding the working copy names the revision it saw, like a save: nobody's newer edit is lost. */
export const discardDraftQuery = z.object({ revision: z.coerce.number().int().min(1) });

export const versionParams = z.object({ id: z.uuid(), number: z.coerce.number().int().min(1) });
export const reportVersionList = z.object({ items: z.array(versionSummary) });
export const reportVersion = versionSummary.extend({ data: reportData }).meta({ id: 'ReportVersion' });

export const diffQuery = z.object({
  against: z.coerce.number().int().min(1).optional().meta({ description: 'default: the version before' }),
  lang: z.enum(['en', 'fr', 'es']).default('en'),
});
export const reportChange = z
  .object({
    path: z.string(),
    section: z.string(),
    kind: z.enum(['added', 'removed', 'changed']),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    description: z.string(),
  })
  .meta({ id: 'ReportChange' });
export const reportDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(reportChange),
});

export const messageBody = z.object({
  body: z.string().trim().min(1).max(5000),
});
export const reportMessage = z
  .object({
    id: z.uuid(),
    kind: z.enum(['query', 'reply']),
    body: z.string(),
    author: z.string().nullable(),
    createdAt: instant,
  })
  .meta({ id: 'ReportMessage' });
export const reportThread = z.object({ items: z.array(reportMessage) });

export const publishBody = z.object({
  version: z.number().int().min(1).meta({ description: 'the version to publish (the latest)' }),
});

/** The key figures ISU staff enter for a report received on paper or by e-mail. */
export const keyFiguresBody = z.object({
  stockpileMunitions: z.number().int().min(0).nullable().default(null),
  stockpileSubmunitions: z.number().int().min(0).nullable().default(null),
  destroyedMunitions: z.number().int().min(0).nullable().default(null),
  destroyedSubmunitions: z.number().int().min(0).nullable().default(null),
  retainedMunitions: z.number().int().min(0).nullable().default(null),
  retainedSubmunitions: z.number().int().min(0).nullable().default(null),
  contaminatedArea: z.number().min(0).nullable().default(null),
  clearedArea: z.number().min(0).nullable().default(null),
});
export const receivedReportFields = z.object({
  iso3,
  kind: z.enum(reportKinds),
  year: reportYear,
  receivedOn: isoDate,
  periodFrom: isoDate.nullable().default(null),
  periodTo: isoDate.nullable().default(null),
  keyFigures: keyFiguresBody.default({
    stockpileMunitions: null,
    stockpileSubmunitions: null,
    destroyedMunitions: null,
    destroyedSubmunitions: null,
    retainedMunitions: null,
    retainedSubmunitions: null,
    contaminatedArea: null,
    clearedArea: null,
  }),
});

export const documentParams = z.object({
  id: z.uuid(),
  format: z.enum(['docx', 'pdf', 'csv', 'xlsx']),
});
export const documentQuery = z.object({
  lang: z.enum(['en', 'fr', 'es']).default('en'),
  version: z.coerce.number().int().min(1).optional().meta({ description: 'default: what the reader sees' }),
});

export const formatParams = z.object({ version: z.enum(formatVersions) });
const labels = z.object({ en: z.string(), fr: z.string(), es: z.string() });
export const reportFormatSummary = z
  .object({
    version: z.enum(formatVersions),
    title: labels,
    adoptedAt: z.string(),
    document: z.string(),
    latest: z.boolean().meta({ description: 'the format new reports are written in' }),
  })
  .meta({ id: 'ReportFormatSummary' });
export const reportFormatList = z.object({ items: z.array(reportFormatSummary) });
export const receivedReport = z.object({ id: z.uuid() });

export type ReportSummary = z.infer<typeof reportSummary>;
export type ReportDetail = z.infer<typeof reportDetail>;
export type ReportFilterQuery = z.infer<typeof reportFilterQuery>;
export type ReportListQuery = z.infer<typeof reportListQuery>;
export type SavedDraft = z.infer<typeof savedDraft>;
export type ReportVersion = z.infer<typeof reportVersion>;
export type ReportDiff = z.infer<typeof reportDiff>;
export type ReportMessage = z.infer<typeof reportMessage>;
export type ReceivedReportFields = z.infer<typeof receivedReportFields>;
