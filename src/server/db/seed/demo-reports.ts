import { randomUUID } from 'node:crypto';
import { count, inArray } from 'drizzle-orm';
import { addDays } from '../../../domain/calendar.js';
import { type DemoProfile, plausibleReportSeries } from '../../../domain/reports/demo-series.js';
import type { ReportData } from '../../../domain/reports/index.js';
import { reportSubmissions } from '../../modules/obligations/tables.js';
import { reports, reportVersions } from '../../modules/reports/tables.js';
import { users } from '../../modules/users/tables.js';
import type { Database } from '../client.js';
import type { Queryable } from '../tx.js';

/**
 * Article 7 reports for `npm run demo` (and, in bulk, for the benchmark): plausible series from
 * the domain's generator, so the lists, the analytical summary, the rates and the open data have
 * something to show. Figures are invented; sources say "demo".
 */

export type SeededReport = {
  id: string;
  iso3: string;
  kind: 'initial' | 'annual';
  year: number;
  data: ReportData;
  receivedOn: string;
  /** published: every version published; submitted: the latest version awaits the ISU. */
  status: 'published' | 'submitted';
  /** Later versions: corrections, each with what it changed. */
  corrections?: { data: ReportData; note: string; receivedOn: string }[];
  submittedBy?: string | null;
  publishedBy?: string | null;
};

const at = (date: string, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);
const chunks = <T>(rows: T[], size: number) =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

/**
 * Writes reports as the workflow would have left them, in multi-row inserts: the report, its
 * versions and, unless `receipts` is false, the receipt compliance counts (report_submissions).
 */
export async function insertSeededReports(
  db: Queryable,
  seeded: SeededReport[],
  options: { receipts?: boolean; source?: string } = {},
) {
  const source = options.source ?? 'Demo data (npm run demo), not a real record';
  const reportRows = seeded.map((r) => {
    const latest = 1 + (r.corrections?.length ?? 0);
    const published = r.status === 'published' ? latest : latest > 1 ? latest - 1 : null;
    const lastReceived = r.corrections?.at(-1)?.receivedOn ?? r.receivedOn;
    return {
      id: r.id,
      iso3: r.iso3,
      kind: r.kind,
      year: r.year,
      status: r.status,
      formatVersion: r.data.version,
      latestVersion: latest,
      publishedVersion: published,
      channel: 'platform' as const,
      createdBy: r.submittedBy ?? null,
      createdAt: at(addDays(r.receivedOn, -14)),
      updatedAt: at(published ? addDays(lastReceived, 21) : lastReceived),
      publishedAt: published ? at(addDays(lastReceived, 21)) : null,
      publishedBy: published ? (r.publishedBy ?? null) : null,
    };
  });
  const versionRows = seeded.flatMap((r) =>
    [{ data: r.data, note: null as string | null, receivedOn: r.receivedOn }, ...(r.corrections ?? [])].map(
      (version, i) => ({
        reportId: r.id,
        number: i + 1,
        data: version.data,
        submittedBy: r.submittedBy ?? null,
        submittedAt: at(version.receivedOn),
        // A correction keeps the date of receipt of the first version: compliance is about that.
        receivedOn: r.receivedOn,
        note: version.note,
        channel: 'platform' as const,
      }),
    ),
  );
  for (const rows of chunks(reportRows, 500)) await db.insert(reports).values(rows);
  for (const rows of chunks(versionRows, 200)) await db.insert(reportVersions).values(rows);
  if (options.receipts === false) return;
  const receiptRows = seeded.map((r) => ({
    iso3: r.iso3,
    kind: r.kind,
    year: r.year,
    submittedOn: r.receivedOn,
    source,
  }));
  for (const rows of chunks(receiptRows, 1000)) await db.insert(reportSubmissions).values(rows);
}

type DemoState = { iso3: string; profile: DemoProfile; fromYear: number; toYear: number };

/**
 * Year = the year a report falls due (the initial report's year, then 30 April each year). LAO's
 * report of the current year is left unstarted, for its demo focal point to start; BIH's latest
 * awaits publication; DEU corrected its 2024 report. Ghana and Mexico stopped reporting, so the
 * overdue list has entries.
 */
