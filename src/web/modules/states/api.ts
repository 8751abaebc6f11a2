import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
// Types and zod-free vocabularies only: the contract module itself would pull zod into the chunk.
import { type TreatyEventType, type TreatyStatus, treatyStatuses } from '../../../domain/treaty/kinds';
import type {
  newTreatyEvent,
  StateSummary,
  stateDetail,
  universalization,
} from '../../../shared/contracts/states';
import { API_BASE, apiGet, apiSend } from '../../lib/api';

export { eventTypes, treatyStatuses } from '../../../domain/treaty/kinds';
export type { StateSummary, TreatyEventType, TreatyStatus };
export type StateDetail = z.infer<typeof stateDetail>;
export type TreatyEvent = StateDetail['events'][number];
export type Universalization = z.infer<typeof universalization>;
export type Target = Universalization['targets'][number];
export type NewTreatyEvent = z.input<typeof newTreatyEvent>;
export type CcmRegion = StateSummary['ccmRegion'];
export type Language = 'en' | 'fr' | 'es';

export const ccmRegions = ['africa', 'americas', 'asia_pacific', 'europe'] as const satisfies CcmRegion[];
export const m49Regions = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export type M49Region = (typeof m49Regions)[number];

/** Display order, from the furthest along to the furthest away. */
export const STATUS_ORDER: readonly TreatyStatus[] = [
  'state_party',
  'party_not_in_force',
  'signatory',
  'not_party',
  'withdrawn',
];

export const isParty = (status: TreatyStatus) => status === 'state_party' || status === 'party_not_in_force';

export const sortKeys = ['name', 'status', 'ccmRegion', 'depositDate', 'entryIntoForce'] as const;
export type SortKey = (typeof sortKeys)[number];

/** Everything the dashboard keeps in its address (?status=…&asOf=…), so a view can be shared. */
export interface StateFilters {
  q: string;
  status: TreatyStatus | '';
  ccmRegion: CcmRegion | '';
  region: M49Region | '';
  asOf: string;
  sort: SortKey;
  order: 'asc' | 'desc';
}

export const EMPTY_FILTERS: StateFilters = {
  q: '',
  status: '',
  ccmRegion: '',
  region: '',
  asOf: '',
  sort: 'name',
  order: 'asc',
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  values.includes(value as T) ? (value as T) : '';
const isIsoDate = (value: string | null): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);

export function filtersFromParams(params: URLSearchParams): StateFilters {
  const asOf = params.get('asOf');
  return {
    q: params.get('q') ?? '',
    status: oneOf(treatyStatuses, params.get('status')),
    ccmRegion: oneOf(ccmRegions, params.get('ccmRegion')),
    region: oneOf(m49Regions, params.get('region')),
    asOf: isIsoDate(asOf) ? asOf : '',
    sort: oneOf(sortKeys, params.get('sort')) || 'name',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

export function filtersToParams(filters: StateFilters): URLSearchParams {
  const params = new URLSearchParams(listQueryString(filters));
  if (filters.sort !== 'name') params.set('sort', filters.sort);
  if (filters.order !== 'asc') params.set('order', filters.order);
  return params;
}

/** The API query for GET /states: the filters only (sorting is done here, names are per language). */
export function listQueryString(filters: Partial<StateFilters>): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.ccmRegion) params.set('ccmRegion', filters.ccmRegion);
  if (filters.region) params.set('region', filters.region);
  if (filters.q?.trim()) params.set('q', filters.q.trim());
  if (filters.asOf) params.set('asOf', filters.asOf);
  return params.toString();
}

/** Download links for the same rows, names in the interface language. */
export function exportUrl(format: 'csv' | 'xlsx', filters: StateFilters, language: string): string {
  const params = new URLSearchParams(listQueryString(filters));
  params.set('lang', language);
  return `${API_BASE}/states/export.${format}?${params}`;
}

export const statesKeys = {
  all: ['states'] as const,
  list: (query: string) => ['states', 'list', query] as const,
  detail: (iso3: string) => ['states', 'detail', iso3] as const,
};
export const universalizationKeys = {
  all: ['universalization'] as const,
  on: (asOf: string) => ['universalization', asOf] as const,
};

export interface StateList {
  items: StateSummary[];
  total: number;
  asOf: string;
}

export function useStatesList(query: string) {
  return useQuery({
    queryKey: statesKeys.list(query),
    queryFn: ({ signal }) => apiGet<StateList>(`/states${query ? `?${query}` : ''}`, { signal }),
  });
}

export function useUniversalization(asOf: string) {
  return useQuery({
    queryKey: universalizationKeys.on(asOf),
    queryFn: ({ signal }) =>
      apiGet<Universalization>(`/universalization${asOf ? `?asOf=${asOf}` : ''}`, { signal }),
  });
}

export function useStateDetail(iso3: string) {
  return useQuery({
    queryKey: statesKeys.detail(iso3),
    queryFn: ({ signal }) => apiGet<StateDetail>(`/states/${iso3}`, { signal }),
    enabled: /^[A-Z]{3}$/.test(iso3),
  });
}

export const recordEvent = (iso3: string, event: NewTreatyEvent) =>
  apiSend<StateDetail>('POST', `/states/${iso3}/events`, event);

export const updateTarget = (target: Target) =>
  apiSend<Target>('PUT', `/universalization/targets/${target.id}`, {
    version: target.version,
    label: target.label,
    parties: target.parties,
    byDate: target.byDate,
    source: target.source,
  });

/** The State's name in the interface language (the API sends all three). */
export const nameIn = (state: Pick<StateSummary, 'names'>, language: string): string =>
  state.names[(language as Language) in state.names ? (language as Language) : 'en'];

/** Sorts a copy of the rows; empty dates go last whichever the direction. */
export function sortStates(items: StateSummary[], sort: SortKey, order: 'asc' | 'desc', language: string) {
  const collator = new Intl.Collator(language);
  const byName = (a: StateSummary, b: StateSummary) =>
    collator.compare(nameIn(a, language), nameIn(b, language));
  const direction = order === 'asc' ? 1 : -1;
  const compare = (a: StateSummary, b: StateSummary): number => {
    if (sort === 'name') return direction * byName(a, b);
    if (sort === 'status')
      return direction * (STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
    if (sort === 'ccmRegion') return direction * a.ccmRegion.localeCompare(b.ccmRegion);
    const [x, y] = [a[sort], b[sort]];
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return direction * (x < y ? -1 : 1);
  };
  return [...items].sort((a, b) => compare(a, b) || byName(a, b));
}
