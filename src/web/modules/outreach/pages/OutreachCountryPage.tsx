import { Alert, Anchor, Loader, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/pages/NotFoundPage';
import { FocusHeading } from '../../../components/FocusHeading';
import { QueryError } from '../../../components/QueryError';
import { ApiError } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { matchLanguage } from '../../../lib/languages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { fetchOutreach, outreachKeys } from '../api';
import { ActivityLog } from '../components/ActivityLog';
import { NextSteps } from '../components/NextSteps';
import { ProfileSection } from '../components/ProfileSection';
import classes from '../outreach.module.css';

/** One State's outreach: profile and summary, next steps, and the activity log. */
export function OutreachCountryPage() {
  const { t, i18n } = useTranslation('outreach');
  const iso3 = (useParams().iso3 ?? '').toUpperCase();
  const valid = /^[A-Z]{3}$/.test(iso3);
  const lang = matchLanguage(i18n.language) ?? 'en';
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState('');
  const detail = useQuery({
    queryKey: [...outreachKeys.detail(iso3), lang],
    queryFn: ({ signal }) => fetchOutreach(iso3, lang, signal),
    enabled: valid,
  });
  useDocumentTitle(t('outreach.country.documentTitle', { name: detail.data?.name ?? iso3 }));

  // Any change also changes the list (priority, last activity, next step).
  const reload = () => queryClient.invalidateQueries({ queryKey: outreachKeys.all });
  const onDone = (message: string) => {
    setNotice(message);
    void reload();
  };

  if (!valid || (detail.error instanceof ApiError && detail.error.status === 404)) return <NotFoundPage />;
  if (detail.isPending) return <Loader size="sm" aria-label={t('layout.loading')} />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => detail.refetch()} />;

  const state = detail.data;
  const editable = state.abilities.edit === true;
  return (
    <article>
      <Anchor component={Link} to="/outreach" size="sm">
        {t('outreach.country.back')}
      </Anchor>
      <FocusHeading>{t('outreach.country.heading', { name: state.name })}</FocusHeading>
      <dl className={classes.facts}>
        <div>
          <dt>{t('outreach.columns.status')}</dt>
          <dd>{t(`outreach.status.${state.status}`)}</dd>
        </div>
        <div>
          <dt>{t('outreach.columns.region')}</dt>
          <dd>{t(`outreach.regions.${state.ccmRegion}`)}</dd>
        </div>
        {state.signatureDate && (
          <div>
            <dt>{t('outreach.country.signed')}</dt>
            <dd>{formatDate(state.signatureDate, i18n.language)}</dd>
          </div>
        )}
      </dl>
      {!editable && (
        <Alert color="blue" mb="md">
          {t('outreach.country.readOnly', { name: state.name })}
        </Alert>
      )}
      <Text role="status" fw={500} mb="sm">
        {notice}
      </Text>
      <section className={classes.section} aria-labelledby="profile-heading">
        <Title order={2} id="profile-heading" mb="sm">
          {t('outreach.profile.heading')}
        </Title>
        <ProfileSection
          key={state.profile?.version ?? 0}
          iso3={state.iso3}
          profile={state.profile}
          editable={editable}
          onDone={onDone}
          onReload={() => void reload()}
        />
      </section>
      <section className={classes.section} aria-labelledby="steps-heading">
        <Title order={2} id="steps-heading" mb="sm">
          {t('outreach.steps.heading')}
        </Title>
        <NextSteps iso3={state.iso3} steps={state.nextSteps} editable={editable} onDone={onDone} />
      </section>
      <section className={classes.section} aria-labelledby="activities-heading">
        <Title order={2} id="activities-heading" mb="sm">
          {t('outreach.activities.heading')}
        </Title>
        <ActivityLog iso3={state.iso3} activities={state.activities} editable={editable} onDone={onDone} />
      </section>
    </article>
  );
}
