import { Anchor, Loader, NativeSelect, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FocusHeading } from '../../../components/FocusHeading';
import { QueryError } from '../../../components/QueryError';
import { useDocumentTitle } from '../../../lib/use-document-title';
import {
  type AnalyticalSummary,
  type ReportAnalysis,
  summaryDocxUrl,
  useLanguage,
  useStateNames,
  useSummary,
} from '../api';
import { ReportingRows } from '../components/ReportingRows';
import { ArticleChart, TrendCharts } from '../components/SummaryCharts';
import { SummaryTable, SummaryTotals } from '../components/SummaryTables';
import classes from '../reports.module.css';

/** The years one may pick: those with a published report, and the one shown. */
function yearChoices(analysis: ReportAnalysis | undefined, year: number | null): number[] {
  const years = new Set(analysis?.years ?? []);
  if (analysis) years.add(analysis.year);
  if (year !== null) years.add(year);
  return [...years].sort((a, b) => b - a);
}

const articles = [
  'stockpileDestruction',
  'retention',
  'clearance',
  'victimAssistance',
  'cooperation',
] as const;
type ArticleKey = (typeof articles)[number];

/**
 * The ISU's analytical summary of a year's Article 7 reports: per article, the totals across
 * States and a row per State, a few charts, and the same summary as a Word document.
 */
export function SummaryPage() {
  const { t } = useTranslation('reports');
  useDocumentTitle(t('reports.summary.heading'));
  const [params, setParams] = useSearchParams();
  // Without a year in the address, the server shows the latest year with a published report.
  const asked = params.get('year') ?? '';
  const year = /^\d{4}$/.test(asked) ? Number(asked) : null;
  const language = useLanguage();
  const analysis = useSummary(year);
  const shown = analysis.data?.year ?? year;

  return (
    <article>
      <FocusHeading>{t('reports.summary.heading')}</FocusHeading>
      <Text>{t('reports.summary.intro')}</Text>
      <div className={classes.yearPicker}>
        <NativeSelect
          label={t('reports.summary.year')}
          value={shown === null ? '' : String(shown)}
          onChange={(event) => setParams({ year: event.currentTarget.value }, { replace: true })}
        >
          {yearChoices(analysis.data, year).map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </NativeSelect>
        {shown !== null && (
          <Anchor href={summaryDocxUrl(shown, language)} download>
            {t('reports.summary.docx', { year: shown })}
          </Anchor>
        )}
        <Anchor component={Link} to="/reports/compliance">
          {t('reports.compliance.heading')}
        </Anchor>
      </div>
      {analysis.isPending && <Loader size="sm" aria-label={t('layout.loading')} />}
      {analysis.isError && <QueryError error={analysis.error} onRetry={() => analysis.refetch()} />}
      {analysis.data && <SummaryContent summary={analysis.data.summary} trend={analysis.data.trend} />}
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={classes.section} aria-labelledby={`${id}-heading`}>
      <Title order={2} size="h3" id={`${id}-heading`} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

function SummaryContent({ summary, trend }: { summary: AnalyticalSummary; trend: ReportAnalysis['trend'] }) {
  const { t } = useTranslation('reports');
  const { nameOf } = useStateNames();
  const { reporting } = summary;
  const figuresOf = (key: ArticleKey) => Object.keys(summary[key].totals);

  return (
    <div>
      <Text role="status" size="sm" my="sm">
        {t('reports.summary.status', {
          year: summary.year,
          count: reporting.reports,
          states: reporting.states,
        })}
      </Text>
      <Section id="summary-art7" title={t('reports.summary.article.reporting')}>
        <dl className={classes.facts}>
          <dt>{t('reports.summary.reports')}</dt>
          <dd>{reporting.reports}</dd>
          <dt>{t('reports.compliance.initial')}</dt>
          <dd>{reporting.initial}</dd>
          <dt>{t('reports.compliance.annual')}</dt>
          <dd>{reporting.annual}</dd>
          <dt>{t('reports.summary.statesReporting')}</dt>
          <dd>{reporting.states}</dd>
        </dl>
        <ReportingRows rows={reporting.rows} nameOf={nameOf} />
      </Section>
      {articles.map((key) => (
        <Section key={key} id={`summary-${key}`} title={t(`reports.summary.article.${key}`)}>
          <SummaryTotals
            figures={figuresOf(key)}
            totals={summary[key].totals as Record<string, { total: number | null; states: number }>}
          />
          <SummaryTable
            id={`summary-${key}-table`}
            caption={t('reports.summary.byState', { article: t(`reports.summary.article.${key}`) })}
            figures={figuresOf(key)}
            rows={summary[key].rows}
            nameOf={nameOf}
          />
          <ArticleChart article={key} summary={summary} nameOf={nameOf} />
        </Section>
      ))}
      {trend.length > 1 && (
        <Section id="summary-trend" title={t('reports.summary.trendHeading')}>
          <TrendCharts trend={trend} />
        </Section>
      )}
    </div>
  );
}
