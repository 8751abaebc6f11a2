import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ReportData } from '../../../domain/reports/index.js';
import { states } from '../states/tables.js';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const channel = () => text('channel', { enum: ['platform', 'received'] }).notNull();

/**
 * One Article 7 report of a State: the initial report or the annual report of a year. `year` is
 * the year the report falls due (the report due 30 April 2025 covers 2024 and is "the 2025
 * report"), as in report_submissions. The working copy of a draft or of a correction lives in
 * `draft`; what was submitted lives, immutable, in report_versions. `status` is that of the latest
 * version: draft (never submitted), submitted, or published; a correction in progress (draft set
 * on a submitted report) leaves it unchanged.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    iso3: text('iso3')
      .notNull()
      .references(() => states.iso3),
    kind: text('kind', { enum: ['initial', 'annual'] }).notNull(),
    year: integer('year').notNull(),
    status: text('status', { enum: ['draft', 'submitted', 'published'] }).notNull(),
    formatVersion: text('format_version').notNull(),
    draft: jsonb('draft').$type<ReportData>(),
    /** Bumped by every save of the draft: a save naming an older revision is refused (409). */
    draftRevision: integer('draft_revision').notNull().default(1),
    latestVersion: integer('latest_version'),
    /** The version the public sees; a correction stays unpublished until the ISU publishes it. */
    publishedVersion: integer('published_version'),
    channel: channel(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    publishedBy: uuid('published_by'),
  },
  (t) => [
    uniqueIndex('reports_state_kind_year').on(t.iso3, t.kind, t.year),
    // A State makes one initial report, whatever year it falls in.
    uniqueIndex('reports_one_initial').on(t.iso3).where(sql`${t.kind} = 'initial'`),
    index('reports_year_status_idx').on(t.year, t.status),
  ],
);

/** What was submitted, as submitted: a version is never changed (a trigger refuses it). */
export const reportVersions = pgTable(
  'report_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    number: integer('number').notNull(),
    data: jsonb('data').$type<ReportData>().notNull(),
    submittedBy: uuid('submitted_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** The date that counts for compliance: the day submitted, or the day the ISU received it. */
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    note: text('note'),
    channel: channel(),
  },
  (t) => [uniqueIndex('report_versions_number').on(t.reportId, t.number)],
);

/** A query of the ISU about a report and the focal point's replies. */
export const reportMessages = pgTable(
  'report_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    kind: text('kind', { enum: ['query', 'reply'] }).notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id'),
    createdAt: createdAt(),
  },
  (t) => [index('report_messages_report_idx').on(t.reportId)],
);

/** The document of a report received outside the platform, and attachments. Content in the file store. */
export const reportFiles = pgTable(
  'report_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id),
    purpose: text('purpose', { enum: ['original', 'attachment'] }).notNull(),
    /**
     * The version the file came with: null while it belongs to the working copy (set by the submit
     * that makes it a version), else the version the ISU attached it to. The public sees only files
     * of the published version or before, so a correction's documents stay the State's until then.
     */
    version: integer('version'),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('report_files_report_idx').on(t.reportId)],
);
