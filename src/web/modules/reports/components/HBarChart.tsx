import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '../reports.module.css';
import { niceStep } from './GroupedBarChart';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

interface Props {
  title: string;
  description: string;
  bars: readonly Bar[];
  format: (value: number) => string;
  color?: string;
  tableCaption: string;
  labelHeader: string;
  valueHeader: string;
}

const W = 640;
const ROW = 22;
const LABEL = 200;
const RIGHT = 90;

/**
 * One horizontal bar per State, largest first, names on the left (room for long State names).
 * Hand-drawn SVG named by its title and description; the figures follow in a table.
 */
export function HBarChart(props: Props) {
  const {
    title,
    description,
    bars,
    format,
    color = '#1b4f80',
    tableCaption,
    labelHeader,
    valueHeader,
  } = props;
  const { t } = useTranslation('reports');
  const id = useId();
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => b.value), 0);
  const top = Math.max(niceStep(max), max);
  const H = bars.length * ROW + 8;
  const width = (value: number) => ((W - LABEL - RIGHT) * value) / top;
  const short = (label: string) => (label.length > 28 ? `${label.slice(0, 27)}…` : label);

  return (
    <figure className={classes.figure}>
      <svg
        className={classes.chart}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((b, i) => (
          <g key={b.key} transform={`translate(0 ${i * ROW + 4})`}>
            <text x={LABEL - 8} y={ROW / 2 + 4} textAnchor="end" fill="#343a40">
              {short(b.label)}
            </text>
            <rect x={LABEL} y={3} width={Math.max(width(b.value), 1)} height={ROW - 6} fill={color} />
            <text x={LABEL + width(b.value) + 6} y={ROW / 2 + 4} fill="#343a40">
              {format(b.value)}
            </text>
          </g>
        ))}
      </svg>
      <details>
        <summary>{t('reports.chart.showData')}</summary>
        <table className={classes.dataTable}>
          <caption>{tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col" className={classes.numeric}>
                {valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.key}>
                <th scope="row">{b.label}</th>
                <td className={classes.numeric}>{format(b.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
