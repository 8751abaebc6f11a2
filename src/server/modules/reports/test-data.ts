import { stockpileReport2023 } from '../../../domain/reports/examples.js';
import type { ReportData } from '../../../domain/reports/index.js';
import type { Queryable } from '../../db/tx.js';
import { reportSubmissions } from '../obligations/tables.js';
import { reports, reportVersions } from './tables.js';

/**
 * Reports written straight into the tables, for tests that need reports in a given state without
 * going through the focal point's workflow.
 */
export type ReportSeed = {
  iso3: string;
  year: number;
  kind?: 'initial' | 'annual';
  status?: 'draft' | 'submitted' | 'published';
  /** Submitted versions (default 1; none for a draft). */
  versions?: number;
  /** The version published (default: the latest when status is 'published'). */
  publishedVersion?: number | null;
  /** A working copy besides the versions: a correction in progress. */
  correction?: boolean;
  receivedOn?: string;
  channel?: 'platform' | 'received';
  /** Also record the submission that compliance counts, as submit does. */
  countSubmission?: boolean;
};

/** The example stockpile report, as the State's report of a year. */
export function sampleData(iso3: string, year: number, kind: 'initial' | 'annual' = 'annual'): ReportData {
  return {
    ...stockpileReport2023,
    kind,
    header: {
      ...stockpileReport2023.header,
      state: iso3,
      submissionDate: `${year}-04-28`,
      periodFrom: `${year - 1}-01-01`,
      periodTo: `${year - 1}-12-31`,
    },
  };
}

export async function insertReport(db: Queryable, seed: ReportSeed) {
  const kind = seed.kind ?? 'annual';
  const status = seed.status ?? 'submitted';
  const versions = status === 'draft' ? 0 : (seed.versions ?? 1);
  const data = sampleData(seed.iso3, seed.year, kind);
  const published =
    status === 'published' ? (seed.publishedVersion ?? versions) : (seed.publishedVersion ?? null);
  const receivedOn = seed.receivedOn ?? `${seed.year}-04-28`;
  const channel = seed.channel ?? 'platform';
  const [row] = await db
    .insert(reports)
    .values({
      iso3: seed.iso3,
      kind,
      year: seed.year,
      status,
      formatVersion: '1MSP',
      draft: status === 'draft' || seed.correction ? data : null,
      latestVersion: versions || null,
      publishedVersion: published,
      publishedAt: published ? new Date() : null,
      channel,
    })
    .returning();
  if (!row) throw new Error('report not inserted');
  for (let number = 1; number <= versions; number++) {
    await db.insert(reportVersions).values({
      reportId: row.id,
      number,
      data: { ...data, B: { ...data.B, programmeStatus: `Destruction under way (version ${number})` } },
      receivedOn: number === 1 ? receivedOn : `${seed.year}-06-01`,
      channel,
    });
  }
  if (seed.countSubmission && versions > 0)
    await db.insert(reportSubmissions).values({
      iso3: seed.iso3,
      kind,
      year: seed.year,
      submittedOn: receivedOn,
      source: 'test',
    });
  return row;
}
/** A multipart body as a browser's FormData sends it: text fields, then the file if any. */
export function multipart(
  fields: Record<string, string>,
  file?: { name: string; type: string; content: Buffer; field?: string },
) {
  const boundary = '----ccmreporttest';
  const chunks: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export const pdfFile = (text = 'report as received') => ({
  name: 'Rapport article 7.pdf',
  type: 'application/pdf',
  content: Buffer.from(`%PDF-1.4 ${text}`),
});
