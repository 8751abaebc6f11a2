import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { activityKinds, outreachPriorities } from '../../../shared/contracts/outreach.js';
import { states } from '../states/tables.js';
import { users } from '../users/tables.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The ISU's view of one potential new State Party: how much effort it deserves, and a summary. */
export const outreachProfiles = pgTable('outreach_profiles', {
  iso3: text('iso3')
    .primaryKey()
    .references(() => states.iso3),
  priority: text('priority', { enum: outreachPriorities }).notNull(),
  summaryMd: text('summary_md').notNull().default(''),
  version: integer('version').notNull().default(1),
  updatedAt: instant('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});

/** What was done: a meeting, a démarche, a letter, a workshop, a side event. */
export const outreachActivities = pgTable(
  'outreach_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    iso3: text('iso3')
      .notNull()
      .references(() => states.iso3),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: activityKinds }).notNull(),
    who: text('who').notNull(),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('outreach_activities_state_idx').on(t.iso3, t.date)],
);

/** What is to be done next, by when and by whom (an account, or a named person or body). */
export const outreachNextSteps = pgTable(
  'outreach_next_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    iso3: text('iso3')
      .notNull()
      .references(() => states.iso3),
    description: text('description').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    ownerText: text('owner_text'),
    doneAt: instant('done_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('outreach_next_steps_state_idx').on(t.iso3, t.dueDate)],
);
