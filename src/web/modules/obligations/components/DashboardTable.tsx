import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import tableClasses from '../../../components/DataTable.module.css';
import { SortHeader, type SortOrder } from '../../../components/SortHeader';
import { TableScroll } from '../../../components/TableScroll';
import type { ObligationRow } from '../api';
import type { DashboardSort } from '../dashboard';
import { articleKey, dateOrDash, formatPartialDate } from '../format';
import { ObligationStatusBadge } from './ObligationStatusBadge';

interface Props {
  items: ObligationRow[];
  nameOf: (iso3: string, fallback: string) => string;
  sort: DashboardSort;
  order: SortOrder;
  onSort: (sort: DashboardSort, order: SortOrder) => void;
}

/** Every obligation that matches the filters, one row each; the State links to its obligations. */
export function DashboardTable({ items, nameOf, sort, order, onSort }: Props) {
  const { t, i18n } = useTranslation('obligations');
  const header = (column: DashboardSort, label: string) => (
    <SortHeader column={column} sort={sort} order={order} onSort={onSort}>
      {label}
    </SortHeader>
  );
  return (
    <TableScroll labelledBy="dashboard-caption">
      <Table className={tableClasses.table} striped verticalSpacing="xs">
        <caption id="dashboard-caption">{t('obligations.dashboard.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            {header('state', t('obligations.columns.state'))}
            {header('article', t('obligations.columns.article'))}
            {header('status', t('obligations.columns.status'))}
            {header('originalDeadline', t('obligations.columns.originalDeadline'))}
            {header('currentDeadline', t('obligations.columns.currentDeadline'))}
            <Table.Th scope="col">{t('obligations.columns.extensions')}</Table.Th>
            <Table.Th scope="col">{t('obligations.columns.completed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((o) => (
            <Table.Tr key={`${o.iso3}-${o.article}`}>
              <Table.Th scope="row">
                <Link to={`/obligations/states/${o.iso3}`}>{nameOf(o.iso3, o.name)}</Link>
              </Table.Th>
              <Table.Td>{t(`obligations.article.${articleKey(o.article)}`)}</Table.Td>
              <Table.Td>
                <ObligationStatusBadge status={o.status} />
              </Table.Td>
              <Table.Td className={tableClasses.nowrap}>
                {dateOrDash(o.originalDeadline, i18n.language)}
              </Table.Td>
              <Table.Td className={tableClasses.nowrap}>
                {dateOrDash(o.currentDeadline, i18n.language)}
              </Table.Td>
              <Table.Td>{o.extensions.filter((e) => e.grantedUntil).length || '—'}</Table.Td>
              <Table.Td className={tableClasses.nowrap}>
                {o.completedOn ? formatPartialDate(o.completedOn, i18n.language) : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
