import { Button, Loader, NativeSelect, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import tableClasses from '../../../components/DataTable.module.css';
import { FocusHeading } from '../../../components/FocusHeading';
import { QueryError } from '../../../components/QueryError';
import { hasAbility, useAuth } from '../../../lib/auth';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { extensionArticles, fetchRequests, obligationKeys, requestStatuses } from '../api';
import { NewRequestForm } from '../components/requests/NewRequestForm';
import { RequestsTable } from '../components/requests/RequestsTable';
import { StateSearch } from '../components/StateSearch';
import { articleKey } from '../format';
import { useStateNames } from '../hooks';

const FILTERS = ['state', 'status', 'article'] as const;
const ALLOWED: Record<(typeof FILTERS)[number], (value: string) => boolean> = {
  state: (value) => /^[A-Z]{3}$/.test(value),
  status: (value) => (requestStatuses as readonly string[]).includes(value),
  article: (value) => (extensionArticles as readonly string[]).includes(value),
};

/** Extension requests under Art. 3 and Art. 4 (drafts only for their State and the ISU). */
export function RequestsPage() {
  const { t } = useTranslation('obligations');
  useDocumentTitle(t('obligations.requests.heading'));
  const [params, setParams] = useSearchParams();
  const { data: auth } = useAuth();
  const { states, nameOf } = useStateNames();
  const query = new URLSearchParams();
  for (const key of FILTERS) {
    const value = params.get(key);
    if (value && ALLOWED[key](value)) query.set(key, value);
  }
  const list = useQuery({
    queryKey: obligationKeys.requests(query.toString()),
    queryFn: ({ signal }) => fetchRequests(query.toString(), signal),
    placeholderData: keepPreviousData,
  });
  const update = (key: (typeof FILTERS)[number], value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const user = auth?.user;
  const ownState = user?.role === 'state_focal_point' ? user.stateIso3 : null;
  const canDraft = hasAbility(user, 'staff') || Boolean(ownState);

  return (
    <article>
      <FocusHeading>{t('obligations.requests.heading')}</FocusHeading>
      <Text>{t('obligations.requests.intro')}</Text>
      {canDraft && <NewRequestForm ownState={ownState} states={states} nameOf={(iso3) => nameOf(iso3)} />}
      <search aria-label={t('obligations.filters.label')} className={tableClasses.filters}>
        <StateSearch
          label={t('obligations.columns.state')}
          states={states.filter((s) => s.entryIntoForce)}
          value={query.get('state') ?? ''}
          onChange={(iso3) => update('state', iso3)}
        />
        <NativeSelect
          label={t('obligations.columns.status')}
          value={query.get('status') ?? ''}
          onChange={(event) => update('status', event.currentTarget.value)}
        >
          <option value="">{t('obligations.filters.anyStatus')}</option>
          {requestStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`obligations.requestStatus.${s}`)}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          label={t('obligations.columns.article')}
          value={query.get('article') ?? ''}
          onChange={(event) => update('article', event.currentTarget.value)}
        >
          <option value="">{t('obligations.filters.anyArticle')}</option>
          {extensionArticles.map((a) => (
            <option key={a} value={a}>
              {t(`obligations.article.${articleKey(a)}`)}
            </option>
          ))}
        </NativeSelect>
        <div className={tableClasses.filterActions}>
          <Button variant="subtle" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t('table.clearFilters')}
          </Button>
        </div>
      </search>
      {list.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      {list.data && (
        <Text role="status" size="sm" mb="sm">
          {t('table.results', { count: list.data.items.length })}
        </Text>
      )}
      {list.data && list.data.items.length === 0 && <Text>{t('obligations.requests.empty')}</Text>}
      {list.data && list.data.items.length > 0 && <RequestsTable items={list.data.items} nameOf={nameOf} />}
    </article>
  );
}
