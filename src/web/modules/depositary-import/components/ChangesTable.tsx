import { Checkbox, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import type { DepositaryChange } from '../api';

type Event = DepositaryChange['current'];

interface ChangesTableProps {
  changes: DepositaryChange[];
  selected: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
}

/** "Accession, 10 January 2026 (effective 1 July 2026)", or a dash when there is none. */
export function EventText({ event }: { event: Event }) {
  const { t, i18n } = useTranslation('depositaryImport');
  if (!event) return <>—</>;
  const date = formatDate(event.date, i18n.language);
  const text = t('depositaryImport.event', { type: t(`depositaryImport.eventTypes.${event.type}`), date });
  return (
    <>
      {text}
      {event.effectiveDate &&
        ` ${t('depositaryImport.effective', { date: formatDate(event.effectiveDate, i18n.language) })}`}
    </>
  );
}

/** The differences that can be applied, each with a checkbox; none is selected at first. */
export function ChangesTable({ changes, selected, onToggle, onToggleAll }: ChangesTableProps) {
  const { t } = useTranslation('depositaryImport');
  const count = changes.filter((c) => selected.has(c.id)).length;
  return (
    <TableScroll labelledBy="depositary-changes-caption">
      <Table className={tableClasses.table} striped verticalSpacing="xs">
        <caption id="depositary-changes-caption">{t('depositaryImport.table.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <Checkbox
                aria-label={t('depositaryImport.table.selectAll')}
                checked={count > 0 && count === changes.length}
                indeterminate={count > 0 && count < changes.length}
                onChange={(event) => onToggleAll(event.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th scope="col">{t('depositaryImport.table.state')}</Table.Th>
            <Table.Th scope="col">{t('depositaryImport.table.change')}</Table.Th>
            <Table.Th scope="col">{t('depositaryImport.table.current')}</Table.Th>
            <Table.Th scope="col">{t('depositaryImport.table.proposed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => {
            const kind = t(`depositaryImport.kinds.${change.kind}`);
            return (
              <Table.Tr key={change.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('depositaryImport.table.select', { name: change.name, change: kind })}
                    checked={selected.has(change.id)}
                    onChange={(event) => onToggle(change.id, event.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Th scope="row">
                  {change.name}
                  {change.iso3 && ` (${change.iso3})`}
                </Table.Th>
                <Table.Td>{kind}</Table.Td>
                <Table.Td>
                  <EventText event={change.current} />
                </Table.Td>
                <Table.Td>
                  <EventText event={change.proposed} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
