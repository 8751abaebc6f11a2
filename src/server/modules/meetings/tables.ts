import { date, pgTable, text } from 'drizzle-orm/pg-core';

/** Formal meetings of the Convention: Meetings of States Parties, Review Conferences, intersessionals. */
export const meetings = pgTable('meetings', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['msp', 'review_conference', 'intersessional', 'other'] }).notNull(),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  endDate: date('end_date', { mode: 'string' }).notNull(),
  place: text('place').notNull(),
});
