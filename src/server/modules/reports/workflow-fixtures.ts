import { eq, sql } from 'drizzle-orm';
import { stockpileReport2023 } from '../../../domain/reports/examples.js';
import type { ReportData } from '../../../domain/reports/index.js';
import type { Database } from '../../db/client.js';
import { reports, reportVersions } from './tables.js';

/**
 * Test data: reports written straight into the database, for tests that need a report in a given
 * status without walking the whole workflow (and the access matrix, which needs one to aim at).
 */

/** A valid annual report of a State for year Y (covering Y − 1), from the stockpile example. */
export function validAnnualReport(iso3: string, year: number): ReportData {
  const data = structuredClone(stockpileReport2023);
  data.header = {
    ...data.header,
    state: iso3,
    submissionDate: `${year}-04-20`,
    periodFrom: `${year - 1}-01-01`,
    periodTo: `${year - 1}-12-31`,
  };
  return data;
}

/** What the ISU's publication does to the row (the publish endpoint belongs to the ISU side). */
export async function markPublished(db: Database, id: string, version: number) {
  await db
    .update(reports)
    .set({ status: 'published', publishedVersion: version, publishedAt: sql`now()` })
    .where(eq(reports.id, id));
}

/**
 * A report submitted as version 1 and published, with a correction in progress: every step of
 * the workflow has something to aim at, and nobody's read of it depends on the draft.
 */
export async function publishedReportWithCorrection(db: Database, iso3: string, year: number) {
  const data = validAnnualReport(iso3, year);
  const [row] = await db
    .insert(reports)
    .values({
      iso3,
      kind: 'annual',
      year,
      status: 'submitted',
      formatVersion: data.version,
      draft: data,
      draftRevision: 3,
      latestVersion: 1,
      channel: 'platform',
    })
    .returning();
  if (!row) throw new Error('report not created');
  await db
    .insert(reportVersions)
    .values({ reportId: row.id, number: 1, data, receivedOn: `${year}-04-20`, channel: 'platform' });
  await markPublished(db, row.id, 1);
  return row.id;
}
