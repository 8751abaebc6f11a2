import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import tableClasses from '../../../components/DataTable.module.css';
import { SortHeader, type SortOrder } from '../../../components/SortHeader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import type { ReportSummary } from '../api';
import type { ListSort } from '../list';
import { ReportStatusBadge } from './ReportStatusBadge';

interface Props {
  id: string;
  caption: string;
  items: ReportSummary[];
  nameOf: (iso3: string, fallback: string) => string;
  /** Without it the columns do not sort (the focal point's own short list). */
  sort?: { sort: ListSort; order: SortOrder; onSort: (sort: ListSort, order: SortOrder) => void };
}

/** Reports by State and year: a report that exists links to its page; one not started does not. */
export function ReportsTable({ id, caption, items, nameOf, sort }: Props) {
  const { t, i18n } = useTranslation('reports');
  const header = (column: ListSort, label: string) =>
    sort ? (
      <SortHeader column={column} sort={sort.sort} order={sort.order} onSort={sort.onSort}>
        {label}
      </SortHeader>
    ) : (
      <Table.Th scope="col">{label}</Table.Th>
    );
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : '—');
  return (
    <TableScroll labelledBy={`${id}-caption`}>
      <Table className={tableClasses.table} striped verticalSpacing="xs">
        <caption id={`${id}-caption`}>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {header('state', t('reports.columns.state'))}
            {header('year', t('reports.columns.report'))}
            {header('status', t('reports.columns.status'))}
            <Table.Th scope="col">{t('reports.columns.dueOn')}</Table.Th>
            {header('receivedOn', t('reports.columns.receivedOn'))}
            <Table.Th scope="col">{t('reports.columns.onTime')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => {
            const name = t(`reports.reportName.${r.kind}`, { year: r.year });
            return (
              <Table.Tr key={r.id ?? `${r.iso3}-${r.kind}-${r.year}`}>
                <Table.Th scope="row">{nameOf(r.iso3, r.stateName)}</Table.Th>
                <Table.Td>
                  {r.id ? (
                    <Link
                      to={`/reports/${r.id}`}
                      aria-label={t('reports.list.open', {
                        report: name,
                        state: nameOf(r.iso3, r.stateName),
                      })}
                    >
                      {name}
                    </Link>
                  ) : (
                    name
                  )}
                </Table.Td>
                <Table.Td>
                  <ReportStatusBadge status={r.status} />
                  {r.correctionInProgress && (
                    <span className={tableClasses.nowrap}> {t('reports.list.correcting')}</span>
                  )}
                </Table.Td>
                <Table.Td className={tableClasses.nowrap}>{date(r.dueOn)}</Table.Td>
                <Table.Td className={tableClasses.nowrap}>{date(r.receivedOn)}</Table.Td>
                <Table.Td>
                  {r.onTime === null ? '—' : r.onTime ? t('reports.view.yes') : t('reports.view.no')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
