import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { logRedactPaths } from '../app.js';
import { openDatabase } from '../db/client.js';
import { ownOrigin } from '../test/factories.js';
import { createTestApp } from '../test/test-app.js';
import { AppError } from './errors.js';

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(chunk.toString());
    done();
  },
});

const { app } = await createTestApp({
  logger: { level: 'info', redact: logRedactPaths, stream: logStream },
  extend(app) {
    // Throwaway routes that exercise the shared conventions the real modules rely on.
    app.post(
      '/api/v1/test/echo',
      { schema: { body: z.object({ name: z.string().min(2), count: z.number().int().positive() }) } },
      async (request) => request.body,
    );
    app.get('/api/v1/test/conflict', async () => {
      throw new AppError('conflict', 'Someone else changed this record');
    });
    app.get('/api/v1/test/crash', async () => {
      throw new Error('secret internal detail');
    });
  },
});

describe('health', () => {
  it('answers live without the database', async () => {
    const response = await app.inject({ url: '/api/health/live' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('answers ready after a database round trip', async () => {
    const response = await app.inject({ url: '/api/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json().database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('answers 503 with the error body when the database is down', async () => {
    const { buildApp } = await import('../app.js');
    const { parseConfig } = await import('../config.js');
    const deadDb = openDatabase('postgres://nobody:x@127.0.0.1:1/none', { max: 1 });
    const broken = await buildApp({ db: deadDb, config: parseConfig({}), logger: false });
    const response = await broken.inject({ url: '/api/health/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe('internal');
    expect(response.json().requestId).toBe(response.headers['x-request-id']);
    await broken.close();
    await deadDb.$client.end();
  });
});

describe('errors', () => {
  it('gives the JSON 404 body for unknown API routes', async () => {
    const response = await app.inject({ url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(response.json()).toEqual({
      error: { code: 'not_found', message: 'No route for GET /api/v1/nothing-here' },
      requestId: response.headers['x-request-id'],
    });
  });

  it('names each invalid field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { origin: ownOrigin },
      payload: { name: 'x', count: -1 },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('validation_failed');
    const paths = body.error.details.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.count']));
  });

  it('refuses malformed JSON with a 400 body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { 'content-type': 'application/json', origin: ownOrigin },
      payload: '{"name": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { 'content-type': 'application/json', origin: ownOrigin },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), count: 1 }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('maps a service error to its status', async () => {
    const response = await app.inject({ url: '/api/v1/test/conflict' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toEqual({ code: 'conflict', message: 'Someone else changed this record' });
  });

  it('hides internal details behind a generic 500 and logs them with the request id', async () => {
    const response = await app.inject({ url: '/api/v1/test/crash' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret internal detail');
    const logged = logLines.find((line) => line.includes('secret internal detail'));
    expect(logged).toContain(response.headers['x-request-id']);
  });
});

describe('request ids', () => {
  it('generates one per response', async () => {
    const first = await app.inject({ url: '/api/health/live' });
    const second = await app.inject({ url: '/api/health/live' });
    expect(first.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);
  });

  it('keeps a sane id sent by the caller and replaces an unsafe one', async () => {
    const kept = await app.inject({ url: '/api/health/live', headers: { 'x-request-id': 'moz-sys-42' } });
    expect(kept.headers['x-request-id']).toBe('moz-sys-42');
    const replaced = await app.inject({ url: '/api/health/live', headers: { 'x-request-id': 'a b\n<c>' } });
    expect(replaced.headers['x-request-id']).not.toBe('a b\n<c>');
  });
});

describe('security and transport', () => {
  it('sends a strict Content-Security-Policy and the usual hardening headers', async () => {
    const response = await app.inject({ url: '/api/health/live' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('compresses large responses with brotli or gzip as the client accepts', async () => {
    const br = await app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    const gzip = await app.inject({ url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
  });

  it('keeps cookies and passwords out of the logs', async () => {
    logLines.length = 0;
    await app.inject({ url: '/api/health/live', headers: { cookie: 'session=topsecretvalue' } });
    expect(logLines.join('\n')).not.toContain('topsecretvalue');
    expect(logLines.length).toBeGreaterThan(0);
  });
});

describe('OpenAPI', () => {
  it('publishes an OpenAPI 3.1 document generated from the contracts', async () => {
    const response = await app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/api/health/ready'].get.responses['503']).toBeDefined();
  });

  it('serves the browsable documentation page', async () => {
    const response = await app.inject({ url: '/api/docs' });
    expect([200, 302]).toContain(response.statusCode);
  });
});

describe('cross-site request forgery', () => {
  it('refuses a state-changing request without an Origin', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      payload: { name: 'ok', count: 1 },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });

  it("refuses a foreign Origin and accepts the platform's own", async () => {
    const foreign = await app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { origin: 'https://evil.example' },
      payload: { name: 'ok', count: 1 },
    });
    expect(foreign.statusCode).toBe(403);
    const own = await app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { origin: ownOrigin },
      payload: { name: 'ok', count: 1 },
    });
    expect(own.statusCode).toBe(200);
  });

  it('accepts the Origin of the host the browser addressed', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/test/echo',
      headers: { origin: 'http://127.0.0.1:4321', host: '127.0.0.1:4321' },
      payload: { name: 'ok', count: 1 },
    });
    expect(response.statusCode).toBe(200);
  });
});
