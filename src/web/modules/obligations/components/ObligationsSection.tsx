import { Alert, Anchor, Loader, Text, Title, type TitleOrder } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/QueryError';
import {
  calendarUrl,
  type ExtensionArticle,
  fetchStateObligations,
  fetchStateRecords,
  obligationKeys,
} from '../api';
import { articleKey, dateOrDash, formatPartialDate } from '../format';
import classes from '../obligations.module.css';
import { ObligationStatusBadge } from './ObligationStatusBadge';
import { ObligationTimeline } from './ObligationTimeline';
import { CompletionForm } from './records/CompletionForm';
import { FactForm } from './records/FactForm';
import { NationalMeasuresForm } from './records/NationalMeasuresForm';
import { SubmissionForm } from './records/SubmissionForm';
import { VictimAssistanceForm } from './records/VictimAssistanceForm';

/** Reports due every year: the latest one received, never a completion. */
const recurring = (o: { article: string }) => o.article === '7-annual' || o.article === '3.8';

interface Props {
  iso3: string;
  /** Level of the section's heading in the page that mounts it (default 2). */
  headingLevel?: 2 | 3;
  /** Inside a section the host page already heads: no heading or landmark of its own. */
  embedded?: boolean;
}

/**
 * A State's obligations for its profile page: each one that applies with its status, deadlines
 * and timeline; an "add to calendar" link; for ISU staff, the forms that record the facts behind
 * them. Everything is recomputed by the server after each record.
 */
export function ObligationsSection({ iso3, headingLevel = 2, embedded = false }: Props) {
  const { t, i18n } = useTranslation('obligations');
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState('');
  const obligations = useQuery({
    queryKey: obligationKeys.state(iso3),
    queryFn: ({ signal }) => fetchStateObligations(iso3, signal),
  });
  const records = useQuery({
    queryKey: obligationKeys.records(iso3),
    queryFn: ({ signal }) => fetchStateRecords(iso3, signal),
  });
  const sub = (headingLevel + 1) as TitleOrder;
  const onDone = (message: string) => {
    setNotice(message);
    void queryClient.invalidateQueries({ queryKey: obligationKeys.all });
  };

  const applying = obligations.data?.items.filter((o) => o.applies) ?? [];
  const notApplying = obligations.data?.items.filter((o) => !o.applies) ?? [];
  const canRecord = records.data?.abilities.record === true;
  const Wrapper = embedded ? 'div' : 'section';
  return (
    <Wrapper aria-labelledby={embedded ? undefined : 'obligations-heading'}>
      {!embedded && (
        <Title order={headingLevel} id="obligations-heading" mb="xs">
          {t('obligations.section.heading')}
        </Title>
      )}
      <div className={classes.links}>
        <Anchor href={calendarUrl(iso3)} download>
          {t('obligations.section.calendar')}
        </Anchor>
        <Anchor component={Link} to={`/obligations/requests?state=${iso3}`}>
          {t('obligations.section.requests')}
        </Anchor>
      </div>
      <Text role="status" fw={500}>
        {notice}
      </Text>
      {obligations.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
      {obligations.isError && <QueryError error={obligations.error} onRetry={() => obligations.refetch()} />}
      {obligations.data && applying.length === 0 && <Text>{t('obligations.section.none')}</Text>}
      {applying.map((o) => (
        <div key={o.article} className={classes.obligation}>
          <div className={classes.obligationHead}>
            <Title order={sub} size="h4">
              {t(`obligations.article.${articleKey(o.article)}`)}
            </Title>
            <ObligationStatusBadge status={o.status} />
          </div>
          <dl className={classes.facts}>
            {o.originalDeadline && (
              <div>
                <dt>
                  {t(recurring(o) ? 'obligations.section.firstDue' : 'obligations.columns.originalDeadline')}
                </dt>
                <dd>{dateOrDash(o.originalDeadline, i18n.language)}</dd>
              </div>
            )}
            {o.currentDeadline && (
              <div>
                <dt>{t(recurring(o) ? 'obligations.section.due' : 'obligations.columns.currentDeadline')}</dt>
                <dd>{dateOrDash(o.currentDeadline, i18n.language)}</dd>
              </div>
            )}
            {o.completedOn && (
              <div>
                <dt>
                  {t(recurring(o) ? 'obligations.section.lastReceived' : 'obligations.columns.completed')}
                </dt>
                <dd>{formatPartialDate(o.completedOn, i18n.language)}</dd>
              </div>
            )}
          </dl>
          {/* A yearly report has no extensions or completion: its dates say it all. */}
          {!recurring(o) && <ObligationTimeline obligation={o} asOf={obligations.data?.asOf ?? ''} />}
        </div>
      ))}
      {notApplying.length > 0 && (
        <Text size="sm" mt="sm">
          {t('obligations.section.notApplicable', {
            list: notApplying.map((o) => t(`obligations.article.${articleKey(o.article)}`)).join('; '),
          })}
        </Text>
      )}
      {records.data?.nationalMeasures && (
        <Text size="sm" mt="xs">
          {t('obligations.section.measures', {
            status: t(`obligations.measures.${records.data.nationalMeasures.status}`),
          })}
          {records.data.nationalMeasures.instrument && ` — ${records.data.nationalMeasures.instrument}`}
        </Text>
      )}
      {records.data?.victimAssistance && (
        <Text size="sm" mt="xs">
          {t('obligations.section.assistance', {
            focalPoint: records.data.victimAssistance.focalPoint ?? '—',
            plan: records.data.victimAssistance.nationalPlan ?? '—',
          })}
        </Text>
      )}
      {canRecord && records.data && (
        <div className={classes.section}>
          <Title order={sub} size="h4">
            {t('obligations.forms.heading')}
          </Title>
          <Alert color="blue" my="sm">
            {t('obligations.forms.intro')}
          </Alert>
          <FactForm iso3={iso3} onDone={onDone} />
          <CompletionForm
            iso3={iso3}
            articles={applying
              .map((o) => o.article)
              .filter((a): a is ExtensionArticle => a === '3' || a === '4')}
            onDone={onDone}
          />
          <NationalMeasuresForm
            key={records.data.nationalMeasures?.version ?? 0}
            iso3={iso3}
            current={records.data.nationalMeasures}
            onDone={onDone}
          />
          <VictimAssistanceForm
            key={`va-${records.data.victimAssistance?.version ?? 0}`}
            iso3={iso3}
            current={records.data.victimAssistance}
            onDone={onDone}
          />
          <SubmissionForm iso3={iso3} onDone={onDone} />
        </div>
      )}
    </Wrapper>
  );
}
