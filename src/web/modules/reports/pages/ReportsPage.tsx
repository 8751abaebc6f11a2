import { Anchor, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import tableClasses from '../../../components/DataTable.module.css';
import { FocusHeading } from '../../../components/FocusHeading';
import { Pager } from '../../../components/Pager';
import { QueryError } from '../../../components/QueryError';
import { hasAbility, useAuth } from '../../../lib/auth';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { listExportUrl, useReportList, useStateNames } from '../api';
import { ReportFilters } from '../components/ReportFilters';
import { ReportsTable } from '../components/ReportsTable';
import {
  exportQuery,
  filtersFromParams,
  filtersToParams,
  type ListFilters,
  stateReportsQuery,
} from '../list';
import classes from '../reports.module.css';

/**
 * Article 7 reports by year and State. The public sees what the ISU has published; ISU staff also
 * see drafts, submissions and the reports not started yet; a focal point also sees its own State's
 * reports in progress, above the list.
 */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  useDocumentTitle(t('reports.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const query = filtersToParams(filters).toString();
  const exported = exportQuery(filters);
  const auth = useAuth();
  const user = auth.data?.user ?? null;
  const staff = hasAbility(user, 'staff');
  const ownState = user?.role === 'state_focal_point' ? user.stateIso3 : null;
  const { nameOf } = useStateNames();
  const list = useReportList(query);
  const own = useReportList(stateReportsQuery(ownState ?? ''), ownState !== null);
  const inProgress = own.data?.items.filter((r) => r.status !== 'published' || r.correctionInProgress) ?? [];
  // Another filter or sort starts again from the first page.
  const update = (patch: Partial<ListFilters>) =>
    setParams(filtersToParams({ ...filters, page: 1, ...patch }), { replace: true });

  return (
    <article>
      <FocusHeading>{t('reports.title')}</FocusHeading>
      <Text>{staff ? t('reports.list.introStaff') : t('reports.list.intro')}</Text>
      <nav aria-label={t('reports.list.links')} className={classes.links}>
        {ownState && (
          <Anchor component={Link} to="/reports/start">
            {t('reports.list.start')}
          </Anchor>
        )}
        {staff && (
          <Anchor component={Link} to="/reports/received">
            {t('reports.list.recordReceived')}
          </Anchor>
        )}
        <Anchor component={Link} to="/reports/compliance">
          {t('reports.compliance.heading')}
        </Anchor>
        <Anchor component={Link} to="/reports/summary">
          {t('reports.summary.heading')}
        </Anchor>
      </nav>

      {ownState && (
        <section className={classes.section} aria-labelledby="own-heading">
          <Title order={2} size="h3" id="own-heading" mb="xs">
            {t('reports.list.ownHeading', { state: nameOf(ownState) })}
          </Title>
          {own.isError && <QueryError error={own.error} onRetry={() => own.refetch()} />}
          {own.data && inProgress.length === 0 && <Text>{t('reports.list.ownEmpty')}</Text>}
          {inProgress.length > 0 && (
            <ReportsTable
              id="own-reports"
              caption={t('reports.list.ownCaption')}
              items={inProgress}
              nameOf={nameOf}
            />
          )}
        </section>
      )}

      <section className={classes.section} aria-labelledby="all-heading">
        <div className={tableClasses.toolbar}>
          <Title order={2} size="h3" id="all-heading">
            {t('reports.list.allHeading')}
          </Title>
          <div className={classes.links}>
            <Anchor href={listExportUrl('csv', exported)} download>
              {t('reports.list.exportCsv')}
            </Anchor>
            <Anchor href={listExportUrl('xlsx', exported)} download>
              {t('reports.list.exportXlsx')}
            </Anchor>
          </div>
        </div>
        <ReportFilters filters={filters} showNotStarted={staff} onChange={update} />
        {list.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
        {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
        {list.data && (
          <Text role="status" size="sm" my="sm">
            {t('table.results', { count: list.data.total })}
          </Text>
        )}
        {list.data && list.data.items.length === 0 && <Text my="md">{t('reports.list.empty')}</Text>}
        {list.data && list.data.items.length > 0 && (
          <ReportsTable
            id="all-reports"
            caption={t('reports.list.caption')}
            items={list.data.items}
            nameOf={nameOf}
            sort={{
              sort: filters.sort,
              order: filters.order,
              onSort: (sort, order) => update({ sort, order }),
            }}
          />
        )}
        {/* Also past the last page (the list shrank since the link was made), to find the way back. */}
        {list.data && (list.data.total > list.data.pageSize || filters.page > 1) && (
          <Pager
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(page) => update({ page })}
          />
        )}
      </section>
    </article>
  );
}
