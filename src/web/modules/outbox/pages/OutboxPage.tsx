import { Button, Loader, NativeSelect, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import classes from '../../../components/DataTable.module.css';
import { FocusHeading } from '../../../components/FocusHeading';
import { Pager } from '../../../components/Pager';
import { QueryError } from '../../../components/QueryError';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  filtersFromParams,
  filtersToParams,
  listOutbox,
  type MailStatus,
  mailStatuses,
  type OutboxFilters,
  outboxKeys,
  outboxQueryString,
  PAGE_SIZE,
} from '../api';
import { OutboxTable } from '../components/OutboxTable';

/** The e-mail outbox: what was sent, what waits, what failed (and why). */
export function OutboxPage() {
  const { t } = useTranslation('outbox');
  useDocumentTitle(t('outbox.documentTitle'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const query = outboxQueryString(filters);
  const [q, setQ] = useState(filters.q);
  const [debouncedQ] = useDebouncedValue(q, 300);
  const list = useQuery({
    queryKey: outboxKeys.list(query),
    queryFn: ({ signal }) => listOutbox(query, signal),
    placeholderData: keepPreviousData,
  });

  const update = (patch: Partial<OutboxFilters>) =>
    setParams(filtersToParams({ ...filters, page: 1, ...patch }), { replace: true });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reacts to the typed text only.
  useEffect(() => {
    if (debouncedQ !== filters.q) update({ q: debouncedQ });
  }, [debouncedQ]);

  return (
    <article>
      <FocusHeading>{t('outbox.heading')}</FocusHeading>
      <Text>{t('outbox.intro')}</Text>
      <search aria-label={t('outbox.filters.label')} className={classes.filters}>
        <TextInput
          type="search"
          label={t('outbox.filters.search')}
          description={t('outbox.filters.searchHint')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('outbox.filters.status')}
          value={filters.status}
          onChange={(event) => update({ status: event.currentTarget.value as MailStatus | '' })}
        >
          <option value="">{t('outbox.filters.anyStatus')}</option>
          {mailStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`outbox.status.${status}`)}
            </option>
          ))}
        </NativeSelect>
        <div className={classes.filterActions}>
          <Button variant="default" onClick={() => list.refetch()} loading={list.isFetching}>
            {t('outbox.refresh')}
          </Button>
        </div>
      </search>
      {list.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      {list.data && list.data.items.length === 0 && <Text my="md">{t('outbox.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <>
          <OutboxTable messages={list.data.items} />
          <Pager
            page={filters.page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onPage={(page) => update({ page })}
          />
        </>
      )}
    </article>
  );
}
