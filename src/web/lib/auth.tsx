import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { CurrentUser } from '../../shared/contracts/auth';
import { ApiError, apiGet, apiSend } from './api';
import { setLanguage } from './i18n';
import { AUTH_QUERY_KEY } from './query-client';

export type { CurrentUser };

/** Where signing in stands for this browser (GET /auth/session). */
export type SessionStage = 'anonymous' | 'totp' | 'enrol' | 'signed_in';

export interface AuthState {
  stage: SessionStage;
  user: CurrentUser | null;
}

/** The navigation abilities the server sends with the current user. */
export type Ability =
  | 'manageUsers'
  | 'readAudit'
  | 'readOutbox'
  | 'staff'
  | 'outreach'
  | 'obligationsDashboard';

export const ANONYMOUS: AuthState = { stage: 'anonymous', user: null };

/** Where a person lands after signing in when no page asked for it. */
export const DEFAULT_AFTER_SIGN_IN = '/account';

/**
 * Reads the session stage first (always 200), then the user only when signed in: an anonymous
 * visitor of a public page causes no failed request, hence no error in the browser console.
 */
export async function fetchAuthState(signal?: AbortSignal): Promise<AuthState> {
  const { stage } = await apiGet<{ stage: SessionStage }>('/auth/session', { signal });
  if (stage !== 'signed_in') return { stage, user: null };
  try {
    return { stage, user: await apiGet<CurrentUser>('/auth/me', { signal }) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return ANONYMOUS;
    throw error;
  }
}

/** Who is signed in: `data.user` is null for anonymous visitors and unfinished sign-ins. */
export function useAuth() {
  return useQuery({
    queryKey: AUTH_QUERY_KEY,
    queryFn: ({ signal }) => fetchAuthState(signal),
    staleTime: 5 * 60_000,
  });
}

export function hasAbility(user: CurrentUser | null | undefined, ability: Ability): boolean {
  return user?.abilities[ability] === true;
}

/** Records a completed sign-in and switches the interface to the person's saved language. */
export async function rememberSignedIn(queryClient: QueryClient, user: CurrentUser): Promise<void> {
  queryClient.setQueryData<AuthState>(AUTH_QUERY_KEY, { stage: 'signed_in', user });
  // A language file that fails to load leaves the interface as it is; signing in still worked.
  await setLanguage(user.language).catch(() => {});
}

/** Forgets everything cached for the previous person, keeping only the (now anonymous) state. */
export function forgetSignedIn(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== AUTH_QUERY_KEY[0] });
  queryClient.setQueryData<AuthState>(AUTH_QUERY_KEY, ANONYMOUS);
}

/**
 * Ends the session. A plain function rather than a useMutation hook: the header calls it, and the
 * mutation observer would add about 2 kB to the JavaScript every visitor downloads.
 */
export async function signOut(queryClient: QueryClient): Promise<void> {
  try {
    await apiSend<void>('POST', '/auth/sign-out');
  } finally {
    // Even if the request failed, this browser must not keep showing the person's data.
    forgetSignedIn(queryClient);
  }
}

/**
 * The `next` target after signing in, only if it is a path on this site: an open redirect to
 * another origin ("//evil.example", "/\\evil.example") would help phishing.
 */
export function safeNext(raw: string | null | undefined): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (raw === '/sign-in' || raw.startsWith('/sign-in?')) return DEFAULT_AFTER_SIGN_IN;
  return raw;
}

/** The sign-in address that returns to `target` afterwards. */
export function signInPath(target?: string): string {
  return target && target !== DEFAULT_AFTER_SIGN_IN
    ? `/sign-in?next=${encodeURIComponent(target)}`
    : '/sign-in';
}
