import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errorBody } from './errors.js';

/**
 * Serves the built web app. Hashed assets are cached for a year; index.html is revalidated on
 * every visit so a new release is picked up at once. Unknown non-API paths get index.html so
 * client-side routes work on reload; unknown API paths get the JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string) {
  const indexFile = path.join(webDir, 'index.html');
  const hasWeb = fs.existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      setHeaders(res, filePath) {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    // A missing hashed asset must fail loudly, not come back as HTML.
    const isAsset = request.url.startsWith('/assets/');
    if (isApi || isAsset || !hasWeb || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return reply
        .status(404)
        .send(errorBody(request, 'not_found', `No route for ${request.method} ${request.url}`));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
