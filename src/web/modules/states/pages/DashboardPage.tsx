import { type FormEvent, lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { withMantine } from '../../../app/with-mantine';
import tableClasses from '../../../components/DataTable.module.css';
import { plain, Spinner, TextField } from '../../../components/plain';
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

// The page itself uses no Mantine (first-load budget, docs/architecture.md). Mantine comes only
// with what a visitor rarely needs: the message of a failed request, the staff's editing form.
const QueryError = lazy(
  withMantine(() => import('../../../components/QueryError').then((m) => ({ default: m.QueryError }))),
);
const TargetsEditor = lazy(withMantine(() => import('../components/TargetsEditor')));

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
  const { t } = useTranslation('states');
  const [asOf, setAsOf] = useState(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(asOf);
  };
  return (
    <form onSubmit={submit} className={tableClasses.filters}>
      <TextField
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
  const { t, i18n } = useTranslation('states');
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
          <h1 className={plain.h1}>{t('states.heading')}</h1>
          <p className={plain.text}>{t('states.intro')}</p>
          {asOf && (
            <p className={`${plain.text} ${plain.bold}`}>
              {t('states.asOf.showing', { date: formatDate(asOf, i18n.language) })}
            </p>
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
          <h2 id="states-chart-heading" className={`${plain.h2} ${plain.spaceBelow}`}>
            {t('states.chart.heading')}
          </h2>
          <PartiesChart years={summary.data.partiesByYear} targets={summary.data.targets} />
          {staff ? (
            <Suspense fallback={<Spinner label={t('layout.loading')} />}>
              <TargetsEditor targets={summary.data.targets} />
            </Suspense>
          ) : (
            <TargetList targets={summary.data.targets} />
          )}
        </section>
      )}

      <section aria-labelledby="states-list-heading">
        <div className={tableClasses.toolbar}>
          <h2 id="states-list-heading" tabIndex={-1} className={plain.h2}>
            {t('states.list.heading')}
          </h2>
          <div className={classes.exports}>
            <a href={exportUrl('csv', filters, i18n.language)} download className={plain.link}>
              {t('states.list.exportCsv')}
            </a>
            <a href={exportUrl('xlsx', filters, i18n.language)} download className={plain.link}>
              {t('states.list.exportXlsx')}
            </a>
          </div>
        </div>
        <StatesFilters key={params.toString()} filters={filters} onApply={apply} />
        <p role="status" className={`${plain.text} ${plain.spaceBelow}`}>
          {listed.data ? t('states.list.count', { count: listed.data.total }) : ''}
        </p>
        {listed.isPending && <Spinner label={t('layout.loading')} />}
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
