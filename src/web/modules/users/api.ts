import type { UserSummary } from '../../../shared/contracts/users';
import { type Role, roles } from '../../../shared/roles';
import { apiGet, apiSend } from '../../lib/api';
import type { LanguageCode } from '../../lib/languages';

export type { Role, UserSummary };
export { roles };

export const userStatuses = ['invited', 'active', 'deactivated'] as const;
export type UserStatus = (typeof userStatuses)[number];
export const sortKeys = ['name', 'email', 'role', 'createdAt', 'lastSignInAt'] as const;
export type SortKey = (typeof sortKeys)[number];

export const PAGE_SIZE = 25;

export interface UserFilters {
  q: string;
  role: Role | '';
  stateIso3: string;
  status: UserStatus | '';
  sort: SortKey;
  order: 'asc' | 'desc';
  page: number;
}

export interface UserList {
  items: UserSummary[];
  total: number;
  page: number;
  pageSize: number;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  values.includes(value as T) ? (value as T) : '';

/** The filters in the page address (?q=…&role=…), so a filtered list can be bookmarked and shared. */
export function filtersFromParams(params: URLSearchParams): UserFilters {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: params.get('q') ?? '',
    role: oneOf(roles, params.get('role')),
    stateIso3: (params.get('state') ?? '').toUpperCase(),
    status: oneOf(userStatuses, params.get('status')),
    sort: oneOf(sortKeys, params.get('sort')) || 'name',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The page address for a set of filters, leaving out defaults. */
export function filtersToParams(filters: UserFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.role) params.set('role', filters.role);
  if (filters.stateIso3.trim()) params.set('state', filters.stateIso3.trim().toUpperCase());
  if (filters.status) params.set('status', filters.status);
  if (filters.sort !== 'name') params.set('sort', filters.sort);
  if (filters.order !== 'asc') params.set('order', filters.order);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The API query string for GET /users. A State code is sent only once it is complete (3 letters). */
export function usersQueryString(filters: UserFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.role) params.set('role', filters.role);
  const state = filters.stateIso3.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(state)) params.set('stateIso3', state);
  if (filters.status) params.set('status', filters.status);
  params.set('sort', filters.sort);
  params.set('order', filters.order);
  params.set('page', String(filters.page));
  params.set('pageSize', String(PAGE_SIZE));
  return params.toString();
}

export const userKeys = {
  all: ['users'] as const,
  list: (query: string) => ['users', 'list', query] as const,
};

export const listUsers = (query: string, signal?: AbortSignal) =>
  apiGet<UserList>(`/users?${query}`, { signal });

export interface InviteInput {
  email: string;
  name: string;
  role: Role;
  stateIso3: string | null;
  language: LanguageCode;
}

export const inviteUser = (input: InviteInput) => apiSend<UserSummary>('POST', '/users', input);

export interface UpdateInput {
  version: number;
  name?: string;
  role?: Role;
  stateIso3?: string | null;
  language?: LanguageCode;
}

export const updateUser = (id: string, input: UpdateInput) =>
  apiSend<UserSummary>('PATCH', `/users/${id}`, input);

export const setUserActive = (id: string, active: boolean) =>
  apiSend<UserSummary>('POST', `/users/${id}/${active ? 'reactivate' : 'deactivate'}`);

export const resendInvitation = (id: string) => apiSend<void>('POST', `/users/${id}/resend-invitation`);
