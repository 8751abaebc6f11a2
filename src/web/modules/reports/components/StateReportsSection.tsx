import { Anchor, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/QueryError';
import { formatDate } from '../../../lib/format';
import { useReportList } from '../api';
import { stateReportsQuery } from '../list';
import classes from '../reports.module.css';

/** A State's published reports, newest first, each linking to its page. */
export function StateReportsSection({ iso3 }: { iso3: string }) {
  const { t, i18n } = useTranslation('reports');
  const list = useReportList(stateReportsQuery(iso3));
  const published = (list.data?.items ?? []).filter((r) => r.id && r.publishedVersion !== null);
  return (
    <section aria-labelledby="state-reports-heading">
      <Title order={2} id="state-reports-heading" mb="xs">
        {t('reports.title')}
      </Title>
      {list.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      {list.data && published.length === 0 && <Text>{t('reports.profile.none')}</Text>}
      {published.length > 0 && (
        <ul className={classes.plainList}>
          {published.map((r) => (
            <li key={r.id}>
              <Anchor component={Link} to={`/reports/${r.id}`}>
                {t(`reports.reportName.${r.kind}`, { year: r.year })}
              </Anchor>
              {r.receivedOn &&
                ` · ${t('reports.profile.receivedOn', { date: formatDate(r.receivedOn, i18n.language) })}`}
            </li>
          ))}
        </ul>
      )}
      <Text mt="xs">
        <Anchor component={Link} to="/reports/compliance">
          {t('reports.compliance.heading')}
        </Anchor>
      </Text>
    </section>
  );
}
