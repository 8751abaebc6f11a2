import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/client.js';

/** The one ambient thing a service receives: who acts, on which database, for which request. */
export type Actor = { userId: string; role: string; stateIso3: string | null };
export type Ctx = { db: Database; actor: Actor | null; requestId: string; ip: string };

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
}

export function registerContext(app: FastifyInstance, db: Database) {
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.addHook('onRequest', async (request, reply) => {
    request.ctx = { db, actor: null, requestId: request.id, ip: request.ip };
    reply.header('x-request-id', request.id);
  });
}
