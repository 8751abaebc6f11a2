import { API_BASE, apiGet } from '../../lib/api';

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorEmail: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export interface AuditList {
  items: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
}

export const FILTER_KEYS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;
export type AuditFilterKey = (typeof FILTER_KEYS)[number];
export type AuditFilters = Record<AuditFilterKey, string>;

export const PAGE_SIZE = 50;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFromParams(params: URLSearchParams): AuditFilters & { page: number } {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as AuditFilters;
  return { ...filters, page: Number.isFinite(page) && page > 0 ? page : 1 };
}

/** Only the filters that are set (and dates only when complete), as the API and the CSV take them. */
export function filterParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key].trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !ISO_DATE.test(value)) continue;
    params.set(key, value);
  }
  return params;
}

export function auditQueryString(filters: AuditFilters, page: number): string {
  const params = filterParams(filters);
  params.set('page', String(page));
  params.set('pageSize', String(PAGE_SIZE));
  return params.toString();
}

/** The CSV export of the same filtered events (all pages); the browser downloads it. */
export function exportUrl(filters: AuditFilters): string {
  const query = filterParams(filters).toString();
  return `${API_BASE}/audit/export.csv${query ? `?${query}` : ''}`;
}

export const auditKeys = { list: (query: string) => ['audit', 'list', query] as const };

export const listAudit = (query: string, signal?: AbortSignal) =>
  apiGet<AuditList>(`/audit?${query}`, { signal });
