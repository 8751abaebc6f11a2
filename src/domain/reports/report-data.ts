import type { CoverStatus } from './format-types.js';
import type { FormatVersion, FormId, ReportKind } from './kinds.js';

export type { CoverStatus } from './format-types.js';

/**
 * A report's data, as stored (JSON) and exchanged. It names its format version, so a report keeps
 * the format it was written in when later formats are adopted.
 *
 *   { version: '1MSP', kind: 'annual',
 *     cover: { A: { choice: 'unchanged_since', year: 2023 }, B: { choice: 'changed' }, … },
 *     header: { state: 'DEU', submissionDate: '2024-04-29', periodFrom: …, contacts: [{ … }] },
 *     B: { programmeStatus: '…', stockpile: [{ type: 'DM 642', munitionsAtEnd: 0, … }] }, … }
 *
 * Paths into it read 'B.stockpile[2].submunitionsAtEnd', 'header.contacts[0].email', 'cover.B'.
 */
export type FileRef = { ref: string; name: string };
export type FieldValue = string | number | boolean | string[] | FileRef | FileRef[] | null;
export type Row = Record<string, FieldValue>;
export type SectionData = Record<string, FieldValue | Row[]>;

export type ReportData = {
  version: FormatVersion;
  kind: ReportKind;
  cover: Partial<Record<FormId, CoverStatus>>;
  header: SectionData;
} & Partial<Record<FormId, SectionData>>;

export type PathSegment = string | number;

/** ['B', 'stockpile', 2, 'munitions'] → 'B.stockpile[2].munitions'. */
export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? segment : `.${segment}`;
  }
  return path;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own property only: data parsed from JSON may carry keys such as '__proto__' or 'toString'. */
export const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** The rows of a table of a form, whatever the data holds (non-rows are skipped). */
export function rowsOf(data: unknown, form: string, table: string): Record<string, unknown>[] {
  if (!isRecord(data)) return [];
  const section = own(data, form);
  if (!isRecord(section)) return [];
  const rows = own(section, table);
  return Array.isArray(rows) ? rows.filter(isRecord) : [];
}

/** A finite number, or null for anything else (type errors are reported elsewhere). */
export const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The sum of a numeric column, or null when no row has a number in it. */
export function columnTotal(data: unknown, form: string, table: string, column: string): number | null {
  let total: number | null = null;
  for (const row of rowsOf(data, form, table)) {
    const value = numberOrNull(own(row, column));
    if (value !== null) total = (total ?? 0) + value;
  }
  return total;
}

/** Free-text keys (a munition type, a location) compared without case or extra spaces. */
export const normalizeKey = (value: unknown): string =>
  typeof value === 'string' ? value.trim().replace(/\s+/g, ' ').toLowerCase() : '';

/** A value counts as empty: absent, null, blank text or an empty list. */
export const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** 'YYYY-MM-DD' and a real day of the Gregorian calendar, without a date library. */
export function isIsoDateString(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** The calendar day after an ISO date: '2023-12-31' → '2024-01-01'. */
export function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  if (day < daysInMonth(year, month)) return `${pad(year, 4)}-${pad(month)}-${pad(day + 1)}`;
  if (month < 12) return `${pad(year, 4)}-${pad(month + 1)}-01`;
  return `${pad(year + 1, 4)}-01-01`;
}

export const yearOfIsoDate = (value: unknown): number | null =>
  isIsoDateString(value) ? Number(value.slice(0, 4)) : null;
