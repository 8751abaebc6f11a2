import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../../domain/reports/index.js';
import { reportAnalysis } from '../../../shared/contracts/report-analysis.js';
import { reportSubmissions } from '../../modules/obligations/tables.js';
import { reports, reportVersions } from '../../modules/reports/tables.js';
import { createTestApp } from '../../test/test-app.js';
import { seedDemoAccounts } from './demo-accounts.js';
import { seedDemoRecords } from './demo-records.js';
import { seedDemoReports } from './demo-reports.js';

const { app, db } = await createTestApp();
await seedDemoAccounts(db);
await seedDemoRecords(db);
const seeded = await seedDemoReports(db);

describe('demo reports', () => {
  it('loads plausible series once, and leaves existing reports alone', async () => {
    expect(seeded).toBe(true);
    expect(await seedDemoReports(db)).toBe(false);
    const rows = await db.select().from(reports);
    expect(new Set(rows.map((r) => r.iso3))).toEqual(
      new Set(['LAO', 'DEU', 'PER', 'BIH', 'IRL', 'NZL', 'MEX', 'GHA']),
    );
    expect(rows.filter((r) => r.status === 'submitted').map((r) => `${r.iso3} ${r.year}`)).toEqual([
      'BIH 2025',
    ]);
    expect(rows.find((r) => r.iso3 === 'DEU' && r.year === 2024)).toMatchObject({
      latestVersion: 2,
      publishedVersion: 2,
    });
    // The demo focal point of LAO starts the report of 2026 on the platform.
    expect(rows.some((r) => r.iso3 === 'LAO' && r.year === 2026)).toBe(false);
  });

  it('gives every report one receipt, with the dates the demo records already had', async () => {
    const duplicates = await db.execute(
      sql`select iso3, kind, year, count(*) from report_submissions group by iso3, kind, year having count(*) > 1`,
    );
    expect(duplicates.rows).toEqual([]);
    const [laoInitial] = await db
      .select({ receivedOn: reportVersions.receivedOn, data: reportVersions.data })
      .from(reportVersions)
      .innerJoin(reports, eq(reports.id, reportVersions.reportId))
      .where(and(eq(reports.iso3, 'LAO'), eq(reports.kind, 'initial')));
    expect(laoInitial?.receivedOn).toBe('2011-01-20');
    expect(laoInitial?.data.header.submissionDate).toBe('2011-01-20');
    const receipts = await db.select().from(reportSubmissions).where(eq(reportSubmissions.iso3, 'LAO'));
    expect(receipts.filter((r) => r.kind === 'annual').map((r) => r.year)).not.toContain(2026);
    expect(receipts).toHaveLength(15);
  });

  it('writes reports that pass the format rules against the report before', async () => {
    const versions = await db
      .select({ iso3: reports.iso3, year: reports.year, data: reportVersions.data })
      .from(reportVersions)
      .innerJoin(reports, eq(reports.id, reportVersions.reportId))
      .where(eq(reportVersions.number, 1))
      .orderBy(asc(reports.iso3), asc(reports.year));
    for (const [i, version] of versions.entries()) {
      const before = versions[i - 1];
      const previous = before?.iso3 === version.iso3 ? before.data : undefined;
      expect(validateReport(version.data, { previous }).errors, `${version.iso3} ${version.year}`).toEqual(
        [],
      );
    }
  });

  it('feeds the analytical summary', async () => {
    const analysis = reportAnalysis.parse(
      (await app.inject({ url: '/api/v1/reports/summary?year=2025' })).json(),
    );
    // 2025: LAO, DEU, PER, IRL, NZL published; BIH awaits publication; MEX and GHA stopped.
    expect(analysis.summary.reporting.rows.map((r) => r.iso3).sort()).toEqual([
      'DEU',
      'IRL',
      'LAO',
      'NZL',
      'PER',
    ]);
    expect(analysis.trend.length).toBeGreaterThanOrEqual(15);
  });
});
