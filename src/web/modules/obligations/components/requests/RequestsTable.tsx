import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import tableClasses from '../../../../components/DataTable.module.css';
import { TableScroll } from '../../../../components/TableScroll';
import type { ExtensionRequestSummary } from '../../api';
import { articleKey, dateOrDash } from '../../format';
import { RequestStatusBadge } from '../ObligationStatusBadge';

interface Props {
  items: ExtensionRequestSummary[];
  nameOf: (iso3: string, fallback: string) => string;
}

/** Extension requests, newest first; each opens its page. */
export function RequestsTable({ items, nameOf }: Props) {
  const { t, i18n } = useTranslation('obligations');
  const date = (value: string | null) => dateOrDash(value, i18n.language);
  return (
    <TableScroll labelledBy="requests-caption">
      <Table className={tableClasses.table} striped verticalSpacing="xs">
        <caption id="requests-caption">{t('obligations.requests.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('obligations.columns.state')}</Table.Th>
            <Table.Th scope="col">{t('obligations.columns.article')}</Table.Th>
            <Table.Th scope="col">{t('obligations.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('obligations.editor.requestedUntil')}</Table.Th>
            <Table.Th scope="col">{t('obligations.editor.meeting')}</Table.Th>
            <Table.Th scope="col">{t('obligations.requests.submittedOn')}</Table.Th>
            <Table.Th scope="col">{t('obligations.requests.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row">
                <Link to={`/obligations/requests/${r.id}`}>{nameOf(r.iso3, r.stateName)}</Link>
              </Table.Th>
              <Table.Td>{t(`obligations.article.${articleKey(r.article)}`)}</Table.Td>
              <Table.Td>
                <RequestStatusBadge status={r.status} />
              </Table.Td>
              <Table.Td className={tableClasses.nowrap}>{date(r.requestedUntil)}</Table.Td>
              <Table.Td>{r.meeting?.name ?? '—'}</Table.Td>
              <Table.Td className={tableClasses.nowrap}>{date(r.submittedOn)}</Table.Td>
              <Table.Td>
                {r.decision
                  ? `${t(`obligations.decisionKind.${r.decision}`)}${r.grantedUntil ? ` (${date(r.grantedUntil)})` : ''}`
                  : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
