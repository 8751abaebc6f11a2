import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { TableScroll } from '../../../components/TableScroll';
import { intlLocale } from '../../../lib/languages';
import classes from '../reports.module.css';

/** The figures the summary adds up: numbers (m² for areas) and yes/no items. */
export type NumberTotal = { total: number | null; states: number };
export type FlagTotal = { states: number; answered: number };
type Row = { iso3: string; stateName: string } & Record<string, unknown>;

const isArea = (id: string) => id.endsWith('Sqm');

/** Numbers in the interface language; areas with their unit. */
export function useFigureFormat() {
  const { t, i18n } = useTranslation('reports');
  const number = new Intl.NumberFormat(intlLocale(i18n.language));
  const compact = new Intl.NumberFormat(intlLocale(i18n.language), {
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const value = (id: string, v: unknown): string => {
    if (v === null || v === undefined) return '—';
    if (typeof v === 'boolean') return v ? t('reports.view.yes') : t('reports.view.no');
    if (typeof v === 'number') return isArea(id) ? `${number.format(v)} m²` : number.format(v);
    return String(v);
  };
  return { number, compact, value };
}

interface TotalsProps {
  figures: readonly string[];
  totals: Record<string, NumberTotal | FlagTotal>;
}

/** An article's totals across States: "1,234 (3 States)" or "4 of 6 States answering". */
export function SummaryTotals({ figures, totals }: TotalsProps) {
  const { t } = useTranslation('reports');
  const { value } = useFigureFormat();
  return (
    <dl className={classes.facts}>
      {figures.map((id) => {
        const total = totals[id];
        if (!total) return null;
        return (
          <div key={id} className={classes.factRow}>
            <dt>{t(`reports.keyFigures.${id}` as 'reports.keyFigures.clearedAreaSqm')}</dt>
            <dd>
              {'total' in total
                ? t('reports.summary.numberTotal', { value: value(id, total.total), count: total.states })
                : t('reports.summary.flagTotal', { count: total.states, answered: total.answered })}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

interface TableProps {
  id: string;
  caption: string;
  figures: readonly string[];
  rows: readonly Row[];
  nameOf: (iso3: string, fallback?: string) => string;
}

/** One row per State giving at least one of the article's figures. */
export function SummaryTable({ id, caption, figures, rows, nameOf }: TableProps) {
  const { t } = useTranslation('reports');
  const { value } = useFigureFormat();
  if (rows.length === 0) return <p>{t('reports.summary.noStates')}</p>;
  return (
    <TableScroll labelledBy={`${id}-caption`}>
      <table className={`${tableClasses.table} ${classes.dataTable}`}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.columns.state')}</th>
            {figures.map((f) => (
              <th key={f} scope="col" className={classes.numeric}>
                {t(`reports.keyFigures.${f}` as 'reports.keyFigures.clearedAreaSqm')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.iso3}>
              <th scope="row">{nameOf(row.iso3, row.stateName)}</th>
              {figures.map((f) => (
                <td key={f} className={classes.numeric}>
                  {value(f, row[f])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
