import { Anchor, Group, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/pages/NotFoundPage';
import { FocusHeading } from '../../../components/FocusHeading';
import { QueryError } from '../../../components/QueryError';
import { ApiError } from '../../../lib/api';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { fetchRequest, obligationKeys } from '../api';
import { RequestStatusBadge } from '../components/ObligationStatusBadge';
import { AnalysisThread } from '../components/requests/AnalysisThread';
import { DecisionForm } from '../components/requests/DecisionForm';
import { RequestActions } from '../components/requests/RequestActions';
import { RequestContents } from '../components/requests/RequestContents';
import { RequestEditor } from '../components/requests/RequestEditor';
import { RequestProgress } from '../components/requests/RequestProgress';
import { articleKey, dateOrDash } from '../format';
import { useStateNames } from '../hooks';
import classes from '../obligations.module.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One extension request: its progress, the draft or its contents, the analysis and the decision. */
export function RequestPage() {
  const { t, i18n } = useTranslation('obligations');
  const id = useParams().id ?? '';
  const valid = UUID.test(id);
  const { nameOf } = useStateNames();
  const [notice, setNotice] = useState('');
  const query = useQuery({
    queryKey: obligationKeys.request(id),
    queryFn: ({ signal }) => fetchRequest(id, signal),
    enabled: valid,
  });
  const r = query.data;
  const title = r
    ? t('obligations.request.heading', {
        name: nameOf(r.iso3, r.stateName),
        article: t(`obligations.article.${articleKey(r.article)}`),
      })
    : t('obligations.requests.heading');
  useDocumentTitle(title);

  if (!valid || (query.error instanceof ApiError && query.error.status === 404)) return <NotFoundPage />;
  if (query.isPending) return <Loader size="sm" aria-label={t('layout.loading')} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const request = query.data;
  const date = (value: string | null) => dateOrDash(value, i18n.language);
  return (
    <article>
      <Anchor component={Link} to="/obligations/requests" size="sm">
        {t('obligations.request.back')}
      </Anchor>
      <FocusHeading>{title}</FocusHeading>
      <Group gap="sm" mb="xs">
        <RequestStatusBadge status={request.status} />
        <Anchor component={Link} to={`/obligations/states/${request.iso3}`} size="sm">
          {t('obligations.request.stateObligations')}
        </Anchor>
      </Group>
      <dl className={classes.facts}>
        <div>
          <dt>{t('obligations.columns.currentDeadline')}</dt>
          <dd>{date(request.currentDeadline)}</dd>
        </div>
        <div>
          <dt>{t('obligations.editor.requestedUntil')}</dt>
          <dd>{date(request.requestedUntil)}</dd>
        </div>
        <div>
          <dt>{t('obligations.editor.meeting')}</dt>
          <dd>{request.meeting?.name ?? '—'}</dd>
        </div>
        {request.status === 'decided' && (
          <div>
            <dt>{t('obligations.decision.grantedUntil')}</dt>
            <dd>{date(request.grantedUntil)}</dd>
          </div>
        )}
        {request.decisionDocument && (
          <div>
            <dt>{t('obligations.decision.document')}</dt>
            <dd>{request.decisionDocument}</dd>
          </div>
        )}
      </dl>
      <RequestProgress request={request} />
      <Text role="status" fw={500} my="xs">
        {notice}
      </Text>
      <RequestActions request={request} onNotice={setNotice} />
      {request.abilities.edit ? (
        <RequestEditor request={request} onNotice={setNotice} />
      ) : (
        <RequestContents request={request} />
      )}
      {request.abilities.readComments && request.status !== 'draft' && (
        <AnalysisThread request={request} onNotice={setNotice} />
      )}
      {request.abilities.decide && <DecisionForm request={request} onNotice={setNotice} />}
    </article>
  );
}
