import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import tableClasses from '../../../components/DataTable.module.css';
import { TableScroll } from '../../../components/TableScroll';
import type { ObligationRow } from '../api';
import { dateOrDash, formatPartialDate } from '../format';
import { ExtensionList } from './ExtensionList';
import { ObligationStatusBadge } from './ObligationStatusBadge';

interface Props {
  id: string;
  caption: string;
  items: ObligationRow[];
  nameOf: (iso3: string, fallback: string) => string;
}

/** States with an Art. 3 or Art. 4 obligation, as the ISU publishes them, by State name. */
export function ArticleTable({ id, caption, items, nameOf }: Props) {
  const { t, i18n } = useTranslation('obligations');
  const collator = new Intl.Collator(i18n.language);
  const rows = [...items].sort((a, b) => collator.compare(nameOf(a.iso3, a.name), nameOf(b.iso3, b.name)));
  return (
    <TableScroll labelledBy={id}>
      <Table className={tableClasses.table} striped verticalSpacing="xs">
        <caption id={id}>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('obligations.columns.state')}</Table.Th>
            <Table.Th scope="col">{t('obligations.columns.originalDeadline')}</Table.Th>
            <Table.Th scope="col">{t('obligations.columns.extensions')}</Table.Th>
            <Table.Th scope="col">{t('obligations.columns.currentDeadline')}</Table.Th>
            <Table.Th scope="col">{t('obligations.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((o) => (
            <Table.Tr key={o.iso3}>
              <Table.Th scope="row">
                <Link to={`/obligations/states/${o.iso3}`}>{nameOf(o.iso3, o.name)}</Link>
              </Table.Th>
              <Table.Td className={tableClasses.nowrap}>
                {dateOrDash(o.originalDeadline, i18n.language)}
              </Table.Td>
              <Table.Td>
                <ExtensionList extensions={o.extensions} />
              </Table.Td>
              <Table.Td className={tableClasses.nowrap}>
                {dateOrDash(o.currentDeadline, i18n.language)}
              </Table.Td>
              <Table.Td>
                <ObligationStatusBadge status={o.status} />
                {o.completedOn && (
                  <div>
                    {t('obligations.completedOn', { date: formatPartialDate(o.completedOn, i18n.language) })}
                  </div>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
