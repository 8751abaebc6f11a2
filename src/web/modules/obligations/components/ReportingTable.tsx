import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import tableClasses from '../../../components/DataTable.module.css';
import { TableScroll } from '../../../components/TableScroll';
import type { ObligationRow } from '../api';
import { dateOrDash, formatPartialDate } from '../format';
import { ObligationStatusBadge } from './ObligationStatusBadge';

interface Props {
  items: ObligationRow[];
  nameOf: (iso3: string, fallback: string) => string;
}

function Cell({ o }: { o: ObligationRow | undefined }) {
  const { t, i18n } = useTranslation('obligations');
  if (!o) return <Table.Td>—</Table.Td>;
  return (
    <Table.Td>
      <ObligationStatusBadge status={o.status} />
      <div>
        {o.completedOn
          ? t('obligations.reporting.received', { date: formatPartialDate(o.completedOn, i18n.language) })
          : t('obligations.reporting.due', { date: dateOrDash(o.currentDeadline, i18n.language) })}
      </div>
    </Table.Td>
  );
}

/** Art. 7 transparency reports: the initial report and the latest annual update, per State. */
export function ReportingTable({ items, nameOf }: Props) {
  const { t, i18n } = useTranslation('obligations');
  const byState = new Map<string, { name: string; initial?: ObligationRow; annual?: ObligationRow }>();
  for (const o of items) {
    const entry = byState.get(o.iso3) ?? { name: o.name };
    if (o.article === '7-initial') entry.initial = o;
    if (o.article === '7-annual') entry.annual = o;
    byState.set(o.iso3, entry);
  }
  const collator = new Intl.Collator(i18n.language);
  const rows = [...byState.entries()].sort(([a, x], [b, y]) =>
    collator.compare(nameOf(a, x.name), nameOf(b, y.name)),
  );
  return (
    <TableScroll labelledBy="reporting-caption">
      <Table className={tableClasses.table} striped verticalSpacing="xs">
        <caption id="reporting-caption">{t('obligations.public.reportingCaption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('obligations.columns.state')}</Table.Th>
            <Table.Th scope="col">{t('obligations.article.7-initial')}</Table.Th>
            <Table.Th scope="col">{t('obligations.article.7-annual')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([iso3, entry]) => (
            <Table.Tr key={iso3}>
              <Table.Th scope="row">
                <Link to={`/obligations/states/${iso3}`}>{nameOf(iso3, entry.name)}</Link>
              </Table.Th>
              <Cell o={entry.initial} />
              <Cell o={entry.annual} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
