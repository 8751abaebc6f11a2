import { type Finding, finding } from './findings.js';
import type { FieldDef, TableDef } from './format-types.js';
import { formatPath, isEmpty, isIsoDateString, isRecord, own, type PathSegment } from './report-data.js';

/** Checks of single values, rows and sections against their definitions. Errors only. */

type Problem = Omit<Finding, 'path'>;
const problem = (
  code: Finding['code'],
  rule: Finding['rule'],
  message: string,
  params?: Finding['params'],
) => {
  const { path: _path, ...rest } = finding('', code, rule, message, params);
  return rest;
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const iso3Pattern = /^[A-Z]{3}$/;

const isFileRef = (value: unknown): boolean =>
  isRecord(value) &&
  typeof own(value, 'ref') === 'string' &&
  (own(value, 'ref') as string).trim() !== '' &&
  typeof own(value, 'name') === 'string' &&
  Object.keys(value).every((key) => key === 'ref' || key === 'name');

/** What is wrong with a non-empty value of a field, or null. */
export function checkValue(field: FieldDef, value: unknown): Problem | null {
  switch (field.type) {
    case 'text':
    case 'longText': {
      if (typeof value !== 'string') return problem('type', 'not_text', 'must be text');
      const max = field.maxLength;
      if (max !== undefined && value.length > max)
        return problem('range', 'too_long', `must be at most ${max} characters`, { max });
      if (field.type === 'text' && field.format === 'email' && !emailPattern.test(value.trim()))
        return problem('type', 'not_email', 'must be an e-mail address');
      if (field.type === 'text' && field.format === 'currency' && !iso3Pattern.test(value))
        return problem('type', 'not_currency', 'must be an ISO 4217 currency code such as CHF, EUR or USD');
      return null;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return problem('type', 'not_number', 'must be a number');
      if (field.integer && !Number.isInteger(value))
        return problem('type', 'not_integer', 'must be a whole number');
      if (field.min !== undefined && value < field.min)
        return problem('range', 'below_min', `must be at least ${field.min}`, { min: field.min });
      if (field.max !== undefined && value > field.max)
        return problem('range', 'above_max', `must be at most ${field.max}`, { max: field.max });
      return null;
    }
    case 'date':
      return isIsoDateString(value) ? null : problem('type', 'not_date', 'must be a date (YYYY-MM-DD)');
    case 'boolean':
      return typeof value === 'boolean' ? null : problem('type', 'not_boolean', 'must be yes or no');
    case 'select': {
      const allowed = field.options.map((o) => o.value);
      const values = field.multiple ? value : [value];
      if (!Array.isArray(values)) return problem('type', 'not_list', 'must be a list of choices');
      for (const v of values) {
        if (typeof v !== 'string' || !allowed.includes(v))
          return problem('type', 'not_option', `must be one of: ${allowed.join(', ')}`, {
            options: allowed.join(', '),
          });
      }
      if (new Set(values).size !== values.length)
        return problem('type', 'duplicate_option', 'lists a choice twice');
      return null;
    }
    case 'country':
      return typeof value === 'string' && iso3Pattern.test(value)
        ? null
        : problem('type', 'not_country', 'must be an ISO 3166-1 alpha-3 country code such as LAO');
    case 'file': {
      const files = field.multiple ? value : [value];
      if (!Array.isArray(files)) return problem('type', 'not_list', 'must be a list of files');
      return files.every(isFileRef) ? null : problem('type', 'not_file', 'must be an uploaded file');
    }
  }
}

function checkField(field: FieldDef, value: unknown, at: PathSegment[], required: boolean, out: Finding[]) {
  const path = formatPath(at);
  if (isEmpty(value)) {
    if (required && field.required) out.push(finding(path, 'required', 'required', 'is required'));
    return;
  }
  const found = checkValue(field, value);
  if (found) out.push({ path, ...found });
}

function unknownKeys(record: Record<string, unknown>, known: Set<string>, at: PathSegment[], out: Finding[]) {
  for (const key of Object.keys(record)) {
    if (!known.has(key))
      out.push(finding(formatPath([...at, key]), 'unknown', 'unknown_key', 'is not a field of this format'));
  }
}

function checkTable(table: TableDef, value: unknown, at: PathSegment[], required: boolean, out: Finding[]) {
  const path = formatPath(at);
  if (value === undefined || value === null) {
    if (required && table.minRows)
      out.push(
        finding(path, 'required', 'min_rows', `needs at least ${table.minRows} row(s)`, {
          min: table.minRows,
        }),
      );
    return;
  }
  if (!Array.isArray(value)) {
    out.push(finding(path, 'type', 'not_list', 'must be a list of rows'));
    return;
  }
  if (required && table.minRows && value.length < table.minRows)
    out.push(
      finding(path, 'required', 'min_rows', `needs at least ${table.minRows} row(s)`, { min: table.minRows }),
    );
  if (table.maxRows !== undefined && value.length > table.maxRows)
    out.push(
      finding(path, 'range', 'max_rows', `may have at most ${table.maxRows} rows`, { max: table.maxRows }),
    );
  const known = new Set(table.columns.map((c) => c.id));
  value.forEach((row, index) => {
    const rowAt = [...at, index];
    if (!isRecord(row)) {
      out.push(finding(formatPath(rowAt), 'type', 'not_object', 'must be a row of values'));
      return;
    }
    unknownKeys(row, known, rowAt, out);
    for (const column of table.columns)
      checkField(column, own(row, column.id), [...rowAt, column.id], required, out);
  });
}

/**
 * Checks a section ('header' or a form) against its definition. Types and ranges are always
 * checked; required fields, columns and minimum rows only when `required` (a form marked changed).
 */
export function checkSection(
  def: { fields: readonly FieldDef[]; tables: readonly TableDef[] },
  value: unknown,
  section: string,
  required: boolean,
  out: Finding[],
) {
  if (value !== undefined && value !== null && !isRecord(value)) {
    out.push(finding(section, 'type', 'not_object', 'must be an object of fields and tables'));
    return;
  }
  const record = isRecord(value) ? value : {};
  unknownKeys(
    record,
    new Set([...def.fields.map((f) => f.id), ...def.tables.map((t) => t.id)]),
    [section],
    out,
  );
  for (const field of def.fields)
    checkField(field, own(record, field.id), [section, field.id], required, out);
  for (const table of def.tables)
    checkTable(table, own(record, table.id), [section, table.id], required, out);
}

/** Whether a section holds any information: a filled field or a table with rows. */
export function hasContent(value: unknown): boolean {
  if (!isRecord(value)) return false;
  return Object.values(value).some((v) => !isEmpty(v));
}
