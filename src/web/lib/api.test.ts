import { ApiError, apiGet, apiSend } from './api';
import { shouldRetry } from './query-client';

function jsonResponse(status: number, body: unknown, statusText = ''): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText,
    headers: { 'Content-Type': 'application/json' },
  });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('api client', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('GETs JSON from /api/v1 with same-origin credentials', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { items: [{ iso3: 'NOR' }] }));

    await expect(apiGet<{ items: unknown[] }>('/states?page=1')).resolves.toEqual({
      items: [{ iso3: 'NOR' }],
    });

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/states?page=1');
    expect(init).toMatchObject({
      method: 'GET',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    expect(init?.body).toBeUndefined();
  });

  it('sends a JSON body with the given method', async () => {
    fetchMock.mockResolvedValue(jsonResponse(201, { id: 'r1' }));

    await expect(apiSend('POST', '/reports', { year: 2025 })).resolves.toEqual({ id: 'r1' });

    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/reports');
    expect(init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: '{"year":2025}',
    });
  });

  it('resolves undefined for 204 No Content', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await expect(apiSend('DELETE', '/sessions/current')).resolves.toBeUndefined();
  });

  it('turns the server error body into an ApiError with code, message, details, requestId and status', async () => {
    const details = [{ path: 'email', message: 'Invalid email' }];
    fetchMock.mockResolvedValue(
      jsonResponse(400, {
        error: { code: 'validation_failed', message: 'Request is invalid', details },
        requestId: 'req-42',
      }),
    );

    const error = await rejection(apiSend('POST', '/users', { email: 'nope' }));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      name: 'ApiError',
      code: 'validation_failed',
      message: 'Request is invalid',
      details,
      requestId: 'req-42',
      status: 400,
    });
  });

  it('still gives an ApiError when the failure is not in the API shape (e.g. a proxy page)', async () => {
    fetchMock.mockResolvedValue(
      new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const error = await rejection(apiGet('/states'));
    expect(error).toMatchObject({
      code: 'internal',
      status: 502,
      message: 'Bad Gateway',
      requestId: undefined,
    });

    fetchMock.mockResolvedValue(jsonResponse(404, { message: 'no' }, 'Not Found'));
    expect(await rejection(apiGet('/states/XXX'))).toMatchObject({ code: 'http_error', status: 404 });
  });

  it('reports a request that got no response as network_error with status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await rejection(apiGet('/states'))).toMatchObject({ code: 'network_error', status: 0 });
  });

  it('lets an aborted request reject with the AbortError, so TanStack Query treats it as cancelled', async () => {
    fetchMock.mockRejectedValue(new DOMException('The operation was aborted.', 'AbortError'));
    const error = await rejection(apiGet('/states', { signal: AbortSignal.abort() }));
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});

describe('query retry policy', () => {
  it('does not retry client errors, retries server and network errors twice', () => {
    expect(shouldRetry(0, new ApiError('not_found', 'Not found', 404))).toBe(false);
    expect(shouldRetry(0, new ApiError('forbidden', 'Forbidden', 403))).toBe(false);
    expect(shouldRetry(0, new ApiError('internal', 'Oops', 500))).toBe(true);
    expect(shouldRetry(1, new ApiError('network_error', 'Offline', 0))).toBe(true);
    expect(shouldRetry(2, new ApiError('internal', 'Oops', 503))).toBe(false);
  });
});
