import type {
  OutreachActivity,
  OutreachDetail,
  OutreachListItem,
  OutreachNextStep,
  OutreachProfile,
  OutreachOwner as Owner,
} from '../../../shared/contracts/outreach';
import {
  type ActivityKind,
  activityKinds,
  ccmRegionCodes as ccmRegions,
  type OutreachPriority,
  outreachLimits,
  outreachPriorities,
  outreachSorts,
  outreachStatuses,
} from '../../../shared/outreach';
import { API_BASE, apiGet, apiSend } from '../../lib/api';

export type {
  ActivityKind,
  OutreachActivity,
  OutreachDetail,
  OutreachListItem,
  OutreachNextStep,
  OutreachPriority,
  OutreachProfile,
  Owner,
};
export { activityKinds, ccmRegions, outreachLimits, outreachPriorities, outreachStatuses };
export type SortKey = (typeof outreachSorts)[number];
export type Lang = 'en' | 'fr' | 'es';

export interface OutreachFilters {
  q: string;
  status: (typeof outreachStatuses)[number] | '';
  ccmRegion: (typeof ccmRegions)[number] | '';
  priority: OutreachPriority | 'none' | '';
  sort: SortKey;
  order: 'asc' | 'desc';
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  values.includes(value as T) ? (value as T) : '';

/** The filters live in the page address, so a filtered list can be bookmarked and shared. */
export function filtersFromParams(params: URLSearchParams): OutreachFilters {
  return {
    q: params.get('q') ?? '',
    status: oneOf(outreachStatuses, params.get('status')),
    ccmRegion: oneOf(ccmRegions, params.get('ccmRegion')),
    priority: oneOf([...outreachPriorities, 'none'] as const, params.get('priority')),
    sort: oneOf(outreachSorts, params.get('sort')) || 'priority',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

/** The filters as a query string, defaults left out: the same for the page, the API and the CSV. */
export function filtersToParams(filters: OutreachFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.status) params.set('status', filters.status);
  if (filters.ccmRegion) params.set('ccmRegion', filters.ccmRegion);
  if (filters.priority) params.set('priority', filters.priority);
  if (filters.sort !== 'priority') params.set('sort', filters.sort);
  if (filters.order !== 'asc') params.set('order', filters.order);
  return params;
}

export function listQuery(filters: OutreachFilters, lang: Lang): string {
  const params = filtersToParams(filters);
  params.set('lang', lang);
  return params.toString();
}

export const exportCsvUrl = (query: string) => `${API_BASE}/outreach/export.csv?${query}`;

export const outreachKeys = {
  all: ['outreach'] as const,
  list: (query: string) => ['outreach', 'list', query] as const,
  detail: (iso3: string) => ['outreach', 'detail', iso3] as const,
  owners: ['outreach', 'owners'] as const,
};

export const fetchOutreachList = (query: string, signal?: AbortSignal) =>
  apiGet<{ items: OutreachListItem[]; total: number; asOf: string }>(`/outreach?${query}`, { signal });

export const fetchOutreach = (iso3: string, lang: Lang, signal?: AbortSignal) =>
  apiGet<OutreachDetail>(`/outreach/${iso3}?lang=${lang}`, { signal });

export const fetchOwners = (signal?: AbortSignal) =>
  apiGet<{ items: Owner[] }>('/outreach/owners', { signal });

export interface ProfileInput {
  version?: number;
  priority: OutreachPriority;
  summaryMd: string;
}
export const saveProfile = (iso3: string, input: ProfileInput) =>
  apiSend<OutreachProfile>('PUT', `/outreach/${iso3}/profile`, input);

export interface ActivityInput {
  date: string;
  kind: ActivityKind;
  who: string;
  notes: string;
}
export const addActivity = (iso3: string, input: ActivityInput) =>
  apiSend<OutreachActivity>('POST', `/outreach/${iso3}/activities`, input);

export interface NextStepInput {
  description: string;
  dueDate: string;
  ownerUserId?: string | null;
  ownerText?: string | null;
}
export const addNextStep = (iso3: string, input: NextStepInput) =>
  apiSend<OutreachNextStep>('POST', `/outreach/${iso3}/next-steps`, input);

export const setStepDone = (step: OutreachNextStep, done: boolean) =>
  apiSend<OutreachNextStep>('PATCH', `/outreach/${step.iso3}/next-steps/${step.id}`, {
    version: step.version,
    done,
  });

/** Today as YYYY-MM-DD in the reader's time zone, for "overdue" and form defaults. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
