import { Anchor, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FocusHeading } from '../../../components/FocusHeading';
import { QueryError } from '../../../components/QueryError';
import { formatDate } from '../../../lib/format';
import { intlLocale } from '../../../lib/languages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  overdueExportUrl,
  type ReportingRateYear,
  ratesExportUrl,
  useOverdue,
  useRates,
  useStateNames,
} from '../api';
import { GroupedBarChart } from '../components/GroupedBarChart';
import { OverdueTable } from '../components/OverdueTable';
import { RatesTable } from '../components/RatesTable';
import classes from '../reports.module.css';

const colors = { due: '#5c636a', submitted: '#1b4f80', onTime: '#2f7d32' };

/** Initial and annual reports together, per year: what the chart shows. */
const both = (row: ReportingRateYear, key: 'due' | 'submitted' | 'onTime') =>
  row.initial[key] + row.annual[key];

/**
 * Reporting compliance, from the dates reports were received: rates per year (table and chart)
 * and the reports overdue today, with exports. Public figures; it replaces the ISU's own list.
 */
export function CompliancePage() {
  const { t, i18n } = useTranslation('reports');
  useDocumentTitle(t('reports.compliance.heading'));
  const rates = useRates();
  const overdue = useOverdue();
  const { nameOf } = useStateNames();
  const number = new Intl.NumberFormat(intlLocale(i18n.language));
  const years = (rates.data?.items ?? []).filter((r) => r.initial.due + r.annual.due > 0);
  const latest = years.at(-1);

  return (
    <article>
      <FocusHeading>{t('reports.compliance.heading')}</FocusHeading>
      <Text>{t('reports.compliance.intro')}</Text>
      <nav aria-label={t('reports.list.links')} className={classes.links}>
        <Anchor component={Link} to="/reports">
          {t('reports.title')}
        </Anchor>
        <Anchor component={Link} to="/reports/summary">
          {t('reports.summary.heading')}
        </Anchor>
      </nav>

      <section className={classes.section} aria-labelledby="rates-heading">
        <Title order={2} size="h3" id="rates-heading" mb="xs">
          {t('reports.compliance.ratesHeading')}
        </Title>
        <div className={classes.links}>
          <Anchor href={ratesExportUrl('csv')} download>
            {t('reports.compliance.ratesCsv')}
          </Anchor>
          <Anchor href={ratesExportUrl('xlsx')} download>
            {t('reports.compliance.ratesXlsx')}
          </Anchor>
        </div>
        {rates.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
        {rates.isError && <QueryError error={rates.error} onRetry={() => rates.refetch()} />}
        {rates.data?.asOf && (
          <Text size="sm">
            {t('reports.compliance.asOf', { date: formatDate(rates.data.asOf, i18n.language) })}
          </Text>
        )}
        {latest && (
          <GroupedBarChart
            title={t('reports.compliance.chartTitle')}
            description={t('reports.compliance.chartDescription', {
              first: years[0]?.year,
              last: latest.year,
              due: both(latest, 'due'),
              submitted: both(latest, 'submitted'),
              onTime: both(latest, 'onTime'),
            })}
            categories={years.map((r) => r.year)}
            series={(['due', 'submitted', 'onTime'] as const).map((key) => ({
              key,
              label: t(`reports.compliance.${key}`),
              color: colors[key],
              values: years.map((r) => both(r, key)),
            }))}
            format={(v) => number.format(v)}
            tableCaption={null}
            categoryLabel={t('reports.columns.year')}
          />
        )}
        {rates.data && <RatesTable items={rates.data.items} />}
      </section>

      <section className={classes.section} aria-labelledby="overdue-heading">
        <Title order={2} size="h3" id="overdue-heading" mb="xs">
          {t('reports.compliance.overdueHeading')}
        </Title>
        <div className={classes.links}>
          <Anchor href={overdueExportUrl()} download>
            {t('reports.compliance.overdueCsv')}
          </Anchor>
        </div>
        {overdue.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
        {overdue.isError && <QueryError error={overdue.error} onRetry={() => overdue.refetch()} />}
        {overdue.data && (
          <Text role="status" size="sm" my="sm">
            {t('reports.compliance.overdueCount', { count: overdue.data.items.length })}
          </Text>
        )}
        {overdue.data && overdue.data.items.length > 0 && (
          <OverdueTable items={overdue.data.items} nameOf={nameOf} />
        )}
      </section>
    </article>
  );
}
