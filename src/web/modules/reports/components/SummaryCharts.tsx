import { useTranslation } from 'react-i18next';
import type { AnalyticalSummary, TrendPoint } from '../api';
import { GroupedBarChart } from './GroupedBarChart';
import { HBarChart } from './HBarChart';
import { useFigureFormat } from './SummaryTables';

type Article = 'stockpileDestruction' | 'retention' | 'clearance' | 'victimAssistance' | 'cooperation';

/** Which figure an article's chart shows by State (the articles not named have none). */
const charted = {
  stockpileDestruction: { figure: 'destroyedSubmunitions', color: '#1b4f80' },
  clearance: { figure: 'clearedAreaSqm', color: '#2f7d32' },
} as const;

interface ArticleChartProps {
  article: Article;
  summary: AnalyticalSummary;
  nameOf: (iso3: string, fallback?: string) => string;
}

/** A bar per State for the article's main figure, largest first; nothing when no State gives it. */
export function ArticleChart({ article, summary, nameOf }: ArticleChartProps) {
  const { t } = useTranslation('reports');
  const { value, compact } = useFigureFormat();
  if (article !== 'stockpileDestruction' && article !== 'clearance') return null;
  const { figure, color } = charted[article];
  const rows = summary[article].rows as unknown as (Record<string, unknown> & {
    iso3: string;
    stateName: string;
  })[];
  const bars = rows
    .map((row) => ({ key: row.iso3, label: nameOf(row.iso3, row.stateName), value: row[figure] }))
    .filter(
      (b): b is { key: string; label: string; value: number } => typeof b.value === 'number' && b.value > 0,
    )
    .sort((a, b) => b.value - a.value);
  if (bars.length === 0) return null;
  const label = t(`reports.keyFigures.${figure}`);
  const top = bars[0];
  return (
    <HBarChart
      title={t('reports.summary.chartByState', { figure: label, year: summary.year })}
      description={t('reports.summary.chartByStateDescription', {
        count: bars.length,
        state: top?.label ?? '',
        value: value(figure, top?.value),
      })}
      bars={bars}
      format={(v) => (figure === 'clearedAreaSqm' ? `${compact.format(v)} m²` : compact.format(v))}
      tableFormat={(v) => value(figure, v)}
      color={color}
      tableCaption={t('reports.summary.chartByState', { figure: label, year: summary.year })}
      labelHeader={t('reports.columns.state')}
      valueHeader={label}
    />
  );
}

const trendFigures = [
  { figure: 'destroyedSubmunitions', color: '#1b4f80' },
  { figure: 'clearedAreaSqm', color: '#2f7d32' },
] as const;

/** Totals year by year: submunitions destroyed, area cleared. */
export function TrendCharts({ trend }: { trend: TrendPoint[] }) {
  const { t } = useTranslation('reports');
  const { value, compact, number } = useFigureFormat();
  const points = [...trend].sort((a, b) => a.year - b.year);
  return (
    <>
      {trendFigures.map(({ figure, color }) => {
        const label = t(`reports.keyFigures.${figure}`);
        // The ticks are bare numbers ("15m"): the key and the table's column give the unit.
        const withUnit = figure === 'clearedAreaSqm' ? `${label} (m²)` : label;
        const given = points.filter((p) => p[figure] !== null);
        if (given.length === 0) return null;
        const last = given.at(-1);
        return (
          <GroupedBarChart
            key={figure}
            title={t('reports.summary.trendTitle', { figure: label })}
            description={t('reports.summary.trendDescription', {
              first: points[0]?.year,
              last: points.at(-1)?.year,
              year: last?.year,
              value: value(figure, last?.[figure]),
            })}
            categories={points.map((p) => p.year)}
            series={[{ key: figure, label: withUnit, color, values: points.map((p) => p[figure]) }]}
            format={(v) => compact.format(v)}
            tableFormat={(v) => number.format(v)}
            tableCaption={t('reports.summary.trendTitle', { figure: label })}
            categoryLabel={t('reports.columns.year')}
          />
        );
      })}
    </>
  );
}
