import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { TableScroll } from '../../../components/TableScroll';
import { STATUS_ORDER, type Universalization } from '../api';
import classes from '../states.module.css';

/** The four figures people ask for first, as a description list (label, then number). */
export function HeadlineCounts({ data }: { data?: Universalization }) {
  const { t, i18n } = useTranslation();
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
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);
  return (
    <section aria-labelledby="states-regions-heading">
      <Title order={2} id="states-regions-heading" mb="xs">
        {t('states.regions.heading')}
      </Title>
      <TableScroll labelledBy="states-regions-caption">
        <Table className={tableClasses.table} striped verticalSpacing="xs">
          <caption id="states-regions-caption">{t('states.regions.caption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('states.columns.ccmRegion')}</Table.Th>
              {STATUS_ORDER.map((status) => (
                <Table.Th key={status} scope="col" className={classes.numeric}>
                  {t(`states.status.${status}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col" className={classes.numeric}>
                {t('states.regions.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.byCcmRegion.map(({ region, byStatus }) => (
              <Table.Tr key={region}>
                <Table.Th scope="row">{t(`states.ccmRegion.${region}`)}</Table.Th>
                {STATUS_ORDER.map((status) => (
                  <Table.Td key={status} className={classes.numeric}>
                    {number.format(byStatus[status] ?? 0)}
                  </Table.Td>
                ))}
                <Table.Td className={classes.numeric}>{number.format(total(byStatus))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </section>
  );
}
