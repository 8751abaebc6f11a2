import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { TableScroll } from '../../../components/TableScroll';
import { intlLocale } from '../../../lib/languages';
import type { ReportingRateYear } from '../api';
import classes from '../reports.module.css';

/**
 * Reporting rates per year: for initial and for annual reports, how many fell due, how many came
 * in and how many on time, with the rates. Newest year first.
 */
export function RatesTable({ items }: { items: ReportingRateYear[] }) {
  const { t, i18n } = useTranslation('reports');
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const rate = (value: number | null) => (value === null ? '—' : percent.format(value));
  const rows = [...items].sort((a, b) => b.year - a.year);
  const counts = (kind: 'initial' | 'annual') =>
    (['due', 'submitted', 'onTime'] as const).map((key) => (
      <th key={`${kind}-${key}`} scope="col" className={classes.numeric}>
        {t(`reports.compliance.${key}`)}
      </th>
    ));
  return (
    <TableScroll labelledBy="rates-caption">
      <table className={`${tableClasses.table} ${classes.dataTable}`}>
        <caption id="rates-caption">{t('reports.compliance.ratesCaption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={3}>
              {t('reports.compliance.initial')}
            </th>
            <th scope="colgroup" colSpan={5}>
              {t('reports.compliance.annual')}
            </th>
          </tr>
          <tr>
            <th scope="col">{t('reports.columns.year')}</th>
            {counts('initial')}
            {counts('annual')}
            <th scope="col" className={classes.numeric}>
              {t('reports.compliance.submittedRate')}
            </th>
            <th scope="col" className={classes.numeric}>
              {t('reports.compliance.onTimeRate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              <td className={classes.numeric}>{row.initial.due}</td>
              <td className={classes.numeric}>{row.initial.submitted}</td>
              <td className={classes.numeric}>{row.initial.onTime}</td>
              <td className={classes.numeric}>{row.annual.due}</td>
              <td className={classes.numeric}>{row.annual.submitted}</td>
              <td className={classes.numeric}>{row.annual.onTime}</td>
              <td className={classes.numeric}>{rate(row.annual.submittedRate)}</td>
              <td className={classes.numeric}>{rate(row.annual.onTimeRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
