import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldDef, ReportFormat, TableDef } from '../../../../domain/reports/format-types';
import type { Language, SectionId } from '../../../../domain/reports/kinds';
import { isRecord, own } from '../../../../domain/reports/report-data';
import { useStateNames } from '../api';
import { FieldValue } from './values';
import classes from './view.module.css';

export interface SectionViewProps {
  format: ReportFormat;
  /** 'header' or a form id ('A'…'J'). */
  sectionId: SectionId;
  /** The whole report (ReportData, as the API sends it); the section is read from it. */
  data: unknown;
  language: Language;
  /** Prefix of the element ids, when two views of the same section share a page. */
  idPrefix?: string;
}

/** The fields and tables of one section of a format, or undefined for an unknown section. */
function definitionOf(format: ReportFormat, sectionId: SectionId) {
  if (sectionId === 'header') return format.header;
  return format.forms.find((form) => form.id === sectionId);
}

/**
 * One section of a report (the header or a form), read-only, laid out like the official form:
 * its fields as a two-column table (label, value), then each repeatable table with the format's
 * columns. Labels come from the format, in the interface language.
 *
 *   <SectionView format={format} sectionId="B" data={report.data} language="fr" />
 */
export function SectionView({ format, sectionId, data, language, idPrefix = 'view' }: SectionViewProps) {
  const { t } = useTranslation('reports');
  const { nameOf } = useStateNames();
  const definition = definitionOf(format, sectionId);
  if (!definition) return null;
  const section = isRecord(data) ? own(data, sectionId) : undefined;
  const values: Record<string, unknown> = isRecord(section) ? section : {};

  return (
    <div className={classes.section}>
      {definition.fields.length > 0 && (
        <table className={classes.fields}>
          <tbody>
            {definition.fields.map((field) => (
              <tr key={field.id}>
                <th scope="row">{field.label[language]}</th>
                <td>
                  <FieldValue
                    field={field}
                    value={own(values, field.id)}
                    language={language}
                    nameOf={nameOf}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {definition.tables.map((table) => (
        <RowsTable
          key={table.id}
          id={`${idPrefix}-${sectionId}-${table.id}`}
          table={table}
          rows={rowsIn(own(values, table.id))}
          language={language}
          nameOf={nameOf}
          empty={t('reports.view.noRows')}
        />
      ))}
    </div>
  );
}

const rowsIn = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter(isRecord) : [];

interface RowsTableProps {
  id: string;
  table: TableDef;
  rows: Record<string, unknown>[];
  language: Language;
  nameOf: (iso3: string) => string;
  empty: string;
}

/** A repeatable table of a form, in a box that scrolls sideways on a phone. */
function RowsTable({ id, table, rows, language, nameOf, empty }: RowsTableProps) {
  const captionId = `${id}-caption`;
  const cell = (column: FieldDef, row: Record<string, unknown>) => (
    <FieldValue field={column} value={own(row, column.id)} language={language} nameOf={nameOf} />
  );
  if (rows.length === 0)
    return (
      <div className={classes.emptyTable}>
        <Text fw={700} size="sm" id={captionId}>
          {table.label[language]}
        </Text>
        <Text size="sm">{empty}</Text>
      </div>
    );
  const [first, ...rest] = table.columns;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className={classes.scroll} aria-labelledby={captionId} tabIndex={0}>
      <table className={classes.rows}>
        <caption id={captionId}>{table.label[language]}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.id} scope="col">
                {column.label[language]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // Rows have no identity of their own: their order is the report's.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <tr key={index}>
              {first && <th scope="row">{cell(first, row)}</th>}
              {rest.map((column) => (
                <td key={column.id}>{cell(column, row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
