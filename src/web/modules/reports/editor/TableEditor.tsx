import { Button } from '@mantine/core';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDef, TableDef } from '../../../../domain/reports/format-types';
import { TableScroll } from '../../../components/TableScroll';
import { type Message, messagesAt, rowMessages, sameMessages, useEditor } from './context';
import classes from './editor.module.css';
import { FieldMessages, useNumberHint } from './Field';
import { FieldControl } from './FieldControl';
import { domId } from './paths';

type OnCell = (index: number, column: string, value: unknown) => void;
type OnRemove = (index: number, row: unknown) => void;

interface RowProps {
  index: number;
  row: unknown;
  tablePath: string;
  columns: readonly FieldDef[];
  messages: Record<string, Message[]>;
  required: boolean;
  onCell: OnCell;
  onRemove: OnRemove;
}

/**
 * One row: drawn again only when its own data or messages change, so typing in one cell of a
 * 50-row table does not redraw the other 49.
 */
const TableRow = memo(
  function TableRow({ index, row, tablePath, columns, messages, required, onCell, onRemove }: RowProps) {
    const { t } = useTranslation('reportEditor');
    const { lang } = useEditor();
    const values = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
    const rowProblems = messages[''] ?? [];
    return (
      <tr>
        <th scope="row" className={classes.rowNumber}>
          {index + 1}
        </th>
        {columns.map((column) => {
          const id = domId(`${tablePath}[${index}].${column.id}`);
          const cellMessages = messages[column.id] ?? [];
          return (
            <td key={column.id} className={classes.cell}>
              <FieldControl
                field={column}
                id={id}
                value={values[column.id]}
                label={t('reportEditor.table.cell', { column: column.label[lang], row: index + 1 })}
                describedBy={cellMessages.length > 0 ? `${id}-messages` : undefined}
                invalid={cellMessages.some((m) => m.tone === 'error')}
                required={required && column.required}
                compact
                onChange={(value) => onCell(index, column.id, value)}
              />
              <FieldMessages id={`${id}-messages`} messages={cellMessages} />
            </td>
          );
        })}
        <td className={classes.cell}>
          <button
            type="button"
            className={classes.linkButton}
            aria-label={t('reportEditor.table.removeRow', { row: index + 1 })}
            onClick={() => onRemove(index, row)}
          >
            {t('reportEditor.table.remove')}
          </button>
          <FieldMessages id={`${domId(`${tablePath}[${index}]`)}-messages`} messages={rowProblems} />
        </td>
      </tr>
    );
  },
  (a, b) =>
    a.row === b.row &&
    a.index === b.index &&
    a.columns === b.columns &&
    a.required === b.required &&
    a.onCell === b.onCell &&
    a.onRemove === b.onRemove &&
    sameMessages(a.messages, b.messages),
);

function ColumnHeader({ column, required }: { column: FieldDef; required: boolean }) {
  const { lang } = useEditor();
  const hint = useNumberHint(column);
  const label = column.label[lang];
  return (
    <th scope="col" className={classes.columnHeader}>
      {label}
      {column.type === 'number' && column.unit && !label.includes(column.unit) && ` (${column.unit})`}
      {required && column.required && <span aria-hidden="true"> *</span>}
      {hint && <span className={classes.columnHint}>{hint}</span>}
    </th>
  );
}

interface TableEditorProps {
  table: TableDef;
  section: string;
  rows: unknown;
  messages: Map<string, Message[]>;
  required: boolean;
}

/** A repeatable table: add a row, remove one (with undo), every cell named by column and row. */
export const TableEditor = memo(function TableEditor({
  table,
  section,
  rows,
  messages,
  required,
}: TableEditorProps) {
  const { t } = useTranslation('reportEditor');
  const { lang, change } = useEditor();
  const path = `${section}.${table.id}`;
  const id = domId(path);
  const list = Array.isArray(rows) ? rows : [];
  const perRow = useMemo(() => rowMessages(messages, path, list.length), [messages, path, list.length]);
  const [removed, setRemoved] = useState<{ index: number; row: unknown } | null>(null);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const firstCell = (index: number) => domId(`${path}[${index}].${table.columns[0]?.id ?? ''}`);

  const onCell: OnCell = useCallback(
    (index, column, value) => change([section, table.id, index, column], value),
    [change, section, table.id],
  );
  const onRemove: OnRemove = useCallback(
    (index, row) => {
      change([section, table.id], (old: unknown) =>
        Array.isArray(old) ? old.filter((_, i) => i !== index) : [],
      );
      setRemoved({ index, row });
      focusNext.current = `${id}-undo`;
    },
    [change, section, table.id, id],
  );
  const add = () => {
    change([section, table.id], (old: unknown) => [...(Array.isArray(old) ? old : []), {}]);
    setRemoved(null);
    focusNext.current = firstCell(list.length);
  };
  const undo = () => {
    if (!removed) return;
    change([section, table.id], (old: unknown) => {
      const next = Array.isArray(old) ? [...old] : [];
      next.splice(Math.min(removed.index, next.length), 0, removed.row);
      return next;
    });
    focusNext.current = firstCell(removed.index);
    setRemoved(null);
  };
  const full = table.maxRows !== undefined && list.length >= table.maxRows;
  const columnHelp = table.columns.filter((column) => column.help);

  return (
    <div id={id} tabIndex={-1} className={classes.tableBlock}>
      <h3 id={`${id}-title`} className={classes.tableTitle}>
        {table.label[lang]}
      </h3>
      {table.help && <p className={classes.help}>{table.help[lang]}</p>}
      {columnHelp.length > 0 && (
        <details className={classes.columnHelp}>
          <summary>{t('reportEditor.table.aboutColumns')}</summary>
          <dl>
            {columnHelp.map((column) => (
              <div key={column.id}>
                <dt>{column.label[lang]}</dt>
                <dd>{column.help?.[lang]}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <FieldMessages id={`${id}-messages`} messages={messagesAt(messages, path)} />
      {list.length === 0 ? (
        <p className={classes.help}>{t('reportEditor.table.empty')}</p>
      ) : (
        <TableScroll labelledBy={`${id}-title`}>
          <table
            className={classes.table}
            aria-labelledby={`${id}-title`}
            style={{ minInlineSize: `${4 + table.columns.length * 11}rem` }}
          >
            <thead>
              <tr>
                <th scope="col">{t('reportEditor.table.number')}</th>
                {table.columns.map((column) => (
                  <ColumnHeader key={column.id} column={column} required={required} />
                ))}
                <th scope="col">{t('reportEditor.table.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((row, index) => (
                <TableRow
                  // Rows have no identity of their own; the index is what the data and paths use.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                  key={index}
                  index={index}
                  row={row}
                  tablePath={path}
                  columns={table.columns}
                  messages={perRow[index] ?? {}}
                  required={required}
                  onCell={onCell}
                  onRemove={onRemove}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <div className={classes.tableActions}>
        <Button variant="default" size="xs" onClick={add} disabled={full} aria-describedby={`${id}-title`}>
          {t('reportEditor.table.addRow')}
        </Button>
        {full && <span className={classes.help}>{t('reportEditor.table.full', { max: table.maxRows })}</span>}
        {removed && (
          <span role="status" className={classes.undo}>
            {t('reportEditor.table.removed', { row: removed.index + 1 })}{' '}
            <Button id={`${id}-undo`} variant="subtle" size="xs" onClick={undo}>
              {t('reportEditor.table.undo')}
            </Button>
          </span>
        )}
      </div>
    </div>
  );
});
