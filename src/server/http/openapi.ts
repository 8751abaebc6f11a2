import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** The OpenAPI 3.1 document, generated from the Zod contracts, and a browsable page for it. */
export async function registerOpenApi(app: FastifyInstance, publicUrl: string) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'CCM Implementation Support Unit platform API',
        description:
          'Open data and services of the Implementation Support Unit of the Convention on Cluster Munitions. ' +
          'Every error has the body `{ error: { code, message, details? }, requestId }`.',
        version: '1',
      },
      servers: [{ url: publicUrl }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  // The document never changes while the process runs: serialised and compressed once.
  app.get('/api/openapi.json', { schema: { hide: true } }, async (request, reply) => {
    const models = request.ctx.readModels;
    return models.send(request, reply, await models.get('openapi', async () => app.swagger()));
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: docsContentSecurityPolicy(publicUrl.startsWith('https://')),
    uiConfig: { url: '/api/openapi.json' },
  });
}

/**
 * The docs page's own policy, as strict as the app's (security.ts) except for styles: Swagger UI
 * injects <style> elements and style attributes at run time, which `style-src 'self'` blocks
 * (the plugin's default policy does too). Scripts stay same-origin only; nothing loads from
 * elsewhere (the plugin's default also allowed https: styles and fonts and an outside validator).
 */
function docsContentSecurityPolicy(https: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    // Like the app's policy: only where the site is served over https, or plain-http installs break.
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}
