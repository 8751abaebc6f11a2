import { useTranslation } from 'react-i18next';
import classes from '../reports.module.css';
import { ChartSvg } from './ChartSvg';
import { useChartWidth } from './use-chart-width';

export interface Series {
  key: string;
  label: string;
  /** Colours with at least 3:1 contrast on white (WCAG 1.4.11). */
  color: string;
  values: readonly (number | null)[];
}

interface Props {
  title: string;
  /** One sentence saying what the chart shows, read as the image's description. */
  description: string;
  /** The x axis: one group of bars per category (years). */
  categories: readonly (string | number)[];
  series: readonly Series[];
  /** The axis ticks (short: 15M). */
  format: (value: number) => string;
  /** The table of figures (in full: 15,200,000); the same as the ticks if not given. */
  tableFormat?: (value: number) => string;
  /**
   * The caption of the table of figures (the accessible alternative), or null when the page shows
   * the same figures in a table of its own.
   */
  tableCaption: string | null;
  categoryLabel: string;
}

const WIDEST = 640;
const H = 240;
/** Room for one label of the x axis (a year). */
const LABEL_ROOM = 44;
const M = { top: 12, right: 8, bottom: 28, left: 56 };

/** A round step for the value axis: 1, 2, 2.5, 5 × 10ⁿ, giving about four ticks. */
export function niceStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((f) => f * power >= raw) ?? 10) * power;
}

/**
 * Bars side by side per category, hand-drawn in SVG (no chart library on a slow link). The image
 * is named by its title and described in one sentence; the figures follow in a table.
 */
export function GroupedBarChart(props: Props) {
  const { title, description, categories, series, format, tableCaption, categoryLabel } = props;
  const tableFormat = props.tableFormat ?? format;
  const { t } = useTranslation('reports');
  const { ref, width: chartWidth } = useChartWidth(WIDEST);
  const top = Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const unit = niceStep(top);
  const yMax = Math.max(unit, Math.ceil(top / unit) * unit);
  const ticks = Array.from({ length: Math.round(yMax / unit) + 1 }, (_, i) => i * unit);
  const plotW = chartWidth - M.left - M.right;
  const band = plotW / Math.max(categories.length, 1);
  const bar = Math.min(18, (band * 0.8) / Math.max(series.length, 1));
  const y = (value: number) => H - M.bottom - (value / yMax) * (H - M.top - M.bottom);
  const labelEvery = Math.ceil(categories.length / Math.max(1, Math.floor(plotW / LABEL_ROOM)));

  return (
    <figure className={classes.figure} ref={ref}>
      <ChartSvg width={chartWidth} height={H} title={title} description={description}>
        <g stroke="#dee2e6">
          {ticks.map((v) => (
            <line key={v} x1={M.left} x2={chartWidth - M.right} y1={y(v)} y2={y(v)} />
          ))}
        </g>
        <g fill="#343a40" textAnchor="end">
          {ticks.map((v) => (
            <text key={v} x={M.left - 6} y={y(v) + 4}>
              {format(v)}
            </text>
          ))}
        </g>
        {categories.map((category, i) => {
          const x0 = M.left + i * band + (band - bar * series.length) / 2;
          return (
            <g key={category}>
              {series.map((s, j) => {
                const value = s.values[i] ?? 0;
                return (
                  <rect
                    key={s.key}
                    x={x0 + j * bar}
                    y={y(value)}
                    width={Math.max(bar - 1, 1)}
                    height={H - M.bottom - y(value)}
                    fill={s.color}
                  />
                );
              })}
              {i % labelEvery === 0 && (
                <text
                  x={M.left + i * band + band / 2}
                  y={H - M.bottom + 16}
                  textAnchor="middle"
                  fill="#343a40"
                >
                  {category}
                </text>
              )}
            </g>
          );
        })}
      </ChartSvg>
      <figcaption>
        <ul className={classes.chartKey}>
          {series.map((s) => (
            <li key={s.key}>
              <span aria-hidden="true" className={classes.swatch} style={{ background: s.color }} />
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
      {tableCaption !== null && (
        <details>
          <summary>{t('reports.chart.showData')}</summary>
          <table className={classes.dataTable}>
            <caption>{tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{categoryLabel}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className={classes.numeric}>
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((category, i) => (
                <tr key={category}>
                  <th scope="row">{category}</th>
                  {series.map((s) => {
                    const value = s.values[i];
                    return (
                      <td key={s.key} className={classes.numeric}>
                        {value === null || value === undefined ? '—' : tableFormat(value)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
