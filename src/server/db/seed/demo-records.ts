import { obligationFacts, reportSubmissions } from '../../modules/obligations/tables.js';
import { outreachActivities, outreachNextSteps, outreachProfiles } from '../../modules/outreach/tables.js';
import type { Database } from '../client.js';

/**
 * Sample records for `npm run demo`, so every page has something to show. Clearly fictional:
 * sources say "demo".
 */
export async function seedDemoRecords(db: Database) {
  const source = 'Demo data (npm run demo), not a real record';
  await db
    .insert(outreachProfiles)
    .values([
      {
        iso3: 'KEN',
        priority: 'high',
        summaryMd: '## Kenya\n\nSignatory since 2008. Ratification bill **before Parliament** (demo).',
      },
      {
        iso3: 'IDN',
        priority: 'medium',
        summaryMd: '## Indonesia\n\nSignatory; interagency review of ratification (demo).',
      },
      {
        iso3: 'TON',
        priority: 'low',
        summaryMd: '## Tonga\n\nNot party; supportive statements at the last MSP (demo).',
      },
    ])
    .onConflictDoNothing();
  const existing = await db.select({ iso3: outreachActivities.iso3 }).from(outreachActivities).limit(1);
  if (existing.length === 0) {
    await db.insert(outreachActivities).values([
      {
        iso3: 'KEN',
        date: '2026-05-12',
        kind: 'meeting',
        who: 'ISU Director; Permanent Mission of Kenya',
        notes: 'Discussed the timeline of the ratification bill (demo).',
      },
      {
        iso3: 'KEN',
        date: '2026-09-17',
        kind: 'side_event',
        who: 'Universalization Coordinators',
        notes: 'Side event at the Review Conference (demo).',
      },
      {
        iso3: 'IDN',
        date: '2026-03-03',
        kind: 'letter',
        who: 'President of the Convention',
        notes: 'Letter encouraging ratification (demo).',
      },
    ]);
    await db.insert(outreachNextSteps).values([
      {
        iso3: 'KEN',
        description: 'Follow up with the Attorney-General’s office (demo)',
        dueDate: '2027-01-15',
        ownerText: 'ISU Director',
      },
      {
        iso3: 'IDN',
        description: 'Offer a national workshop on implementation (demo)',
        dueDate: '2027-03-01',
        ownerText: 'Universalization Coordinators',
      },
    ]);
    await db.insert(obligationFacts).values([
      { iso3: 'LAO', kind: 'victims', applies: true, date: '2010-08-01', source },
      {
        iso3: 'DEU',
        kind: 'retention',
        applies: true,
        date: '2016-01-01',
        years: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
        source,
      },
    ]);
    await db.insert(reportSubmissions).values([
      { iso3: 'LAO', kind: 'initial', submittedOn: '2011-01-20', source },
      // Not 2026: the demo focal point of LAO starts that report on the platform (demo-reports.ts).
      ...[2021, 2022, 2023, 2024, 2025].map((year) => ({
        iso3: 'LAO',
        kind: 'annual' as const,
        year,
        submittedOn: `${year}-04-2${year % 9}`,
        source,
      })),
    ]);
  }
}
