import { Anchor, Loader, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FocusHeading } from '../../../components/FocusHeading';
import { QueryError } from '../../../components/QueryError';
import { formatDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { calendarUrl, fetchObligationList, obligationKeys } from '../api';
import { ArticleTable } from '../components/ArticleTable';
import { ReportingTable } from '../components/ReportingTable';
import { useStateNames } from '../hooks';
import classes from '../obligations.module.css';

/**
 * The public tables: States with Art. 3 and Art. 4 obligations (original deadline, extensions,
 * current deadline, status) and Art. 7 reporting. One request: the whole list, split here.
 */
export function PublicObligationsPage() {
  const { t, i18n } = useTranslation('obligations');
  useDocumentTitle(t('obligations.public.documentTitle'));
  const { nameOf } = useStateNames();
  const list = useQuery({
    queryKey: obligationKeys.list(''),
    queryFn: ({ signal }) => fetchObligationList('', signal),
  });
  const of = (...articles: string[]) => list.data?.items.filter((o) => articles.includes(o.article)) ?? [];

  return (
    <article>
      <FocusHeading>{t('obligations.public.heading')}</FocusHeading>
      <Text>{t('obligations.public.intro')}</Text>
      <nav aria-label={t('obligations.public.onThisPage')} className={classes.links}>
        <Anchor href="#art3-heading">{t('obligations.public.art3Heading')}</Anchor>
        <Anchor href="#art4-heading">{t('obligations.public.art4Heading')}</Anchor>
        <Anchor href="#art7-heading">{t('obligations.public.art7Heading')}</Anchor>
        <Anchor component={Link} to="/obligations/requests">
          {t('obligations.requests.heading')}
        </Anchor>
        <Anchor href={calendarUrl()} download>
          {t('obligations.dashboard.calendar')}
        </Anchor>
      </nav>
      {list.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      {list.data && (
        <>
          <Text size="sm">
            {t('obligations.dashboard.asOf', { date: formatDate(list.data.asOf, i18n.language) })}
          </Text>
          <section className={classes.section} aria-labelledby="art3-heading">
            <Title order={2} id="art3-heading" mb="xs">
              {t('obligations.public.art3Heading')}
            </Title>
            <Text mb="sm">{t('obligations.public.art3Intro')}</Text>
            <ArticleTable
              id="art3-caption"
              caption={t('obligations.public.art3Caption')}
              items={of('3')}
              nameOf={nameOf}
            />
          </section>
          <section className={classes.section} aria-labelledby="art4-heading">
            <Title order={2} id="art4-heading" mb="xs">
              {t('obligations.public.art4Heading')}
            </Title>
            <Text mb="sm">{t('obligations.public.art4Intro')}</Text>
            <ArticleTable
              id="art4-caption"
              caption={t('obligations.public.art4Caption')}
              items={of('4')}
              nameOf={nameOf}
            />
          </section>
          <section className={classes.section} aria-labelledby="art7-heading">
            <Title order={2} id="art7-heading" mb="xs">
              {t('obligations.public.art7Heading')}
            </Title>
            <Text mb="sm">{t('obligations.public.art7Intro')}</Text>
            <ReportingTable items={of('7-initial', '7-annual')} nameOf={nameOf} />
          </section>
        </>
      )}
    </article>
  );
}
