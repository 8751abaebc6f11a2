import { type ReportKind, reportKinds } from '../../../domain/reports/kinds';
import type { ReportSummary } from '../../../shared/contracts/reports';
import { limits } from '../../../shared/limits';

export const listSorts = ['state', 'year', 'status', 'receivedOn'] as const;
export type ListSort = (typeof listSorts)[number];
// Not imported from the contract, which would bring Zod into the page's JavaScript.
export const reportListStatuses = [
  'not_started',
  'draft',
  'submitted',
  'published',
] as const satisfies readonly ReportSummary['status'][];
export type ListStatus = (typeof reportListStatuses)[number];
export { reportKinds };

export interface ListFilters {
  year: string;
  /** Part of a State's name, in any language. */
  q: string;
  kind: ReportKind | '';
  status: ListStatus | '';
  sort: ListSort;
  order: 'asc' | 'desc';
  /** From 1; the server says how many rows a page holds. */
  page: number;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  values.includes(value as T) ? (value as T) : '';

/** The filters live in the page address, so a filtered list can be bookmarked and shared. */
export function filtersFromParams(params: URLSearchParams): ListFilters {
  const year = params.get('year') ?? '';
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    year: /^\d{4}$/.test(year) ? year : '',
    q: (params.get('q') ?? '').slice(0, 100),
    kind: oneOf(reportKinds, params.get('kind')),
    status: oneOf(reportListStatuses, params.get('status')),
    sort: oneOf(listSorts, params.get('sort')) || 'year',
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

/**
 * The query string of the list and the address: only what differs from the server's defaults
 * (sort by year, newest first, page 1), so the plain list is plain /reports.
 */
export function filtersToParams(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.year) params.set('year', filters.year);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.status) params.set('status', filters.status);
  if (filters.sort !== 'year') params.set('sort', filters.sort);
  if (filters.order !== 'desc') params.set('order', filters.order);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The exports take every matching report, so their address leaves the page out. */
export const exportQuery = (filters: ListFilters) => filtersToParams({ ...filters, page: 1 }).toString();

/** All of one State's reports in one answer: a few dozen at most, well under the largest page. */
export const stateReportsQuery = (iso3: string) =>
  new URLSearchParams({ state: iso3, pageSize: String(limits.maxPageSize) }).toString();

/** The years one may pick: from the first reports (2011) to next year, newest first. */
export function reportYears(today = new Date()): number[] {
  const last = today.getUTCFullYear() + 1;
  return Array.from({ length: last - 2011 + 1 }, (_, i) => last - i);
}

/** Status badge colours (StatusBadge tones keep AA contrast). */
export const statusTone = {
  not_started: 'red',
  draft: 'gray',
  submitted: 'yellow',
  published: 'green',
} as const;
