import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { plain } from '../../../components/plain';
import { TableScroll } from '../../../components/TableScroll';
import { STATUS_ORDER, type Universalization } from '../api';
import classes from '../states.module.css';

/** The four figures people ask for first, as a description list (label, then number). */
export function HeadlineCounts({ data }: { data?: Universalization }) {
  const { t, i18n } = useTranslation('states');
  const number = new Intl.NumberFormat(i18n.language);
  const figures = [
    { key: 'parties', value: data?.parties },
    { key: 'inForce', value: data?.inForce },
    { key: 'signatories', value: data?.byStatus.signatory },
    { key: 'notParty', value: data?.byStatus.not_party },
  ] as const;
  return (
    <dl className={classes.counts} aria-busy={!data} data-testid="headline-counts">
      {figures.map(({ key, value }) => (
        <div key={key} className={classes.count} data-count={key}>
          <dt>{t(`states.counts.${key}`)}</dt>
          <dd>{value === undefined ? '…' : number.format(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** States by CCM regional grouping and status, with totals. */
export function RegionCounts({ data }: { data: Universalization }) {
  const { t, i18n } = useTranslation('states');
  const number = new Intl.NumberFormat(i18n.language);
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <section aria-labelledby="states-regions-heading">
      <h2 id="states-regions-heading" className={`${plain.h2} ${plain.spaceBelow}`}>
        {t('states.regions.heading')}
      </h2>
      <TableScroll labelledBy="states-regions-caption">
        <table className={`${tableClasses.table} ${classes.table}`}>
          <caption id="states-regions-caption">{t('states.regions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('states.columns.ccmRegion')}</th>
              {STATUS_ORDER.map((status) => (
                <th key={status} scope="col" className={classes.numeric}>
                  {t(`states.status.${status}`)}
                </th>
              ))}
              <th scope="col" className={classes.numeric}>
                {t('states.regions.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.byCcmRegion.map(({ region, byStatus }) => (
              <tr key={region}>
                <th scope="row">{t(`states.ccmRegion.${region}`)}</th>
                {STATUS_ORDER.map((status) => (
                  <td key={status} className={classes.numeric}>
                    {number.format(byStatus[status] ?? 0)}
                  </td>
                ))}
                <td className={classes.numeric}>{number.format(total(byStatus))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
