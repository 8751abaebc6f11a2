import { count, sql } from 'drizzle-orm';
import { type DemoProfile, demoProfiles, plausibleReportSeries } from '../../domain/reports/demo-series.js';
import { positionOn } from '../../domain/treaty/status.js';
import { parseConfig } from '../config.js';
import { openForMaintenance } from '../db/maintenance.js';
import { insertSeededReports, type SeededReport } from '../db/seed/demo-reports.js';
import { reports } from '../modules/reports/tables.js';
import { asDomainEvents, loadRegistry } from '../modules/states/queries.js';

/**
 * `node dist/node/server/cli/bench-seed.js` (bench/run.mjs runs it on the benchmark's DATA_DIR
 * between the first start and the measured one): the realistic volume the public report reads
 * are measured on, 120 States × 15 years (2011–2025) of published Article 7 reports, an initial
 * report then annual ones, with their receipts. Never for a real data directory: it refuses one
 * that has reports.
 */
const benchStates = 120;
const benchYears = { from: 2011, to: 2025 };

/**
 * A stable id per State and year, so bench/endpoints.mjs can name a report's page:
 * 'LAO', 2024 → b0000000-0000-4000-8000-4c414f0007e8 (the code's bytes, then the year, in hex).
 */
const benchReportId = (iso3: string, year: number) =>
  `b0000000-0000-4000-8000-${Buffer.from(iso3, 'ascii').toString('hex')}${year.toString(16).padStart(6, '0')}`;

const config = parseConfig(process.env);
const startedAt = performance.now();
const storage = await openForMaintenance(config, () => {});
try {
  const [existing] = await storage.db.select({ n: count() }).from(reports);
  if ((existing?.n ?? 0) > 0) {
    console.error(`[bench-seed] ${config.dataDir} has reports already; nothing loaded`);
    process.exitCode = 1;
  } else {
    const registry = await loadRegistry(storage.db);
    // States Parties first (they report), then others to make up the number.
    const party = (iso3: string) =>
      Boolean(positionOn(asDomainEvents(registry.eventsOf.get(iso3)), '9999-12-31').entryIntoForce);
    const chosen = [...registry.states]
      .sort((a, b) => Number(party(b.iso3)) - Number(party(a.iso3)) || a.iso3.localeCompare(b.iso3))
      .slice(0, benchStates);
    const seeded: SeededReport[] = chosen.flatMap((state, index) => {
      const profile: DemoProfile = demoProfiles[index % demoProfiles.length] ?? 'neither';
      const series = plausibleReportSeries({
        iso3: state.iso3,
        profile,
        fromYear: benchYears.from,
        toYear: benchYears.to,
        seed: 1_000 + index,
      });
      return series.map((data, offset) => ({
        id: benchReportId(state.iso3, benchYears.from + offset),
        iso3: state.iso3,
        kind: data.kind,
        year: benchYears.from + offset,
        data,
        receivedOn: String(data.header.submissionDate),
        status: 'published' as const,
      }));
    });
    await storage.db.transaction((tx) =>
      insertSeededReports(tx, seeded, { source: 'Benchmark data set (bench-seed), not a real record' }),
    );
    await storage.db.execute(sql`analyze reports; analyze report_versions; analyze report_submissions`);
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    console.log(`[bench-seed] ${seeded.length} reports of ${chosen.length} States loaded in ${seconds} s`);
  }
} finally {
  await storage.close();
}
