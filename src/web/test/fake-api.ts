import { vi } from 'vitest';
import type { CurrentUser } from '../lib/auth';

/** One request the application sent, as the fake server saw it. */
export interface FakeRequest {
  method: string;
  /** Path under /api/v1, without the query string: `/users`. */
  path: string;
  query: URLSearchParams;
  /** The full URL the application fetched. */
  url: string;
  body: unknown;
  params: Record<string, string>;
}

export interface FakeReply {
  status?: number;
  body?: unknown;
}

export type FakeHandler = FakeReply | ((request: FakeRequest) => FakeReply | Promise<FakeReply>);

export interface FakeApi {
  calls: FakeRequest[];
  /** Adds or replaces the handler of `METHOD /path` (segments like `:id` match anything). */
  on(route: string, handler: FakeHandler): FakeApi;
  /** Requests sent to a route, in order. */
  callsTo(route: string): FakeRequest[];
}

export const ok = (body?: unknown, status = 200): FakeReply => ({ status, body });

export function apiError(status: number, code: string, message = code, details?: unknown): FakeReply {
  return {
    status,
    body: { error: { code, message, ...(details ? { details } : {}) }, requestId: 'req-test' },
  };
}

function match(route: string, method: string, path: string): Record<string, string> | null {
  const [routeMethod, routePath = ''] = route.split(' ');
  if (routeMethod !== method) return null;
  const want = routePath.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const segment = want[i] ?? '';
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(got[i] ?? '');
    else if (segment !== got[i]) return null;
  }
  return params;
}

/**
 * Replaces `fetch` with a small fake of the platform API: each `METHOD /path` answers from its
 * handler, anything else is a 404 in the API's error shape. Only /api/v1 is faked; the tests
 * exercise the real components, hooks, query client and API client above it.
 */
export function installFakeApi(routes: Record<string, FakeHandler> = {}): FakeApi {
  const handlers = new Map<string, FakeHandler>(
    Object.entries({ 'GET /auth/session': ok({ stage: 'anonymous' }), ...routes }),
  );
  const calls: FakeRequest[] = [];
  const fetchFake = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const parsed = new URL(url, 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const path = parsed.pathname.replace(/^\/api\/v1/, '');
    const body =
      typeof init.body === 'string'
        ? JSON.parse(init.body)
        : init.body instanceof FormData
          ? init.body
          : undefined;
    const request: FakeRequest = { method, path, query: parsed.searchParams, url, body, params: {} };
    calls.push(request);
    let reply: FakeReply = apiError(404, 'not_found', `No fake for ${method} ${path}`);
    for (const [route, handler] of handlers) {
      const params = match(route, method, path);
      if (!params) continue;
      request.params = params;
      reply = typeof handler === 'function' ? await handler(request) : handler;
      break;
    }
    const status = reply.status ?? 200;
    const text = reply.body === undefined || status === 204 ? null : JSON.stringify(reply.body);
    return new Response(text, { status, headers: text ? { 'Content-Type': 'application/json' } : {} });
  };
  vi.stubGlobal('fetch', vi.fn(fetchFake));
  const api: FakeApi = {
    calls,
    on(route, handler) {
      handlers.delete(route);
      // Newest first, so a test can override a default route.
      const rest = [...handlers];
      handlers.clear();
      handlers.set(route, handler);
      for (const [key, value] of rest) handlers.set(key, value);
      return api;
    },
    callsTo(route) {
      return calls.filter((call) => match(route, call.method, call.path));
    },
  };
  return api;
}

export function makeCurrentUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  const role = overrides.role ?? 'isu_admin';
  const admin = role === 'isu_admin';
  return {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'ana.admin@isu.test',
    name: 'Ana Admin',
    role,
    stateIso3: null,
    language: 'en',
    totpEnabled: true,
    abilities: {
      manageUsers: admin,
      readAudit: admin,
      readOutbox: admin,
      staff: admin || role === 'isu_staff',
    },
    ...overrides,
  };
}

/** Routes for a browser already signed in as `user`. */
export function signedInAs(user: CurrentUser): Record<string, FakeHandler> {
  return { 'GET /auth/session': ok({ stage: 'signed_in' }), 'GET /auth/me': ok(user) };
}
