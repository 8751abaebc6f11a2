import type { Labels, ReportFormat } from './format-types.js';
import { sectionDef } from './formats.js';
import type { Language } from './kinds.js';
import type { PathSegment } from './report-data.js';

/** Human names for paths into a report, in any language of the format. */

const words = {
  form: { en: 'Form', fr: 'Formulaire', es: 'Formulario' },
  row: { en: 'row', fr: 'ligne', es: 'fila' },
  version: { en: 'Format version', fr: 'Version du formulaire', es: 'Versión del formulario' },
  kind: { en: 'Kind of report', fr: 'Type de rapport', es: 'Tipo de informe' },
  report: { en: 'Report', fr: 'Rapport', es: 'Informe' },
} satisfies Record<string, Labels>;

/** 'B.stockpile[2].munitionsAtEnd' → ['B', 'stockpile', 2, 'munitionsAtEnd']. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

/**
 * The labels along a path: ['Form B: Stockpiles and destruction', 'Cluster munitions under…',
 * 'row 3', 'Cluster munitions at the end of the period']. Unknown parts are shown as they are.
 */
export function pathLabels(
  format: ReportFormat,
  path: string | readonly PathSegment[],
  language: Language = 'en',
) {
  const segments = typeof path === 'string' ? parsePath(path) : path;
  const [section, ...rest] = segments;
  if (section === undefined || section === '') return [words.report[language]];
  if (section === 'version' || section === 'kind') return [words[section][language]];
  if (section === 'cover') {
    const form = format.forms.find((f) => f.id === rest[0]);
    const labels = [format.coverPage.title[language]];
    if (form) labels.push(`${words.form[language]} ${form.id}: ${form.title[language]}`);
    else if (rest[0] !== undefined) labels.push(String(rest[0]));
    if (rest[1] === 'year') labels.push(format.coverPage.yearLabel[language]);
    return labels;
  }
  const form = format.forms.find((f) => f.id === section);
  const labels = [
    section === 'header'
      ? format.header.title[language]
      : form
        ? `${words.form[language]} ${form.id}: ${form.title[language]}`
        : String(section),
  ];
  const def = sectionDef(format, String(section));
  const [name, index, column] = rest;
  if (name === undefined) return labels;
  const field = def?.fields.find((f) => f.id === name);
  const table = def?.tables.find((t) => t.id === name);
  labels.push(field?.label[language] ?? table?.label[language] ?? String(name));
  if (typeof index === 'number') labels.push(`${words.row[language]} ${index + 1}`);
  if (column !== undefined)
    labels.push(table?.columns.find((c) => c.id === column)?.label[language] ?? String(column));
  for (const extra of rest.slice(3)) labels.push(String(extra));
  return labels;
}

export const describePath = (
  format: ReportFormat,
  path: string | readonly PathSegment[],
  language: Language = 'en',
) => pathLabels(format, path, language).join(' › ');
