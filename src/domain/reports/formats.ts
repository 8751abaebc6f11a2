import { format1msp } from './format-1msp.js';
import type { FieldDef, FormDef, ReportFormat, TableDef } from './format-types.js';
import { type FormatVersion, type FormId, formatVersions } from './kinds.js';

/**
 * Every reporting format ever adopted, by version. A stored report names its version and is read,
 * validated and shown with that format for ever; formats are never edited in a way that changes
 * the meaning of stored data.
 *
 * To add a format (e.g. the adapted form of the 10MSP, 2022):
 *  1. append its version to `formatVersions` in kinds.ts ('10MSP'); the order is oldest first;
 *  2. write it as data in format-10msp.ts (reuse 1MSP fields where they mean the same thing);
 *     keep `totals` ids for the same quantities so year-on-year comparisons work across versions;
 *  3. register it below (the Record type makes the compiler ask for it), and add its consistency
 *     rules to `consistencyRules` in validate.ts (also a Record over versions);
 *  4. prefill.ts opens new reports in `latestFormat`, carrying over the fields whose section and id
 *     exist in both versions; give a mapping there if ids change meaning.
 * Nothing else changes: 1MSP reports keep validating and displaying with format1msp.
 */
export const reportFormats: Readonly<Record<FormatVersion, ReportFormat>> = {
  '1MSP': format1msp,
};

export const latestVersion: FormatVersion = formatVersions[formatVersions.length - 1] as FormatVersion;
export const latestFormat: ReportFormat = reportFormats[latestVersion];

export const isFormatVersion = (value: unknown): value is FormatVersion =>
  typeof value === 'string' && (formatVersions as readonly string[]).includes(value);

/** The format a report was written in, or undefined for an unknown version. */
export function formatOf(version: unknown): ReportFormat | undefined {
  return isFormatVersion(version) ? reportFormats[version] : undefined;
}

export const formOf = (format: ReportFormat, id: FormId): FormDef | undefined =>
  format.forms.find((form) => form.id === id);

/** The fields and tables of a section: 'header' or a form id. */
export function sectionDef(
  format: ReportFormat,
  section: string,
): { fields: readonly FieldDef[]; tables: readonly TableDef[] } | undefined {
  if (section === 'header') return format.header;
  return format.forms.find((form) => form.id === section);
}
