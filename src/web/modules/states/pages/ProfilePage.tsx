import { Anchor, Loader, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/pages/NotFoundPage';
import { QueryError } from '../../../components/QueryError';
import { ApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ObligationsSectionMount } from '../../obligations/ObligationsSectionMount';
import { ReportsSectionMount } from '../../reports/ReportsSectionMount';
import { isParty, nameIn, type StateDetail, useStateDetail } from '../api';
import { EventTimeline } from '../components/EventTimeline';
import { StateStatusBadge } from '../components/StateStatusBadge';
import classes from '../states.module.css';

// Staff only: the form and its error translations stay out of the public download.
const RecordEventForm = lazy(() => import('../components/RecordEventForm'));

function KeyDates({ state }: { state: StateDetail }) {
  const { t, i18n } = useTranslation('states');
  const party = isParty(state.status);
  const rows: [string, string | null | undefined, string?][] = [
    [t('states.columns.signature'), state.signatureDate],
    [
      t('states.columns.deposit'),
      state.depositDate,
      state.depositType ? t(`states.eventType.${state.depositType}`) : undefined,
    ],
    [t('states.columns.entryIntoForce'), state.entryIntoForce],
    [t('states.profile.initialReportDue'), party ? state.dates?.initialReportDue : null],
    [t('states.profile.article3Deadline'), party ? state.dates?.article3Deadline : null],
    [t('states.profile.article4Deadline'), party ? state.dates?.article4Deadline : null],
    [t('states.profile.withdrawalEffective'), state.withdrawalEffective],
  ];
  const shown = rows.filter(([, date]) => date);
  if (shown.length === 0) return <Text>{t('states.profile.noDates')}</Text>;
  return (
    <>
      <dl className={classes.dates} data-testid="key-dates">
        {shown.map(([label, date, note]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>
              <time dateTime={date ?? ''}>{formatDate(date ?? '', i18n.language)}</time>
              {note && ` (${note})`}
            </dd>
          </div>
        ))}
      </dl>
      {party && state.dates && (
        <Text size="sm" c="gray.7" mt="xs">
          {t('states.profile.deadlinesNote')}
        </Text>
      )}
    </>
  );
}

/** /states/:iso3 — one State: status, key dates, treaty actions; staff can record a new one. */
export function ProfilePage() {
  const { t, i18n } = useTranslation('states');
  const code = (useParams().iso3 ?? '').toUpperCase();
  const detail = useStateDetail(code);
  const name = detail.data ? nameIn(detail.data, i18n.language) : code;
  useDocumentTitle(name);

  const missing = detail.error instanceof ApiError && detail.error.status === 404;
  if (!/^[A-Z]{3}$/.test(code) || missing) return <NotFoundPage />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => detail.refetch()} />;
  if (!detail.data) return <Loader size="sm" aria-label={t('layout.loading')} />;
  const state = detail.data;

  return (
    <article className={classes.page}>
      <div>
        <Anchor component={Link} to="/states" size="sm">
          {t('states.profile.back')}
        </Anchor>
        <Title order={1} mt="xs">
          {name}
        </Title>
        <Text>
          <StateStatusBadge status={state.status} /> · {t('states.columns.ccmRegion')}:{' '}
          {t(`states.ccmRegion.${state.ccmRegion}`)}
        </Text>
      </div>

      <section aria-labelledby="state-dates-heading">
        <Title order={2} id="state-dates-heading" mb="xs">
          {t('states.profile.datesHeading')}
        </Title>
        <KeyDates state={state} />
      </section>

      <section aria-labelledby="state-events-heading">
        <Title order={2} id="state-events-heading" mb="xs">
          {t('states.profile.eventsHeading')}
        </Title>
        <EventTimeline events={state.events} />
      </section>

      {state.abilities.recordEvent && (
        <section aria-labelledby="state-record-heading">
          <Title order={2} id="state-record-heading" mb="xs">
            {t('states.record.heading')}
          </Title>
          <Suspense fallback={<Loader size="sm" aria-label={t('layout.loading')} />}>
            <RecordEventForm iso3={state.iso3} />
          </Suspense>
        </section>
      )}

      <section aria-labelledby="state-obligations-heading">
        <Title order={2} id="state-obligations-heading" mb="xs">
          {t('states.profile.obligationsHeading')}
        </Title>
        <ObligationsSectionMount iso3={state.iso3} headingLevel={3} />
        <Text mt="md">{t('states.profile.obligationsSoon')}</Text>
      </section>

      <ReportsSectionMount iso3={state.iso3} />
    </article>
  );
}
