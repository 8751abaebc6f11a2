import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldDef } from '../../../../domain/reports/format-types';
import type { Language } from '../../../../domain/reports/kinds';
import { isEmpty, isRecord } from '../../../../domain/reports/report-data';
import { formatDate } from '../../../lib/format';
import { intlLocale } from '../../../lib/languages';
import classes from './view.module.css';

/** The name shown for a file reference: { ref, name } as report-data.ts stores it. */
const fileName = (value: unknown) =>
  isRecord(value) && typeof value.name === 'string' ? value.name : String(value);

/**
 * One value of a report as text, in the reader's language: numbers and dates formatted, options
 * and States named, yes/no for booleans. Data that does not match its field (an older draft, a
 * received report) is shown as it is rather than hidden.
 */
export function formatValue(
  field: FieldDef,
  value: unknown,
  language: Language,
  words: { yes: string; no: string; nameOf: (iso3: string) => string },
): string {
  const list = Array.isArray(value) ? value : [value];
  // The 1MSP labels name their unit already ("Size (m²)").
  const unit = field.type === 'number' && field.unit && !field.label[language].includes(field.unit);
  const one = (item: unknown): string => {
    switch (field.type) {
      case 'number':
        return typeof item === 'number'
          ? `${new Intl.NumberFormat(intlLocale(language)).format(item)}${unit ? ` ${field.unit}` : ''}`
          : String(item);
      case 'date':
        return typeof item === 'string' ? formatDate(item, language) : String(item);
      case 'boolean':
        return item === true ? words.yes : item === false ? words.no : String(item);
      case 'select':
        return field.options.find((o) => o.value === item)?.label[language] ?? String(item);
      case 'country':
        return typeof item === 'string' ? words.nameOf(item) : String(item);
      case 'file':
        return fileName(item);
      default:
        return typeof item === 'string' ? item : JSON.stringify(item);
    }
  };
  return list
    .filter((item) => !isEmpty(item))
    .map(one)
    .join(field.type === 'file' || field.type === 'select' ? '; ' : ', ');
}

interface ValueProps {
  field: FieldDef;
  value: unknown;
  language: Language;
  nameOf: (iso3: string) => string;
}

/** A value in a cell: "—" when empty (named for screen readers), line breaks kept in long text. */
export function FieldValue({ field, value, language, nameOf }: ValueProps) {
  const { t } = useTranslation('reports');
  if (isEmpty(value)) return <Empty label={t('reports.view.empty')} />;
  const text = formatValue(field, value, language, {
    yes: t('reports.view.yes'),
    no: t('reports.view.no'),
    nameOf,
  });
  if (field.type === 'longText') return <span className={classes.longText}>{text}</span>;
  if (field.type === 'number') return <span className={classes.number}>{text}</span>;
  return <>{text}</>;
}

/** A dash for the eye, words for screen readers. */
export function Empty({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{label}</VisuallyHidden>
    </>
  );
}
