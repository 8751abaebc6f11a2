import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import type { Target, Universalization } from '../api';
import classes from '../states.module.css';

const W = 640;
const H = 260;
const M = { top: 12, right: 16, bottom: 28, left: 40 };
const PARTIES = '#1b4f80';
const IN_FORCE = '#2f7d32';
const TARGET = '#b3362b';

/** A round step for the value axis: 10, 20, 25, 50… giving about five ticks. */
function step(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((f) => f * power >= raw) ?? 10) * power;
}

interface PartiesChartProps {
  years: Universalization['partiesByYear'];
  targets: Target[];
}

/**
 * States Parties at the end of each year (and those bound, in force), with the targets as dashed
 * lines up to their date. Hand-made SVG, a few hundred bytes instead of a chart library. The
 * picture is one image with a summary as its name; the figures are in the table below it.
 */
export function PartiesChart({ years, targets }: PartiesChartProps) {
  const { t, i18n } = useTranslation('states');
  if (years.length === 0) return null;
  const first = years[0]?.year ?? 2008;
  const last = Math.max(years.at(-1)?.year ?? first, ...targets.map((g) => Number(g.byDate.slice(0, 4))));
  const top = Math.max(...years.map((y) => y.parties), ...targets.map((g) => g.parties), 10);
  const unit = step(top);
  const yMax = Math.ceil((top * 1.05) / unit) * unit;
  const x = (year: number) => M.left + ((year - first) / Math.max(last - first, 1)) * (W - M.left - M.right);
  const y = (value: number) => H - M.bottom - (value / yMax) * (H - M.top - M.bottom);
  const line = (key: 'parties' | 'inForce') =>
    years.map((p, i) => `${i ? 'L' : 'M'}${x(p.year).toFixed(1)} ${y(p[key]).toFixed(1)}`).join('');
  const yTicks = Array.from({ length: yMax / unit + 1 }, (_, i) => i * unit);
  const xEvery = last - first > 12 ? 2 : 1;
  const xTicks = Array.from({ length: last - first + 1 }, (_, i) => first + i).filter(
    (yr) => (yr - first) % xEvery === 0,
  );
  const latest = years.at(-1);
  const summary = t('states.chart.summary', {
    first: years[0]?.parties ?? 0,
    firstYear: first,
    last: latest?.parties ?? 0,
    lastYear: latest?.year ?? first,
  });
  // The image's name: the trend, then each target in words.
  const label = [
    summary,
    ...targets.map((g) =>
      t('states.chart.target', {
        label: g.label,
        parties: g.parties,
        date: formatDate(g.byDate, i18n.language),
      }),
    ),
  ].join(' ');

  return (
    <figure style={{ margin: 0 }}>
      <svg className={classes.chart} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <g stroke="#dee2e6" strokeWidth="1">
          {yTicks.map((v) => (
            <line key={v} x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
          ))}
        </g>
        <g fill="#343a40" textAnchor="end">
          {yTicks.map((v) => (
            <text key={v} x={M.left - 6} y={y(v) + 4}>
              {v}
            </text>
          ))}
        </g>
        <g fill="#343a40" textAnchor="middle">
          {xTicks.map((yr) => (
            <text key={yr} x={x(yr)} y={H - M.bottom + 16}>
              {yr}
            </text>
          ))}
        </g>
        {targets.map((g) => (
          <g key={g.id} stroke={TARGET} fill={TARGET}>
            <line
              x1={M.left}
              x2={x(Number(g.byDate.slice(0, 4)))}
              y1={y(g.parties)}
              y2={y(g.parties)}
              strokeDasharray="6 4"
              strokeWidth="1.5"
            />
            <circle cx={x(Number(g.byDate.slice(0, 4)))} cy={y(g.parties)} r="4" />
            <text x={M.left + 6} y={y(g.parties) - 6} stroke="none" textAnchor="start">
              {g.label}
            </text>
          </g>
        ))}
        <path d={line('inForce')} fill="none" stroke={IN_FORCE} strokeWidth="2" strokeDasharray="2 3" />
        <path d={line('parties')} fill="none" stroke={PARTIES} strokeWidth="2.5" />
      </svg>
      <figcaption>
        <ul className={classes.chartKey}>
          <li>
            <span aria-hidden="true" style={{ color: PARTIES }}>
              ━━{' '}
            </span>
            {t('states.chart.parties')}
          </li>
          <li>
            <span aria-hidden="true" style={{ color: IN_FORCE }}>
              ┅┅{' '}
            </span>
            {t('states.chart.inForce')}
          </li>
          {targets.map((g) => (
            <li key={g.id}>
              <span aria-hidden="true" style={{ color: TARGET }}>
                ╌╌{' '}
              </span>
              {g.label}
            </li>
          ))}
        </ul>
      </figcaption>
      <details>
        <summary>{t('states.chart.showData')}</summary>
        <table className={classes.table}>
          <caption>{t('states.chart.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('states.chart.year')}</th>
              <th scope="col" className={classes.numeric}>
                {t('states.chart.parties')}
              </th>
              <th scope="col" className={classes.numeric}>
                {t('states.chart.inForce')}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((p) => (
              <tr key={p.year}>
                <th scope="row">{p.year}</th>
                <td className={classes.numeric}>{p.parties}</td>
                <td className={classes.numeric}>{p.inForce}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
