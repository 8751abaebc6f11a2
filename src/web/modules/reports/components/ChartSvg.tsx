import { type ReactNode, useId } from 'react';
import classes from '../reports.module.css';

interface Props {
  width: number;
  height: number;
  /** What the chart shows: its accessible name. */
  title: string;
  /** The chart in one sentence, for screen readers; the figures follow in a table. */
  description: string;
  children: ReactNode;
}

/** The SVG of a report chart, named and described for screen readers. */
export function ChartSvg({ width, height, title, description, children }: Props) {
  const id = useId();
  return (
    <svg
      className={classes.chart}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}
