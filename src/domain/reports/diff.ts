import { formatNumber } from './findings.js';
import type { ReportFormat } from './format-types.js';
import type { Language } from './kinds.js';
import { pathLabels } from './labels.js';
import { formatPath, isRecord, own, type PathSegment } from './report-data.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

/**
 * One difference between two versions of a report's data. Indices in `segments` are those of
 * the newer version, except the last index of a removed row, which is its index in the older one.
 */
export type Change = {
  path: string;
  segments: PathSegment[];
  kind: ChangeKind;
  before?: unknown;
  after?: unknown;
};

/** JSON with sorted keys: equal values give equal strings whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(own(value, key))}`)
      .join(',')}}`;
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

const isRows = (value: unknown): value is Record<string, unknown>[] =>
  Array.isArray(value) && value.every(isRecord);

/**
 * The differences between two versions of a report (for the correction view): field by field,
 * and table rows aligned on the rows both versions share, so that inserting a row shows as one
 * added row, not as every later row changed. Works on any JSON; empty when the two are equal.
 */
export function diffReports(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  diffValue(before, after, [], out);
  return out;
}

function diffValue(before: unknown, after: unknown, at: PathSegment[], out: Change[]) {
  if (canonical(before) === canonical(after)) return;
  const change = (kind: ChangeKind, values: { before?: unknown; after?: unknown }) =>
    out.push({ path: formatPath(at), segments: at, kind, ...values });
  if (before === undefined) return change('added', { after });
  if (after === undefined) return change('removed', { before });
  if (isRecord(before) && isRecord(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !Object.hasOwn(before, key))];
    for (const key of keys) diffValue(own(before, key), own(after, key), [...at, key], out);
    return;
  }
  if (isRows(before) && isRows(after)) return diffRows(before, after, at, out);
  change('changed', { before, after });
}

/** Longest common subsequence of equal rows; the rows between two shared ones are paired by likeness. */
function diffRows(
  before: Record<string, unknown>[],
  after: Record<string, unknown>[],
  at: PathSegment[],
  out: Change[],
) {
  const a = before.map(canonical);
  const b = after.map(canonical);
  // Rows equal at both ends need no alignment: the usual correction touches a few rows in between.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > head && bEnd > head && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  // lengths[i][j]: the longest run of equal rows common to a[head + i..aEnd) and b[head + j..bEnd).
  const lengths: number[][] = Array.from({ length: aEnd - head + 1 }, () =>
    new Array<number>(bEnd - head + 1).fill(0),
  );
  for (let i = aEnd - head - 1; i >= 0; i--) {
    for (let j = bEnd - head - 1; j >= 0; j--) {
      const row = lengths[i] as number[];
      const next = lengths[i + 1] as number[];
      row[j] =
        a[head + i] === b[head + j]
          ? (next[j + 1] as number) + 1
          : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  const lcs = (i: number, j: number) => lengths[i - head]?.[j - head] ?? 0;
  let i = head;
  let j = head;
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    for (const [r, n] of pairRows(removed, added, before, after)) {
      if (r === null && n !== null)
        out.push({ path: formatPath([...at, n]), segments: [...at, n], kind: 'added', after: after[n] });
      else if (n === null && r !== null)
        out.push({ path: formatPath([...at, r]), segments: [...at, r], kind: 'removed', before: before[r] });
      else if (r !== null && n !== null) diffValue(before[r], after[n], [...at, n], out);
    }
    removed = [];
    added = [];
  };
  while (i < aEnd || j < bEnd) {
    if (i < aEnd && j < bEnd && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= bEnd || (i < aEnd && lcs(i + 1, j) >= lcs(i, j + 1))) {
      removed.push(i++);
    } else {
      added.push(j++);
    }
  }
  flush();
}

/** How many cells two rows share: rows that share none are a removal and an addition, not an edit. */
function sharedCells(a: Record<string, unknown>, b: Record<string, unknown>): number {
  return Object.keys(a).filter(
    (key) => Object.hasOwn(b, key) && canonical(own(a, key)) === canonical(own(b, key)),
  ).length;
}

/**
 * Between two rows both versions share, pairs the removed and added rows that are edits of each
 * other: in order, as many shared cells as possible. [old, new]; null on one side: removed or added.
 */
function pairRows(
  removed: number[],
  added: number[],
  before: Record<string, unknown>[],
  after: Record<string, unknown>[],
): [number | null, number | null][] {
  const score = (i: number, j: number) =>
    sharedCells(before[removed[i] as number] ?? {}, after[added[j] as number] ?? {});
  const best: number[][] = Array.from({ length: removed.length + 1 }, () =>
    new Array<number>(added.length + 1).fill(0),
  );
  for (let i = removed.length - 1; i >= 0; i--) {
    for (let j = added.length - 1; j >= 0; j--) {
      const row = best[i] as number[];
      const next = best[i + 1] as number[];
      const shared = score(i, j);
      row[j] = Math.max(
        next[j] as number,
        row[j + 1] as number,
        shared > 0 ? shared + (next[j + 1] as number) : 0,
      );
    }
  }
  const pairs: [number | null, number | null][] = [];
  let i = 0;
  let j = 0;
  while (i < removed.length || j < added.length) {
    const here = best[i]?.[j] ?? 0;
    const shared = i < removed.length && j < added.length ? score(i, j) : 0;
    if (shared > 0 && here === shared + (best[i + 1]?.[j + 1] ?? 0))
      pairs.push([removed[i++] as number, added[j++] as number]);
    else if (j >= added.length || (i < removed.length && here === (best[i + 1]?.[j] ?? 0)))
      pairs.push([removed[i++] as number, null]);
    else pairs.push([null, added[j++] as number]);
  }
  return pairs;
}

/** A value as a report reader would write it. */
export function renderValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  if (Array.isArray(value)) return value.map(renderValue).join(', ');
  if (isRecord(value)) {
    const name = own(value, 'name');
    if (typeof name === 'string' && typeof own(value, 'ref') === 'string') return name;
    return Object.entries(value)
      .filter(([, v]) => v !== null && v !== '' && v !== undefined)
      .map(([k, v]) => `${k}: ${renderValue(v)}`)
      .join('; ');
  }
  return String(value);
}

const verbs = {
  added: { en: 'added', fr: 'ajouté', es: 'añadido' },
  removed: { en: 'removed', fr: 'supprimé', es: 'suprimido' },
};

/** 'Form B: Stockpiles and destruction › … › row 3 › Cluster munitions at the end: 1,200 → 800'. */
export function describeChange(change: Change, format: ReportFormat, language: Language = 'en'): string {
  const where = pathLabels(format, change.segments, language).join(' › ');
  if (change.kind === 'changed')
    return `${where}: ${renderValue(change.before)} → ${renderValue(change.after)}`;
  const value = change.kind === 'added' ? change.after : change.before;
  return `${where}: ${verbs[change.kind][language]} (${renderValue(value)})`;
}

/** Changes grouped by section (cover, header, then the forms), in the order they were found. */
export function changesBySection(changes: readonly Change[]): Map<string, Change[]> {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const first = change.segments[0];
    const key = first === undefined ? '' : String(first);
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return groups;
}
