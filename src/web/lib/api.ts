/**
 * Minimal JSON client for the platform API (/api/v1), meant to be called from TanStack Query
 * query and mutation functions. Every failure becomes an ApiError carrying the server's error
 * body, so components can branch on `error.code` instead of parsing responses themselves.
 */

export const API_BASE = '/api/v1';

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
  requestId?: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** Machine-readable code from the server (`not_found`, `validation_failed`…) or a client one. */
    readonly code: string,
    message: string,
    /** HTTP status; 0 when the request never got a response (offline, DNS, CORS, abort). */
    readonly status: number,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

export type HttpMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = await readBody(response).catch(() => undefined);
  if (isApiErrorBody(body)) {
    const { code, message, details } = body.error;
    return new ApiError(code, message, response.status, details, body.requestId);
  }
  // Not our error shape: a proxy page, a gateway timeout, a crashed upstream.
  const code = response.status >= 500 ? 'internal' : 'http_error';
  return new ApiError(code, response.statusText || `HTTP ${response.status}`, response.status);
}

async function request<T>(method: string, path: string, body: unknown, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal: options.signal };
  if (body instanceof FormData) {
    // The browser writes the multipart boundary itself.
    init.body = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, init);
  } catch (cause) {
    // Let TanStack Query see cancellations as such; it ignores them instead of reporting errors.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('network_error', cause instanceof Error ? cause.message : 'Network error', 0);
  }

  if (!response.ok) throw await toApiError(response);
  return (await readBody(response)) as T;
}

/** GET `/api/v1${path}`; resolves with the parsed JSON body (undefined for 204). */
export function apiGet<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>('GET', path, undefined, options);
}

/** Sends `body` as JSON with a mutating method; resolves with the parsed response body. */
export function apiSend<T>(
  method: HttpMethod,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  return request<T>(method, path, body, options);
}
