import { Table } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { Pager } from '../../../components/Pager';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { intlLocale } from '../../../lib/languages';
import type { OverdueRow } from '../api';
import classes from '../reports.module.css';

interface Props {
  items: OverdueRow[];
  nameOf: (iso3: string, fallback?: string) => string;
}

/**
 * Hundreds of reports can be overdue (every State's every missing report since 2011): a page at a
 * time keeps the page light on a slow link and a small device. The CSV export has them all.
 */
export const OVERDUE_PAGE_SIZE = 50;

/** Reports due and not received, most overdue first, States in alphabetical order within a day. */
export function OverdueTable({ items, nameOf }: Props) {
  const { t, i18n } = useTranslation('reports');
  const locale = intlLocale(i18n.language);
  const [page, setPage] = useState(1);
  const sorted = useMemo(
    () =>
      [...items].sort(
        (a, b) =>
          b.daysOverdue - a.daysOverdue ||
          nameOf(a.iso3, a.stateName).localeCompare(nameOf(b.iso3, b.stateName), locale),
      ),
    [items, nameOf, locale],
  );
  const pages = Math.max(1, Math.ceil(sorted.length / OVERDUE_PAGE_SIZE));
  const shown = Math.min(page, pages);
  const rows = sorted.slice((shown - 1) * OVERDUE_PAGE_SIZE, shown * OVERDUE_PAGE_SIZE);
  const days = new Intl.NumberFormat(locale);
  return (
    <>
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
            {rows.map((r) => (
              <Table.Tr key={`${r.iso3}-${r.kind}-${r.year}`}>
                <Table.Th scope="row">{nameOf(r.iso3, r.stateName)}</Table.Th>
                <Table.Td>{t(`reports.reportName.${r.kind}`, { year: r.year })}</Table.Td>
                <Table.Td className={tableClasses.nowrap}>{formatDate(r.dueDate, i18n.language)}</Table.Td>
                <Table.Td className={classes.numeric}>{days.format(r.daysOverdue)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {sorted.length > OVERDUE_PAGE_SIZE && (
        <Pager page={shown} pageSize={OVERDUE_PAGE_SIZE} total={sorted.length} onPage={setPage} />
      )}
    </>
  );
}
