import { Anchor, Loader, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import classes from '../../../components/DataTable.module.css';
import { FocusHeading } from '../../../components/FocusHeading';
import { QueryError } from '../../../components/QueryError';
import { matchLanguage } from '../../../lib/languages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  exportCsvUrl,
  type OutreachFilters as Filters,
  fetchOutreachList,
  filtersFromParams,
  filtersToParams,
  listQuery,
  outreachKeys,
} from '../api';
import { OutreachFilters } from '../components/OutreachFilters';
import { OutreachTable } from '../components/OutreachTable';

/** Potential new States Parties by priority and next step (Lausanne Action Plan, Actions 10–11). */
export function OutreachListPage() {
  const { t, i18n } = useTranslation('outreach');
  useDocumentTitle(t('outreach.list.documentTitle'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const query = listQuery(filters, matchLanguage(i18n.language) ?? 'en');
  const list = useQuery({
    queryKey: outreachKeys.list(query),
    queryFn: ({ signal }) => fetchOutreachList(query, signal),
    placeholderData: keepPreviousData,
  });
  const update = (patch: Partial<Filters>) =>
    setParams(filtersToParams({ ...filters, ...patch }), { replace: true });

  return (
    <article>
      <div className={classes.toolbar}>
        <FocusHeading>{t('outreach.list.heading')}</FocusHeading>
        <Anchor href={exportCsvUrl(query)} download>
          {t('outreach.list.export')}
        </Anchor>
      </div>
      <Text mt="xs">{t('outreach.list.intro')}</Text>
      <OutreachFilters filters={filters} onChange={update} />
      {list.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      {list.data && (
        <Text role="status" size="sm" mb="sm">
          {t('table.results', { count: list.data.total })}
        </Text>
      )}
      {list.data && list.data.items.length === 0 && <Text my="md">{t('outreach.list.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <OutreachTable
          items={list.data.items}
          sort={filters.sort}
          order={filters.order}
          onSort={(sort, order) => update({ sort, order })}
        />
      )}
    </article>
  );
}
