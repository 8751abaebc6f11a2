import { createContext, useContext } from 'react';
import type { Labels, ReportFormat } from '../../../../domain/reports/format-types';
import type { Language } from '../../../../domain/reports/kinds';
import type { StateName } from '../api-editor';
import type { Message } from './use-checks';
import type { Change } from './use-draft';

/** What every input of the editor needs and rarely changes: shared through context, not props. */
export interface EditorContextValue {
  format: ReportFormat;
  lang: Language;
  reportId: string;
  /** States in the interface language, for the country inputs (empty while loading). */
  states: StateName[];
  /** Id of the one <datalist> of State names the country inputs share. */
  statesListId: string;
  change: Change;
  upload: (file: File) => Promise<{ ref: string; name: string }>;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside the report editor');
  return value;
}

/** A label of the format in the interface language. */
export const inLang = (labels: Labels, lang: Language) => labels[lang];

export type { Message };

const none: Message[] = [];

/** The messages about one path (the same empty list each time, for memoized components). */
export function messagesAt(messages: Map<string, Message[]>, path: string): Message[] {
  return messages.get(path) ?? none;
}

/** The messages about the cells of each row of a table: rows[i][column] → messages. */
export function rowMessages(
  messages: Map<string, Message[]>,
  tablePath: string,
  rowCount: number,
): Record<string, Message[]>[] {
  const rows: Record<string, Message[]>[] = Array.from({ length: rowCount }, () => ({}));
  const prefix = `${tablePath}[`;
  for (const [path, list] of messages) {
    if (!path.startsWith(prefix)) continue;
    const match = /^\[(\d+)\](?:\.(.+))?$/.exec(path.slice(tablePath.length));
    const row = match ? rows[Number(match[1])] : undefined;
    if (row && match) row[match[2] ?? ''] = list;
  }
  return rows;
}

/** Whether two rows' messages are the same, so an unchanged row is not drawn again. */
export function sameMessages(a: Record<string, Message[]>, b: Record<string, Message[]>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key] ?? [];
    const y = b[key] ?? [];
    return x.length === y.length && x.every((m, i) => m.text === y[i]?.text && m.tone === y[i]?.tone);
  });
}
