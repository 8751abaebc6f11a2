import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import type { AnalyticalSummary } from '../api';
import classes from '../reports.module.css';

interface Props {
  rows: AnalyticalSummary['reporting']['rows'];
  nameOf: (iso3: string, fallback?: string) => string;
}

/** The reports of the year: State, kind, date of submission and period covered. */
export function ReportingRows({ rows, nameOf }: Props) {
  const { t, i18n } = useTranslation('reports');
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : '—');
  if (rows.length === 0) return <p>{t('reports.summary.noReports')}</p>;
  return (
    <TableScroll labelledBy="summary-reports-caption">
      <table className={`${tableClasses.table} ${classes.dataTable}`}>
        <caption id="summary-reports-caption">{t('reports.summary.reportsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.columns.state')}</th>
            <th scope="col">{t('reports.columns.kind')}</th>
            <th scope="col">{t('reports.summary.submissionDate')}</th>
            <th scope="col">{t('reports.cover.period')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.iso3}-${r.kind}`}>
              <th scope="row">{nameOf(r.iso3, r.stateName)}</th>
              <td>{t(`reports.kind.${r.kind}`)}</td>
              <td className={tableClasses.nowrap}>{date(r.submissionDate)}</td>
              <td>{t('reports.cover.fromTo', { from: date(r.periodFrom), to: date(r.periodTo) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
