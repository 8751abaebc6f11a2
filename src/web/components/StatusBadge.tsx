import type { ReactNode } from 'react';
import classes from './StatusBadge.module.css';

export type BadgeTone = 'green' | 'blue' | 'gray' | 'red' | 'yellow';

/** A small status label with enough contrast to read (see the CSS). */
export function StatusBadge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`${classes.badge} ${classes[tone]}`}>{children}</span>;
}
