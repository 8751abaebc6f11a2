import { coverChoicesOf } from './cover.js';
import type { FieldDef, ReportFormat, TableDef } from './format-types.js';
import { formatOf, latestFormat } from './formats.js';
import { type FormId, firstReportingYear, type ReportKind } from './kinds.js';
import {
  type CoverStatus,
  type FieldValue,
  isIsoDateString,
  isRecord,
  nextDay,
  own,
  type ReportData,
  type Row,
  type SectionData,
  yearOfIsoDate,
} from './report-data.js';

/** A blank report in a format: the starting point of an initial report. */
export function emptyReport(kind: ReportKind, format: ReportFormat = latestFormat): ReportData {
  return { version: format.version, kind, cover: {}, header: {} };
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The fields and tables of a section that the target format knows, copied; everything else dropped. */
function copySection(
  value: unknown,
  def: { fields: readonly FieldDef[]; tables: readonly TableDef[] },
  skip: readonly string[] = [],
): SectionData | undefined {
  if (!isRecord(value)) return undefined;
  const copy: SectionData = {};
  for (const field of def.fields) {
    const v = own(value, field.id);
    if (v !== undefined && !skip.includes(field.id)) copy[field.id] = clone(v) as FieldValue;
  }
  for (const table of def.tables) {
    const rows = own(value, table.id);
    if (!Array.isArray(rows)) continue;
    const columns = table.columns.map((c) => c.id);
    copy[table.id] = rows.filter(isRecord).map((row) => {
      const kept: Row = {};
      for (const column of columns) {
        const v = own(row, column);
        if (v !== undefined) kept[column] = clone(v) as FieldValue;
      }
      return kept;
    });
  }
  return copy;
}

export type PrefillOptions = {
  /** The format of the new report (default: the latest). */
  format?: ReportFormat;
  /** The year the last report was submitted, when its header does not say. */
  lastSubmittedYear?: number;
};

/**
 * A new annual report opened from the State's last submitted one: the same data (the fields the
 * new format shares with the old), the next reporting period, no submission date, and every form
 * ticked "unchanged since" the last report, so that the State only edits what changed.
 * A form already "unchanged since" an earlier year keeps that year (the information dates from
 * then); a form marked not applicable stays so. When no year is known, forms are left "changed".
 */
export function prefillReport(last: unknown, options: PrefillOptions = {}): ReportData {
  const format = options.format ?? latestFormat;
  const report = emptyReport('annual', format);
  const lastFormat = isRecord(last) ? formatOf(own(last, 'version')) : undefined;
  if (!isRecord(last) || !lastFormat) return report;

  const lastHeader = own(last, 'header');
  const periodTo = isRecord(lastHeader) ? own(lastHeader, 'periodTo') : undefined;
  const year =
    options.lastSubmittedYear ??
    (isRecord(lastHeader) ? yearOfIsoDate(own(lastHeader, 'submissionDate')) : null) ??
    (yearOfIsoDate(periodTo) === null ? null : (yearOfIsoDate(periodTo) as number) + 1);

  report.header = copySection(lastHeader, format.header, ['submissionDate', 'periodFrom', 'periodTo']) ?? {};
  if (isIsoDateString(periodTo)) {
    const from = nextDay(periodTo);
    report.header.periodFrom = from;
    report.header.periodTo = `${from.slice(0, 4)}-12-31`;
  }

  const lastChoices = coverChoicesOf(last, lastFormat);
  const lastCover = own(last, 'cover');
  for (const form of format.forms) {
    const section = copySection(own(last, form.id), form);
    if (section) report[form.id] = section;
    const existed = lastFormat.forms.some((f) => f.id === form.id);
    report.cover[form.id] = existed
      ? coverFor(form.id, form.coverChoices, lastChoices, lastCover, year)
      : { choice: 'changed' };
  }
  return report;
}

function coverFor(
  id: FormId,
  offered: readonly string[],
  lastChoices: Partial<Record<FormId, string | null>>,
  lastCover: unknown,
  year: number | null,
): CoverStatus {
  const previous = lastChoices[id];
  if (previous === 'not_applicable' && offered.includes('not_applicable'))
    return { choice: 'not_applicable' };
  if (previous === 'unchanged_since') {
    const entry = isRecord(lastCover) ? own(lastCover, id) : undefined;
    const earlier = isRecord(entry) ? own(entry, 'year') : undefined;
    if (typeof earlier === 'number' && Number.isInteger(earlier) && earlier >= firstReportingYear)
      return { choice: 'unchanged_since', year: earlier };
  }
  return year === null ? { choice: 'changed' } : { choice: 'unchanged_since', year };
}
