import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

const MAX_RETRIES = 2;

/** The query holding who is signed in (see lib/auth.tsx). */
export const AUTH_QUERY_KEY = ['auth', 'state'] as const;

/** Retrying a 4xx cannot succeed (the request itself is wrong or not allowed); 5xx and offline can. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // A 401 on any other query means the session ended (expired, signed out elsewhere): re-read
    // who is signed in, so the route guards send the person to the sign-in page.
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== AUTH_QUERY_KEY[0]) {
          void client.invalidateQueries({ queryKey: AUTH_QUERY_KEY });
        }
      },
    }),
    defaultOptions: {
      // Public data changes rarely; the server also answers repeat reads with 304s.
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
  return client;
}
