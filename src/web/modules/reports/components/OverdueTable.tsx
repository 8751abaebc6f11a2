import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import type { OverdueRow } from '../api';
import classes from '../reports.module.css';

interface Props {
  items: OverdueRow[];
  nameOf: (iso3: string, fallback?: string) => string;
}

/** Reports due and not received, most overdue first (the server's order). */
export function OverdueTable({ items, nameOf }: Props) {
  const { t, i18n } = useTranslation('reports');
  return (
    <TableScroll labelledBy="overdue-caption">
      <Table className={tableClasses.table} striped verticalSpacing="xs">
        <caption id="overdue-caption">{t('reports.compliance.overdueCaption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.columns.state')}</Table.Th>
            <Table.Th scope="col">{t('reports.columns.report')}</Table.Th>
            <Table.Th scope="col">{t('reports.columns.dueOn')}</Table.Th>
            <Table.Th scope="col" className={classes.numeric}>
              {t('reports.compliance.daysOverdue')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={`${r.iso3}-${r.kind}-${r.year}`}>
              <Table.Th scope="row">{nameOf(r.iso3, r.stateName)}</Table.Th>
              <Table.Td>{t(`reports.reportName.${r.kind}`, { year: r.year })}</Table.Td>
              <Table.Td className={tableClasses.nowrap}>{formatDate(r.dueDate, i18n.language)}</Table.Td>
              <Table.Td className={classes.numeric}>{r.daysOverdue}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
