import { useTranslation } from 'react-i18next';
import classes from '../reports.module.css';
import { ChartSvg } from './ChartSvg';
import { niceStep } from './GroupedBarChart';
import { useChartWidth } from './use-chart-width';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

interface Props {
  title: string;
  description: string;
  bars: readonly Bar[];
  /** The value at the end of each bar (short: 594k m²). */
  format: (value: number) => string;
  /** The table of figures (in full: 593,970 m²); the same as the bars if not given. */
  tableFormat?: (value: number) => string;
  color?: string;
  tableCaption: string;
  labelHeader: string;
  valueHeader: string;
}

const WIDEST = 640;
const ROW = 22;
const RIGHT = 90;
/** Average width of a character of the 11 px labels, to shorten names to the room they have. */
const CHAR = 6.5;

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
    tableFormat = format,
    color = '#1b4f80',
    tableCaption,
    labelHeader,
    valueHeader,
  } = props;
  const { t } = useTranslation('reports');
  const { ref, width: chartWidth } = useChartWidth(WIDEST);
  if (bars.length === 0) return null;
  // Names take up to 200 px, less on a phone, so the bars keep room.
  const labelWidth = Math.min(200, Math.round(chartWidth * 0.4));
  const room = Math.floor((labelWidth - 8) / CHAR);
  const max = Math.max(...bars.map((b) => b.value), 0);
  const top = Math.max(niceStep(max), max);
  const H = bars.length * ROW + 8;
  const width = (value: number) => ((chartWidth - labelWidth - RIGHT) * value) / top;
  const short = (label: string) => (label.length > room ? `${label.slice(0, room - 1)}…` : label);

  return (
    <figure className={classes.figure} ref={ref}>
      <ChartSvg width={chartWidth} height={H} title={title} description={description}>
        {bars.map((b, i) => (
          <g key={b.key} transform={`translate(0 ${i * ROW + 4})`}>
            <text x={labelWidth - 8} y={ROW / 2 + 4} textAnchor="end" fill="#343a40">
              {short(b.label)}
            </text>
            <rect x={labelWidth} y={3} width={Math.max(width(b.value), 1)} height={ROW - 6} fill={color} />
            <text x={labelWidth + width(b.value) + 6} y={ROW / 2 + 4} fill="#343a40">
              {format(b.value)}
            </text>
          </g>
        ))}
      </ChartSvg>
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
                <td className={classes.numeric}>{tableFormat(b.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
