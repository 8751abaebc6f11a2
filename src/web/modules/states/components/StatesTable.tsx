import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import tableClasses from '../../../components/DataTable.module.css';
import { SortHeader, type SortOrder } from '../../../components/SortHeader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { nameIn, type SortKey, type StateSummary } from '../api';
import { StateStatusBadge } from './StateStatusBadge';

interface StatesTableProps {
  states: StateSummary[];
  sort: SortKey;
  order: SortOrder;
  onSort: (sort: SortKey, order: SortOrder) => void;
  caption: string;
}

/** One row per State, already sorted; the name links to the State's profile. */
export function StatesTable({ states, sort, order, onSort, caption }: StatesTableProps) {
  const { t, i18n } = useTranslation();
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : '—');
  const header = (column: SortKey, label: string) => (
    <SortHeader column={column} sort={sort} order={order} onSort={onSort}>
      {label}
    </SortHeader>
  );
  return (
    <TableScroll labelledBy="states-table-caption">
      <Table className={tableClasses.table} striped verticalSpacing="xs">
        <caption id="states-table-caption">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {header('name', t('states.columns.state'))}
            {header('status', t('states.columns.status'))}
            {header('ccmRegion', t('states.columns.ccmRegion'))}
            <Table.Th scope="col">{t('states.columns.signature')}</Table.Th>
            {header('depositDate', t('states.columns.deposit'))}
            {header('entryIntoForce', t('states.columns.entryIntoForce'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {states.map((state) => (
            <Table.Tr key={state.iso3}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/states/${state.iso3}`}>
                  {nameIn(state, i18n.language)}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <StateStatusBadge status={state.status} />
              </Table.Td>
              <Table.Td>{t(`states.ccmRegion.${state.ccmRegion}`)}</Table.Td>
              <Table.Td className={tableClasses.nowrap}>{date(state.signatureDate)}</Table.Td>
              <Table.Td>
                <span className={tableClasses.nowrap}>{date(state.depositDate)}</span>
                {state.depositType && ` (${t(`states.eventType.${state.depositType}`)})`}
              </Table.Td>
              <Table.Td className={tableClasses.nowrap}>{date(state.entryIntoForce)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
