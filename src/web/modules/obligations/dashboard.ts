import {
  addMonthsIso,
  type CcmRegion,
  ccmRegions,
  type ObligationArticle,
  type ObligationRow,
  type ObligationStatus,
  obligationArticles,
  obligationStatuses,
} from './api';

export const dashboardSorts = ['state', 'article', 'status', 'originalDeadline', 'currentDeadline'] as const;
export type DashboardSort = (typeof dashboardSorts)[number];

export interface DashboardFilters {
  article: ObligationArticle | '';
  status: ObligationStatus | '';
  ccmRegion: CcmRegion | '';
  /** ISO3 of one State, or empty. */
  state: string;
  /** YYYY-MM-DD, or empty for today. */
  asOf: string;
  sort: DashboardSort;
  order: 'asc' | 'desc';
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  values.includes(value as T) ? (value as T) : '';

/** The filters live in the page address, so a filtered view can be bookmarked and shared. */
export function filtersFromParams(params: URLSearchParams): DashboardFilters {
  const state = (params.get('state') ?? '').toUpperCase();
  const asOf = params.get('asOf') ?? '';
  return {
    article: oneOf(obligationArticles, params.get('article')),
    status: oneOf(obligationStatuses, params.get('status')),
    ccmRegion: oneOf(ccmRegions, params.get('ccmRegion')),
    state: /^[A-Z]{3}$/.test(state) ? state : '',
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : '',
    sort: oneOf(dashboardSorts, params.get('sort')) || 'currentDeadline',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

export function filtersToParams(filters: DashboardFilters): URLSearchParams {
  const params = apiParams(filters, true);
  if (filters.sort !== 'currentDeadline') params.set('sort', filters.sort);
  if (filters.order !== 'asc') params.set('order', filters.order);
  return params;
}

/** The API's query string: the same for the table, the exports and (without status) the summaries. */
export function apiParams(filters: DashboardFilters, withStatus: boolean): URLSearchParams {
  const params = new URLSearchParams();
  if (withStatus && filters.status) params.set('status', filters.status);
  if (filters.article) params.set('article', filters.article);
  if (filters.ccmRegion) params.set('ccmRegion', filters.ccmRegion);
  if (filters.state) params.set('state', filters.state);
  if (filters.asOf) params.set('asOf', filters.asOf);
  return params;
}

const completed = (o: ObligationRow) => o.status === 'completed_on_time' || o.status === 'completed_late';

/** Open obligations whose current deadline falls after `asOf` and within 12 months of it. */
export function upcoming(items: ObligationRow[], asOf: string): ObligationRow[] {
  const horizon = addMonthsIso(asOf, 12);
  return items
    .filter(
      (o) => !completed(o) && o.currentDeadline && o.currentDeadline >= asOf && o.currentDeadline <= horizon,
    )
    .sort((a, b) => (a.currentDeadline ?? '').localeCompare(b.currentDeadline ?? ''));
}

export const overdue = (items: ObligationRow[]) => items.filter((o) => o.status === 'overdue');

export interface ArticleCount {
  article: ObligationArticle;
  total: number;
  overdue: number;
  upcoming: number;
  extended: number;
  completed: number;
}

export function countsByArticle(items: ObligationRow[], asOf: string): ArticleCount[] {
  const soon = new Set(upcoming(items, asOf));
  return obligationArticles
    .map((article) => {
      const rows = items.filter((o) => o.article === article);
      return {
        article,
        total: rows.length,
        overdue: rows.filter((o) => o.status === 'overdue').length,
        upcoming: rows.filter((o) => soon.has(o)).length,
        extended: rows.filter((o) => o.extensions.some((e) => e.grantedUntil)).length,
        completed: rows.filter(completed).length,
      };
    })
    .filter((c) => c.total > 0);
}

/** Sorts a copy of the rows; names compare in the interface language. */
export function sortRows(
  items: ObligationRow[],
  sort: DashboardSort,
  order: 'asc' | 'desc',
  nameOf: (o: ObligationRow) => string,
  language: string,
): ObligationRow[] {
  const collator = new Intl.Collator(language);
  const key = (o: ObligationRow): string => {
    switch (sort) {
      case 'state':
        return nameOf(o);
      case 'article':
        return String(obligationArticles.indexOf(o.article)).padStart(2, '0');
      case 'status':
        return String(obligationStatuses.indexOf(o.status)).padStart(2, '0');
      case 'originalDeadline':
        return o.originalDeadline ?? '9999';
      case 'currentDeadline':
        return o.currentDeadline ?? '9999';
    }
  };
  const sign = order === 'asc' ? 1 : -1;
  return [...items].sort(
    (a, b) => sign * collator.compare(key(a), key(b)) || collator.compare(nameOf(a), nameOf(b)),
  );
}
