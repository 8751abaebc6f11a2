import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import tableClasses from '../../../components/DataTable.module.css';
import { SortHeader, type SortOrder } from '../../../components/SortHeader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { type OutreachListItem, type SortKey, today } from '../api';
import classes from '../outreach.module.css';
import { PriorityBadge } from './PriorityBadge';

interface OutreachTableProps {
  items: OutreachListItem[];
  sort: SortKey;
  order: SortOrder;
  onSort: (sort: SortKey, order: SortOrder) => void;
}

/** Potential new States Parties, one row each, linking to the State's outreach page. */
export function OutreachTable({ items, sort, order, onSort }: OutreachTableProps) {
  const { t, i18n } = useTranslation('outreach');
  const now = today();
  const header = (column: SortKey, label: string) => (
    <SortHeader column={column} sort={sort} order={order} onSort={onSort}>
      {label}
    </SortHeader>
  );
  return (
    <TableScroll labelledBy="outreach-caption">
      <Table className={tableClasses.table} striped verticalSpacing="xs">
        <caption id="outreach-caption">{t('outreach.list.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            {header('name', t('outreach.columns.state'))}
            {header('status', t('outreach.columns.status'))}
            <Table.Th scope="col">{t('outreach.columns.region')}</Table.Th>
            {header('priority', t('outreach.columns.priority'))}
            {header('lastActivity', t('outreach.columns.lastActivity'))}
            {header('nextDue', t('outreach.columns.nextStep'))}
            <Table.Th scope="col">{t('outreach.columns.openSteps')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.iso3}>
              <Table.Th scope="row">
                <Link to={`/outreach/${item.iso3}`}>{item.name}</Link>
              </Table.Th>
              <Table.Td>{t(`outreach.status.${item.status}`)}</Table.Td>
              <Table.Td>{t(`outreach.regions.${item.ccmRegion}`)}</Table.Td>
              <Table.Td>
                <PriorityBadge priority={item.priority} />
              </Table.Td>
              <Table.Td className={tableClasses.nowrap}>
                {item.lastActivityDate ? formatDate(item.lastActivityDate, i18n.language) : '—'}
              </Table.Td>
              <Table.Td className={classes.stepCell}>
                {item.nextStep ? (
                  <>
                    <Text size="sm" className={item.nextStep.dueDate < now ? classes.overdue : undefined}>
                      {formatDate(item.nextStep.dueDate, i18n.language)}
                      {item.nextStep.dueDate < now && ` (${t('outreach.steps.overdue')})`}
                    </Text>
                    <Text size="sm">{item.nextStep.description}</Text>
                    {item.nextStep.ownerName && (
                      <Text size="xs" c="dimmed">
                        {t('outreach.steps.ownerIs', { owner: item.nextStep.ownerName })}
                      </Text>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>{item.openSteps}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
