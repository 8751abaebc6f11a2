import type { ReactNode } from 'react';
import classes from './DataTable.module.css';

interface TableScrollProps {
  /** Id of the table's <caption>, which also names this scrolling region. */
  labelledBy: string;
  children: ReactNode;
}

/**
 * A horizontally scrolling box around a wide table. It is focusable and named, so keyboard users
 * can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ labelledBy, children }: TableScrollProps) {
  return (
    // A named <section> is a region landmark.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className={classes.scroll} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