const demoStates: DemoState[] = [
  { iso3: 'LAO', profile: 'affected', fromYear: 2011, toYear: 2025 },
  { iso3: 'DEU', profile: 'stockpiler', fromYear: 2011, toYear: 2025 },
  { iso3: 'PER', profile: 'stockpiler', fromYear: 2013, toYear: 2025 },
  { iso3: 'BIH', profile: 'both', fromYear: 2011, toYear: 2025 },
  { iso3: 'IRL', profile: 'neither', fromYear: 2011, toYear: 2025 },
  { iso3: 'NZL', profile: 'neither', fromYear: 2011, toYear: 2025 },
  { iso3: 'MEX', profile: 'neither', fromYear: 2011, toYear: 2022 },
  { iso3: 'GHA', profile: 'neither', fromYear: 2012, toYear: 2019 },
];
const awaitingPublication = { iso3: 'BIH', year: 2025 };
const corrected = { iso3: 'DEU', year: 2024 };

/** The report says it was submitted on the day the ISU received it (an initial report's period ends then). */
function dated(data: ReportData, receivedOn: string): ReportData {
  const header: ReportData['header'] = { ...data.header, submissionDate: receivedOn };
  if (data.kind === 'initial') header.periodTo = receivedOn;
  return { ...data, header };
}

function correctionOf(data: ReportData, receivedOn: string) {
  const contacts = Array.isArray(data.header.contacts)
    ? (data.header.contacts as Record<string, unknown>[])
    : [];
  const [first, ...rest] = contacts;
  const header = {
    ...data.header,
    contacts: [{ ...first, email: 'art7.focal-point@deu.example.org' }, ...rest],
  } as ReportData['header'];
  return {
    data: { ...data, header },
    note: 'Corrected the e-mail address of the national point of contact',
    receivedOn: addDays(receivedOn, 45),
  };
}

/** Demo reports, unless the database has reports already (then it is left as it is). */
export async function seedDemoReports(db: Database) {
  const [existing] = await db.select({ n: count() }).from(reports);
  if ((existing?.n ?? 0) > 0) return false;
  const people = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(users.email, [
        'focal.lao@demo.ccm-isu.org',
        'focal.per@demo.ccm-isu.org',
        'admin@demo.ccm-isu.org',
      ]),
    );
  const idOf = (email: string) => people.find((p) => p.email === email)?.id ?? null;
  const focalPoints: Record<string, string | null> = {
    LAO: idOf('focal.lao@demo.ccm-isu.org'),
    PER: idOf('focal.per@demo.ccm-isu.org'),
  };
  // Receipts the demo records already hold (seedDemoRecords): the reports take their dates.
  const known = await db
    .select()
    .from(reportSubmissions)
    .where(
      inArray(
        reportSubmissions.iso3,
        demoStates.map((s) => s.iso3),
      ),
    );
  const receiptOf = (iso3: string, kind: string, year: number) =>
    known.find((k) => k.iso3 === iso3 && k.kind === kind && (kind === 'initial' || k.year === year));

  const fresh: SeededReport[] = [];
  const recorded: SeededReport[] = [];
  demoStates.forEach((state, index) => {
    const series = plausibleReportSeries({ ...state, seed: 7_001 + index * 97 });
    series.forEach((generated, offset) => {
      const year = state.fromYear + offset;
      const receipt = receiptOf(state.iso3, generated.kind, year);
      const receivedOn = receipt?.submittedOn ?? String(generated.header.submissionDate);
      const data = dated(generated, receivedOn);
      const report: SeededReport = {
        id: randomUUID(),
        iso3: state.iso3,
        kind: generated.kind,
        year,
        data,
        receivedOn,
        status:
          state.iso3 === awaitingPublication.iso3 && year === awaitingPublication.year
            ? 'submitted'
            : 'published',
        ...(state.iso3 === corrected.iso3 && year === corrected.year
          ? { corrections: [correctionOf(data, receivedOn)] }
          : {}),
        submittedBy: focalPoints[state.iso3] ?? null,
        publishedBy: idOf('admin@demo.ccm-isu.org'),
      };
      (receipt ? recorded : fresh).push(report);
    });
  });
  await db.transaction(async (tx) => {
    await insertSeededReports(tx, fresh);
    await insertSeededReports(tx, recorded, { receipts: false });
  });
  return true;
}
