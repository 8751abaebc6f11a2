import { apiGet } from '../../lib/api';

export const mailStatuses = ['pending', 'sent', 'failed', 'held'] as const;
export type MailStatus = (typeof mailStatuses)[number];

export interface OutboxMessage {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  language: string;
  kind: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxList {
  items: OutboxMessage[];
  total: number;
  page: number;
  pageSize: number;
}

export const PAGE_SIZE = 50;

export interface OutboxFilters {
  status: MailStatus | '';
  q: string;
  page: number;
}

export function filtersFromParams(params: URLSearchParams): OutboxFilters {
  const status = params.get('status');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    status: mailStatuses.includes(status as MailStatus) ? (status as MailStatus) : '',
    q: params.get('q') ?? '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function filtersToParams(filters: OutboxFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function outboxQueryString(filters: OutboxFilters): string {
  const params = filtersToParams({ ...filters, page: 1 });
  params.set('page', String(filters.page));
  params.set('pageSize', String(PAGE_SIZE));
  return params.toString();
}

export const outboxKeys = { list: (query: string) => ['outbox', 'list', query] as const };

export const listOutbox = (query: string, signal?: AbortSignal) =>
  apiGet<OutboxList>(`/outbox?${query}`, { signal });
