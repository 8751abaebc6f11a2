import { Anchor, Loader, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import tableClasses from '../../../components/DataTable.module.css';
import { FocusHeading } from '../../../components/FocusHeading';
import { QueryError } from '../../../components/QueryError';
import { formatDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { calendarUrl, exportUrl, fetchObligationList, obligationKeys } from '../api';
import { DashboardFiltersForm } from '../components/DashboardFiltersForm';
import { ArticleCounts, DeadlineList } from '../components/DashboardSummary';
import { DashboardTable } from '../components/DashboardTable';
import {
  apiParams,
  countsByArticle,
  type DashboardFilters,
  filtersFromParams,
  filtersToParams,
  overdue,
  sortRows,
  upcoming,
} from '../dashboard';
import { useStateNames } from '../hooks';
import classes from '../obligations.module.css';

/** The ISU's compliance dashboard: what is overdue, what falls due soon, and every obligation. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('obligations');
  useDocumentTitle(t('obligations.dashboard.documentTitle'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const { states, nameOf } = useStateNames();
  // Without the status filter: the summaries above the table always count every status.
  const baseQuery = apiParams(filters, false).toString();
  const tableQuery = apiParams(filters, true).toString();
  const base = useQuery({
    queryKey: obligationKeys.list(baseQuery),
    queryFn: ({ signal }) => fetchObligationList(baseQuery, signal),
    placeholderData: keepPreviousData,
  });
  const table = useQuery({
    queryKey: obligationKeys.list(tableQuery),
    queryFn: ({ signal }) => fetchObligationList(tableQuery, signal),
    placeholderData: keepPreviousData,
  });
  const update = (patch: Partial<DashboardFilters>) =>
    setParams(filtersToParams({ ...filters, ...patch }), { replace: true });

  const asOf = base.data?.asOf ?? filters.asOf;
  const rowName = (o: { iso3: string; name: string }) => nameOf(o.iso3, o.name);
  const rows = table.data
    ? sortRows(table.data.items, filters.sort, filters.order, rowName, i18n.language)
    : [];

  return (
    <article>
      <FocusHeading>{t('obligations.dashboard.heading')}</FocusHeading>
      <Text>{t('obligations.dashboard.intro')}</Text>
      <div className={classes.links}>
        <Anchor href={exportUrl('csv', tableQuery)} download>
          {t('obligations.dashboard.exportCsv')}
        </Anchor>
        <Anchor href={exportUrl('xlsx', tableQuery)} download>
          {t('obligations.dashboard.exportXlsx')}
        </Anchor>
        <Anchor href={calendarUrl(filters.state || undefined)} download>
          {t('obligations.dashboard.calendar')}
        </Anchor>
      </div>
      <DashboardFiltersForm filters={filters} states={states} onChange={update} />
      {base.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
      {base.isError && <QueryError error={base.error} onRetry={() => base.refetch()} />}
      {base.data && (
        <>
          <Text size="sm" mb="md">
            {t('obligations.dashboard.asOf', { date: formatDate(asOf, i18n.language) })}
          </Text>
          <div className={classes.columns}>
            <DeadlineList
              id="overdue-heading"
              title={t('obligations.dashboard.overdue')}
              empty={t('obligations.dashboard.noneOverdue')}
              items={overdue(base.data.items)}
              nameOf={nameOf}
            />
            <DeadlineList
              id="upcoming-heading"
              title={t('obligations.dashboard.upcoming')}
              empty={t('obligations.dashboard.noneUpcoming')}
              items={upcoming(base.data.items, asOf)}
              nameOf={nameOf}
            />
          </div>
          <section className={classes.section} aria-labelledby="counts-heading">
            <Title order={2} size="h3" id="counts-heading" mb="xs">
              {t('obligations.dashboard.countsHeading')}
            </Title>
            <ArticleCounts counts={countsByArticle(base.data.items, asOf)} />
          </section>
        </>
      )}
      <section className={classes.section} aria-labelledby="all-heading">
        <div className={tableClasses.toolbar}>
          <Title order={2} size="h3" id="all-heading">
            {t('obligations.dashboard.allHeading')}
          </Title>
        </div>
        {table.isError && <QueryError error={table.error} onRetry={() => table.refetch()} />}
        {table.data && (
          <Text role="status" size="sm" my="sm">
            {t('table.results', { count: table.data.total })}
          </Text>
        )}
        {table.data && rows.length === 0 && <Text my="md">{t('obligations.dashboard.empty')}</Text>}
        {rows.length > 0 && (
          <DashboardTable
            items={rows}
            nameOf={nameOf}
            sort={filters.sort}
            order={filters.order}
            onSort={(sort, order) => update({ sort, order })}
          />
        )}
      </section>
    </article>
  );
}
