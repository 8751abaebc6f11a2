import { Anchor, Loader, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import classes from '../../../components/DataTable.module.css';
import { FocusHeading } from '../../../components/FocusHeading';
import { Pager } from '../../../components/Pager';
import { QueryError } from '../../../components/QueryError';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  auditKeys,
  auditQueryString,
  exportUrl,
  FILTER_KEYS,
  type AuditFilters as Filters,
  filterParams,
  filtersFromParams,
  listAudit,
  PAGE_SIZE,
} from '../api';
import { AuditFilters } from '../components/AuditFilters';
import { AuditTable } from '../components/AuditTable';

/** The audit trail: who changed what, when, with the record before and after. */
export function AuditPage() {
  const { t } = useTranslation('audit');
  useDocumentTitle(t('audit.documentTitle'));
  const [params, setParams] = useSearchParams();
  const { page, ...filters } = filtersFromParams(params);
  const query = auditQueryString(filters, page);
  const list = useQuery({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => listAudit(query, signal),
    placeholderData: keepPreviousData,
  });

  const apply = (next: Filters, nextPage = 1) => {
    const search = filterParams(next);
    if (nextPage > 1) search.set('page', String(nextPage));
    setParams(search, { replace: true });
  };

  return (
    <article>
      <div className={classes.toolbar}>
        <FocusHeading>{t('audit.heading')}</FocusHeading>
        <Anchor href={exportUrl(filters)} download>
          {t('audit.export')}
        </Anchor>
      </div>
      <Text>{t('audit.intro')}</Text>
      <AuditFilters
        key={FILTER_KEYS.map((key) => filters[key]).join('|')}
        filters={filters}
        onApply={apply}
      />
      {list.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.items.length === 0 && <Text my="md">{t('audit.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <>
          <AuditTable events={list.data.items} />
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onPage={(next) => apply(filters, next)}
          />
        </>
      )}
    </article>
  );
}
