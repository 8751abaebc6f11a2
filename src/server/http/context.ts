import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../shared/roles.js';
import type { Database } from '../db/client.js';
import type { FileStore } from '../files/store.js';
import type { MailMode } from '../mail/outbox.js';
import type { ReadModels } from './read-model.js';

/** The one ambient thing a service receives: who acts, on which database, for which request. */
export type Ctx = {
  db: Database;
  actor: Actor | null;
  requestId: string;
  ip: string;
  env: AppEnv;
  readModels: ReadModels;
  files: FileStore;
};

/** What services need to know of the deployment: where links point, whether mail is sent. */
export type AppEnv = { publicUrl: string; mailMode: MailMode };

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
}

export function registerContext(
  app: FastifyInstance,
  db: Database,
  env: AppEnv,
  readModels: ReadModels,
  files: FileStore,
) {
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.addHook('onRequest', async (request, reply) => {
    request.ctx = { db, actor: null, requestId: request.id, ip: request.ip, env, readModels, files };
    reply.header('x-request-id', request.id);
  });
}
