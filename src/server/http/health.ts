import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { liveResponse, readyResponse } from '../../shared/contracts/health.js';
import { errorBodySchema } from '../../shared/errors.js';
import { errorBody } from './errors.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health/live',
    {
      schema: {
        tags: ['health'],
        summary: 'The process answers (no database involved)',
        response: { 200: liveResponse },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/health/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'The platform can serve requests: the database answers',
        response: { 200: readyResponse, 503: errorBodySchema },
      },
    },
    async (request, reply) => {
      const started = performance.now();
      try {
        await request.ctx.db.execute(sql`select 1`);
      } catch (error) {
        request.log.warn({ err: error }, 'database not ready');
        return reply.status(503).send(errorBody(request, 'internal', 'The database is not reachable'));
      }
      return {
        status: 'ok' as const,
        database: { latencyMs: Math.round((performance.now() - started) * 10) / 10 },
      };
    },
  );
};
