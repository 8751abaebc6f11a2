import type { FieldDef, Language } from '../../../../domain/reports/index.js';
import { isIsoDateString, isRecord } from '../../../../domain/reports/report-data.js';
import { say } from './words.js';

/** How a report's values read on paper, in the language of the document. */

/** What an empty field shows, as on a filled-in paper form. */
export const EMPTY = '—';

/**
 * French groups digits with a narrow no-break space (U+202F), which Roboto, the PDF font, lacks;
 * a no-break space keeps the number on one line in both documents.
 */
const withPlainSpaces = (text: string) => text.replace(/\u202f/g, '\u00a0');

/** The locale of each language: UN documents in English follow British usage ('15 June 2011'). */
export const LOCALES = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' } as const satisfies Record<Language, string>;

const numberFormats = new Map<Language, Intl.NumberFormat>();
export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 });
    numberFormats.set(language, format);
  }
  return withPlainSpaces(format.format(value));
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();
/** '2023-01-01' → '1 January 2023', '1 janvier 2023', '1 de enero de 2023'. */
export function formatDate(value: string, language: Language): string {
  if (!isIsoDateString(value)) return value;
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format.format(new Date(`${value}T00:00:00Z`));
}

/** A submission timestamp, in UTC so that every reader sees the same day. */
export function formatTimestamp(value: string, language: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const text = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(date);
  return withPlainSpaces(`${text} UTC`);
}

export type ValueContext = { language: Language; stateNameOf?: (iso3: string) => string };

const fileName = (value: unknown): string | null =>
  isRecord(value) && typeof value.name === 'string' ? value.name : null;

/**
 * A field's value as text. Values that do not match the field's type (a draft may hold anything)
 * are shown as they are rather than dropped, so the document never hides what was entered.
 */
export function formatValue(field: FieldDef, value: unknown, context: ValueContext): string {
  const { language } = context;
  if (value === undefined || value === null) return EMPTY;
  if (typeof value === 'string' && value.trim() === '') return EMPTY;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    return value.map((item) => formatValue(field, item, context)).join('; ');
  }
  switch (field.type) {
    case 'number':
      if (typeof value !== 'number') break;
      return field.unit
        ? `${formatNumber(value, language)}\u00a0${field.unit}`
        : formatNumber(value, language);
    case 'date':
      if (typeof value === 'string') return formatDate(value, language);
      break;
    case 'boolean':
      if (typeof value === 'boolean') return say(value ? 'yes' : 'no', language);
      break;
    case 'select':
      if (typeof value === 'string')
        return field.options.find((option) => option.value === value)?.label[language] ?? value;
      break;
    case 'country':
      if (typeof value === 'string') return context.stateNameOf?.(value) ?? value;
      break;
    case 'file':
      return fileName(value) ?? String(value);
  }
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
