import { Button, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import tableClasses from '../../../components/DataTable.module.css';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import type { ObligationRow } from '../api';
import type { ArticleCount } from '../dashboard';
import { articleKey } from '../format';
import classes from '../obligations.module.css';

const SHOWN = 10;

interface ListProps {
  id: string;
  title: string;
  empty: string;
  items: ObligationRow[];
  nameOf: (iso3: string, fallback: string) => string;
}

/** A short list ("overdue now", "due in the next 12 months"), the first ten and a "show all". */
export function DeadlineList({ id, title, empty, items, nameOf }: ListProps) {
  const { t, i18n } = useTranslation('obligations');
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title} ({items.length})
      </Title>
      {items.length === 0 ? (
        <Text>{empty}</Text>
      ) : (
        <ul className={classes.plainList}>
          {shown.map((o) => (
            <li key={`${o.iso3}-${o.article}`}>
              <Link to={`/obligations/states/${o.iso3}`}>{nameOf(o.iso3, o.name)}</Link>
              {' · '}
              {t(`obligations.article.${articleKey(o.article)}`)}
              {' · '}
              <span className={classes.nowrap}>
                {o.currentDeadline ? formatDate(o.currentDeadline, i18n.language) : '—'}
              </span>
            </li>
          ))}
        </ul>
      )}
      {items.length > SHOWN && (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll((v) => !v)} aria-expanded={all}>
          {all
            ? t('obligations.dashboard.showFewer')
            : t('obligations.dashboard.showAll', { count: items.length })}
        </Button>
      )}
    </section>
  );
}

/** Counts per article, with a bar for the overdue share (the number is always written out). */
export function ArticleCounts({ counts }: { counts: ArticleCount[] }) {
  const { t } = useTranslation('obligations');
  const max = Math.max(1, ...counts.map((c) => c.total));
  return (
    <TableScroll labelledBy="counts-caption">
      <Table className={tableClasses.table} verticalSpacing="xs">
        <caption id="counts-caption">{t('obligations.dashboard.countsCaption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('obligations.columns.article')}</Table.Th>
            <Table.Th scope="col">{t('obligations.dashboard.applies')}</Table.Th>
            <Table.Th scope="col">{t('obligations.status.overdue')}</Table.Th>
            <Table.Th scope="col">{t('obligations.dashboard.next12')}</Table.Th>
            <Table.Th scope="col">{t('obligations.dashboard.extended')}</Table.Th>
            <Table.Th scope="col">{t('obligations.dashboard.completed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {counts.map((c) => (
            <Table.Tr key={c.article}>
              <Table.Th scope="row">{t(`obligations.article.${articleKey(c.article)}`)}</Table.Th>
              <Table.Td>{c.total}</Table.Td>
              <Table.Td>
                {c.overdue}
                <span
                  aria-hidden="true"
                  className={classes.bar}
                  style={{ inlineSize: `${(c.overdue / max) * 100}%` }}
                />
              </Table.Td>
              <Table.Td>
                {c.upcoming}
                <span
                  aria-hidden="true"
                  className={`${classes.bar} ${classes.barUpcoming}`}
                  style={{ inlineSize: `${(c.upcoming / max) * 100}%` }}
                />
              </Table.Td>
              <Table.Td>{c.extended}</Table.Td>
              <Table.Td>{c.completed}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
