import {
  coverChoices,
  type FieldDef,
  type FieldValue,
  type FormId,
  formatOf,
  type Language,
  type ReportData,
  type ReportFormat,
} from '../../../../domain/reports/index.js';
import { formatPath, isEmpty, isRecord, own } from '../../../../domain/reports/report-data.js';
import type { Column } from '../../../http/export.js';
import { formatValue, type ValueContext } from './values.js';
import { say } from './words.js';

/**
 * A report's data in long format, one row per value, for CSV and XLSX: the shape analysts load
 * into a spreadsheet or a statistics package and filter by section, table or path. Values are
 * listed in the order of the format; keys the format does not know (which validation rejects
 * before submission) are left out, and so are empty values.
 */
export type ReportDataRow = {
  /** 'cover', 'header' or a form id. */
  section: string;
  sectionTitle: string;
  /** The field's or the table's label (on the cover page: the form). */
  label: string;
  /** 1 for the first row of a table; null for a field. */
  rowNumber: number | null;
  /** The column's label, for a value in a table. */
  column: string | null;
  /** Where the value sits in the report's data, e.g. 'B.stockpile[1].munitionsAtEnd' (rows count from 0). */
  path: string;
  value: FieldValue;
  /** The value as the printed report shows it. */
  text: string;
};

type Where = { section: string; sectionTitle: string; context: ValueContext };

function push(
  out: ReportDataRow[],
  where: Where,
  def: FieldDef,
  value: unknown,
  row: Omit<ReportDataRow, 'section' | 'sectionTitle' | 'value' | 'text'>,
) {
  if (isEmpty(value)) return;
  out.push({
    section: where.section,
    sectionTitle: where.sectionTitle,
    ...row,
    value: value as FieldValue,
    text: formatValue(def, value, where.context),
  });
}

function sectionRows(
  out: ReportDataRow[],
  format: ReportFormat,
  section: 'header' | FormId,
  data: unknown,
  context: ValueContext,
) {
  if (!isRecord(data)) return;
  const { language } = context;
  const form = format.forms.find((f) => f.id === section);
  const def = form ?? format.header;
  const where: Where = {
    section,
    sectionTitle: form
      ? `${say('form', language)} ${form.id} — ${form.title[language]}`
      : format.header.title[language],
    context,
  };
  for (const field of def.fields) {
    push(out, where, field, own(data, field.id), {
      label: field.label[language],
      rowNumber: null,
      column: null,
      path: formatPath([section, field.id]),
    });
  }
  for (const table of def.tables) {
    const rows = own(data, table.id);
    if (!Array.isArray(rows)) continue;
    rows.forEach((row, index) => {
      if (!isRecord(row)) return;
      for (const column of table.columns) {
        push(out, where, column, own(row, column.id), {
          label: table.label[language],
          rowNumber: index + 1,
          column: column.label[language],
          path: formatPath([section, table.id, index, column.id]),
        });
      }
    });
  }
}

function coverRows(out: ReportDataRow[], format: ReportFormat, data: ReportData, language: Language) {
  const cover = isRecord(data.cover) ? data.cover : {};
  const sectionTitle = format.coverPage.title[language];
  for (const form of format.forms) {
    const entry = own(cover, form.id);
    const choice = isRecord(entry) ? own(entry, 'choice') : undefined;
    if (typeof choice !== 'string') continue;
    const label = `${say('form', language)} ${form.id} — ${form.title[language]}`;
    const known = (coverChoices as readonly string[]).includes(choice);
    out.push({
      section: 'cover',
      sectionTitle,
      label,
      rowNumber: null,
      column: say('coverChoice', language),
      path: `cover.${form.id}`,
      value: choice,
      text: known ? format.coverPage.choiceLabels[choice as (typeof coverChoices)[number]][language] : choice,
    });
    const year = isRecord(entry) ? own(entry, 'year') : undefined;
    if (typeof year === 'number')
      out.push({
        section: 'cover',
        sectionTitle,
        label,
        rowNumber: null,
        column: format.coverPage.yearLabel[language],
        path: `cover.${form.id}.year`,
        value: year,
        text: String(year),
      });
  }
}

export function reportDataRows(
  data: ReportData,
  language: Language = 'en',
  options: { stateNameOf?: (iso3: string) => string } = {},
): ReportDataRow[] {
  const format = formatOf(data.version);
  if (!format) throw new Error(`unknown report format version: ${String(data.version)}`);
  const context: ValueContext = {
    language,
    ...(options.stateNameOf ? { stateNameOf: options.stateNameOf } : {}),
  };
  const out: ReportDataRow[] = [];
  coverRows(out, format, data, language);
  sectionRows(out, format, 'header', data.header, context);
  for (const form of format.forms) sectionRows(out, format, form.id, data[form.id], context);
  return out;
}

/** The columns of the CSV/XLSX export, headed in the chosen language. */
export function reportDataColumns(language: Language = 'en'): Column<ReportDataRow>[] {
  return [
    { header: say('section', language), value: (row) => row.section },
    { header: say('sectionTitle', language), value: (row) => row.sectionTitle },
    { header: say('fieldOrTable', language), value: (row) => row.label },
    { header: say('row', language), value: (row) => row.rowNumber },
    { header: say('column', language), value: (row) => row.column },
    { header: say('path', language), value: (row) => row.path },
    { header: say('value', language), value: (row) => row.value },
    { header: say('shownAs', language), value: (row) => row.text },
  ];
}
