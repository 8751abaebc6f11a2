import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './DataTable.module.css';

export type SortOrder = 'asc' | 'desc';

interface SortHeaderProps<K extends string> {
  column: K;
  sort: K;
  order: SortOrder;
  onSort: (column: K, order: SortOrder) => void;
  children: ReactNode;
}

/**
 * A column header that sorts the table. `aria-sort` tells screen readers which column orders the
 * rows and in which direction; activating the sorted column again reverses it.
 */
export function SortHeader<K extends string>({ column, sort, order, onSort, children }: SortHeaderProps<K>) {
  const active = column === sort;
  const ariaSort = active ? (order === 'asc' ? 'ascending' : 'descending') : undefined;
  const next: SortOrder = active && order === 'asc' ? 'desc' : 'asc';
  return (
    <Table.Th aria-sort={ariaSort} scope="col">
      <button type="button" className={classes.sortButton} onClick={() => onSort(column, next)}>
        {children}
        <span aria-hidden="true" className={classes.sortIcon}>
          {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </Table.Th>
  );
}
