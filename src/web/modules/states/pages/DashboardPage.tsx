import { Anchor, Loader, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import tableClasses from '../../../components/DataTable.module.css';
import { hasAbility, useAuth } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  exportUrl,
  filtersFromParams,
  filtersToParams,
  listQueryString,
  type StateFilters,
  sortStates,
  useStatesList,
  useUniversalization,
} from '../api';
import { HeadlineCounts, RegionCounts } from '../components/Counts';
import { MapSection } from '../components/MapSection';
import { PartiesChart } from '../components/PartiesChart';
import { StatesFilters } from '../components/StatesFilters';
import { StatesTable } from '../components/StatesTable';
import { TargetList } from '../components/TargetList';
import classes from '../states.module.css';

// Shown only when a request fails: Mantine's Alert and Button need not be in the first download.
const QueryError = lazy(() =>
  import('../../../components/QueryError').then((m) => ({ default: m.QueryError })),
);
// Staff only: the editing form stays out of the public visitor's download.
const TargetsEditor = lazy(() => import('../components/TargetsEditor'));

/** A failed load, with a way to retry; its own Suspense so the rest of the page stays. */
function LoadError({ query }: { query: { error: unknown; refetch: () => unknown } }) {
  return (
    <Suspense fallback={null}>
      <QueryError error={query.error} onRetry={() => query.refetch()} />
    </Suspense>
  );
}

/** The dashboard date: status "as of" a day, for the whole page. */
function AsOfForm({ value, onApply }: { value: string; onApply: (asOf: string) => void }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(asOf);
  };
  return (
    <form onSubmit={submit} className={tableClasses.filters}>
      <TextInput
        type="date"
        className={classes.asOf}
        label={t('states.asOf.label')}
        description={t('states.asOf.hint')}
        value={asOf}
        onChange={(event) => setAsOf(event.currentTarget.value)}
      />
      <div className={tableClasses.filterActions}>
        <button type="submit" className={classes.buttonDefault}>
          {t('states.asOf.apply')}
        </button>
      </div>
    </form>
  );
}

/** /states: headline counts, world map, counts by region, Parties over time, and every State. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('states.documentTitle'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const auth = useAuth();
  const staff = hasAbility(auth.data?.user, 'staff');

  const summary = useUniversalization(filters.asOf);
  const everyState = useStatesList(listQueryString({ asOf: filters.asOf }));
  const listed = useStatesList(listQueryString(filters));
  const rows = useMemo(
    () => (listed.data ? sortStates(listed.data.items, filters.sort, filters.order, i18n.language) : []),
    [listed.data, filters.sort, filters.order, i18n.language],
  );
  const apply = (next: StateFilters) => setParams(filtersToParams(next), { replace: true });
  const asOf = summary.data?.asOf ?? filters.asOf;

  return (
    <article className={classes.page}>
      <div className={classes.intro}>
        <div>
          <Title order={1}>{t('states.heading')}</Title>
          <Text>{t('states.intro')}</Text>
          {asOf && (
            <Text fw={700}>{t('states.asOf.showing', { date: formatDate(asOf, i18n.language) })}</Text>
          )}
        </div>
        <AsOfForm
          key={filters.asOf}
          value={filters.asOf}
          onApply={(next) => apply({ ...filters, asOf: next })}
        />
      </div>

      {summary.isError && <LoadError query={summary} />}
      <HeadlineCounts data={summary.data} />

      <MapSection
        states={everyState.data?.items}
        counts={summary.data?.byStatus}
        skipTo="states-list-heading"
      />
      {everyState.isError && <LoadError query={everyState} />}

      {summary.data && <RegionCounts data={summary.data} />}

      {summary.data && (
        <section aria-labelledby="states-chart-heading">
          <Title order={2} id="states-chart-heading" mb="xs">
            {t('states.chart.heading')}
          </Title>
          <PartiesChart years={summary.data.partiesByYear} targets={summary.data.targets} />
          {staff ? (
            <Suspense fallback={<Loader size="sm" aria-label={t('layout.loading')} />}>
              <TargetsEditor targets={summary.data.targets} />
            </Suspense>
          ) : (
            <TargetList targets={summary.data.targets} />
          )}
        </section>
      )}

      <section aria-labelledby="states-list-heading">
        <div className={tableClasses.toolbar}>
          <Title order={2} id="states-list-heading" tabIndex={-1}>
            {t('states.list.heading')}
          </Title>
          <div className={classes.exports}>
            <Anchor href={exportUrl('csv', filters, i18n.language)} download>
              {t('states.list.exportCsv')}
            </Anchor>
            <Anchor href={exportUrl('xlsx', filters, i18n.language)} download>
              {t('states.list.exportXlsx')}
            </Anchor>
          </div>
        </div>
        <StatesFilters key={params.toString()} filters={filters} onApply={apply} />
        <Text role="status" mb="xs">
          {listed.data ? t('states.list.count', { count: listed.data.total }) : ''}
        </Text>
        {listed.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
        {listed.isError && <LoadError query={listed} />}
        {listed.data && listed.data.total > 0 && (
          <StatesTable
            states={rows}
            sort={filters.sort}
            order={filters.order}
            onSort={(sort, order) => apply({ ...filters, sort, order })}
            caption={t('states.list.caption')}
          />
        )}
      </section>
    </article>
  );
}
