import type { PathSegment } from '../../../../domain/reports/report-data';

/** Paths into a report's data ('B.stockpile[2].munitions') and the elements that show them. */

/** 'B.stockpile[2].munitions' → 'rf-B-stockpile-2-munitions': the id of the input for that path. */
export const domId = (path: string) => `rf-${path.replace(/\[(\d+)\]/g, '.$1').replace(/\./g, '-')}`;

export function pathOf(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? segment : `.${segment}`;
  }
  return path;
}

export function segmentsOf(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

/** The editor's section a path belongs to: 'cover.B' and 'B.stockpile[0]' are shown in Form B. */
export function sectionOfPath(path: string): string {
  const [first, second] = segmentsOf(path);
  if (first === 'cover' && typeof second === 'string') return second;
  return typeof first === 'string' ? first : 'header';
}

const blank = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

type Container = Record<string, unknown> | unknown[];

/**
 * A copy of `root` with the value at `segments` replaced, sharing every untouched branch (so that
 * memoized rows and fields whose data did not change are not drawn again). A blank value removes
 * an object key, so that an emptied field reads as never filled.
 */
export function setIn<T>(root: T, segments: readonly PathSegment[], value: unknown): T {
  const [head, ...rest] = segments;
  if (head === undefined) return value as T;
  const container: Container = Array.isArray(root)
    ? [...root]
    : typeof root === 'object' && root !== null
      ? { ...(root as Record<string, unknown>) }
      : typeof head === 'number'
        ? []
        : {};
  const current = (container as Record<string | number, unknown>)[head];
  const next = rest.length === 0 ? value : setIn(current, rest, value);
  if (Array.isArray(container) && typeof head === 'number') container[head] = next ?? {};
  else if (blank(next) && !Array.isArray(next)) delete (container as Record<string, unknown>)[String(head)];
  else (container as Record<string, unknown>)[String(head)] = next;
  return container as T;
}

export function getIn(root: unknown, segments: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/**
 * Moves focus to the element showing `path`, or to the closest thing that contains it (the row's
 * table, the section heading). Returns whether something took focus.
 */
export function focusPath(path: string): boolean {
  const segments = segmentsOf(path);
  for (let length = segments.length; length > 0; length--) {
    const element = document.getElementById(domId(pathOf(segments.slice(0, length))));
    if (element instanceof HTMLElement) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
      return true;
    }
  }
  return false;
}
