import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const states = pgTable('states', {
  iso3: text('iso3').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameFr: text('name_fr').notNull(),
  nameEs: text('name_es').notNull(),
  /** UN M49 region: Africa, Americas, Asia, Europe, Oceania. */
  region: text('region').notNull(),
  /** The Convention's own grouping: africa, americas, asia_pacific, europe. */
  ccmRegion: text('ccm_region').notNull(),
});

/**
 * What happened between a State and the Convention, as the Depositary records it. Status and
 * entry into force are computed from these (src/domain/treaty), never stored.
 */
export const treatyEvents = pgTable(
  'treaty_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    iso3: text('iso3')
      .notNull()
      .references(() => states.iso3),
    type: text('type', {
      enum: [
        'signature',
        'ratification',
        'acceptance',
        'approval',
        'accession',
        'provisional_application',
        'withdrawal',
        'declaration',
      ],
    }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }),
    /** Depositary notification symbol, e.g. C.N.347.2024.TREATIES-XXVI-6. */
    notification: text('notification'),
    detail: text('detail'),
    source: text('source').notNull(),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('treaty_events_state_idx').on(t.iso3, t.date)],
);

/** Universalization targets from the action plans; staff edit them as plans change. */
export const universalizationTargets = pgTable('universalization_targets', {
  id: uuid('id').primaryKey().defaultRandom(),
  label: text('label').notNull(),
  parties: integer('parties').notNull(),
  byDate: date('by_date', { mode: 'string' }).notNull(),
  source: text('source').notNull(),
  version: integer('version').notNull().default(1),
});
