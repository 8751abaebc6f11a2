import {
  boolean,
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
import { meetings } from '../meetings/tables.js';
import { states } from '../states/tables.js';

const stateRef = () =>
  text('iso3')
    .notNull()
    .references(() => states.iso3);
const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** What the ISU knows that makes an obligation apply: declared stockpiles, contamination, victims, retention. */
export const obligationFacts = pgTable(
  'obligation_facts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    iso3: stateRef(),
    kind: text('kind', { enum: ['stockpiles', 'contamination', 'victims', 'retention'] }).notNull(),
    applies: boolean('applies').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    endOfHostilities: date('end_of_hostilities', { mode: 'string' }),
    years: jsonb('years').$type<number[] | null>(),
    source: text('source').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('obligation_facts_state_idx').on(t.iso3)],
);

/** Declarations of compliance (Art. 3, Art. 4(1)(c)); the date may be partial ('2023-06'). */
export const completions = pgTable(
  'obligation_completions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    iso3: stateRef(),
    article: text('article', { enum: ['3', '4'] }).notNull(),
    date: text('date'),
    before: date('before', { mode: 'string' }),
    meeting: text('meeting'),
    document: text('document'),
    source: text('source').notNull(),
    recordedBy: uuid('recorded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('obligation_completions_state_idx').on(t.iso3)],
);

/** Art. 9 national implementation measures, one current record per State. */
export const nationalMeasures = pgTable('national_measures', {
  iso3: text('iso3')
    .primaryKey()
    .references(() => states.iso3),
  status: text('status', {
    enum: ['legislation_adopted', 'existing_law_sufficient', 'in_progress', 'nothing_reported'],
  }).notNull(),
  instrument: text('instrument'),
  date: date('date', { mode: 'string' }),
  source: text('source').notNull(),
  version: integer('version').notNull().default(1),
});

/** Dates Art. 7 and Art. 3(8) reports were received; the reports module writes these too. */
export const reportSubmissions = pgTable(
  'report_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    iso3: stateRef(),
    kind: text('kind', { enum: ['initial', 'annual', 'retention'] }).notNull(),
    year: integer('year'),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    source: text('source').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('report_submissions_state_idx').on(t.iso3)],
);

export const extensionRequests = pgTable(
  'extension_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    iso3: stateRef(),
    article: text('article', { enum: ['3', '4'] }).notNull(),
    status: text('status', {
      enum: ['draft', 'submitted', 'under_analysis', 'decided', 'withdrawn'],
    }).notNull(),
    requestedUntil: date('requested_until', { mode: 'string' }),
    submittedOn: date('submitted_on', { mode: 'string' }),
    exceptionalCircumstances: text('exceptional_circumstances'),
    contents: jsonb('contents').$type<Record<string, string>>().notNull().default({}),
    meetingId: text('meeting_id').references(() => meetings.id),
    decision: text('decision', { enum: ['granted', 'granted_shorter', 'not_granted'] }),
    grantedUntil: date('granted_until', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedAtMeetingId: text('decided_at_meeting_id').references(() => meetings.id),
    decisionDocument: text('decision_document'),
    /** The request this one renews (Art. 4(8)), keeping the chain of extensions. */
    renews: uuid('renews'),
    source: text('source'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('extension_requests_state_idx').on(t.iso3, t.article)],
);

/** The analysis thread: comments and questions from analysts, replies from the State. */
export const requestComments = pgTable(
  'extension_request_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => extensionRequests.id),
    kind: text('kind', { enum: ['comment', 'question', 'reply'] }).notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id'),
    createdAt: createdAt(),
  },
  (t) => [index('extension_request_comments_request_idx').on(t.requestId)],
);

/** Reminders sent: one row per person, obligation, deadline and kind, so each goes out once. */
export const remindersSent = pgTable(
  'obligation_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    iso3: stateRef(),
    article: text('article').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['90_days', '30_days', 'overdue'] }).notNull(),
    sentAt: createdAt(),
  },
  (t) => [uniqueIndex('obligation_reminders_once').on(t.userId, t.iso3, t.article, t.deadline, t.kind)],
);

/** Documents attached to a request, by checklist item (a–i) or as 'other'. Content is in the file store. */
export const requestAttachments = pgTable(
  'extension_request_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => extensionRequests.id),
    item: text('item').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('extension_request_attachments_request_idx').on(t.requestId)],
);

/** Art. 5: the government focal point for victim assistance and the national plan (5(2)(c), (g)). */
export const victimAssistance = pgTable('victim_assistance', {
  iso3: text('iso3')
    .primaryKey()
    .references(() => states.iso3),
  focalPoint: text('focal_point'),
  nationalPlan: text('national_plan'),
  planDate: date('plan_date', { mode: 'string' }),
  source: text('source').notNull(),
  version: integer('version').notNull().default(1),
});
