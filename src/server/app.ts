import { randomUUID } from 'node:crypto';
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import Fastify, { LogController } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { limits } from '../shared/limits.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { DiskFileStore, type FileStore } from './files/store.js';
import { registerAuth } from './http/auth.js';
import { registerContext } from './http/context.js';
import { registerErrorHandling } from './http/errors.js';
import { healthRoutes } from './http/health.js';
import { registerOpenApi } from './http/openapi.js';
import { ReadModels } from './http/read-model.js';
import { registerSecurity } from './http/security.js';
import { registerWebApp } from './http/static.js';
import { outboxRoutes } from './mail/routes.js';
import { auditRoutes } from './modules/audit/routes.js';
import { obligationRoutes } from './modules/obligations/routes.js';
import { attachmentRoutes } from './modules/obligations/routes-attachments.js';
import { extensionRequestRoutes } from './modules/obligations/routes-requests.js';
import { outreachRoutes } from './modules/outreach/routes.js';
import { reportAnalysisRoutes } from './modules/reports/routes-analysis.js';
import { reportIsuRoutes } from './modules/reports/routes-isu.js';
import { reportPublicRoutes } from './modules/reports/routes-public.js';
import { reportWorkflowRoutes } from './modules/reports/routes-workflow.js';
import { depositaryImportRoutes } from './modules/states/depositary-routes.js';
import { statesRoutes } from './modules/states/routes.js';
import { accountRoutes } from './modules/users/routes-account.js';
import { userAdminRoutes } from './modules/users/routes-admin.js';
import { authRoutes } from './modules/users/routes-auth.js';
import { webDistDir } from './paths.js';

export type AppOptions = {
  db: Database;
  config: Config;
  /** Pino options or false; tests pass false. */
  logger?: boolean | Record<string, unknown>;
  webDir?: string;
  /** Uploaded documents; by default on disk under DATA_DIR/files. */
  files?: FileStore;
};

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

/** Secrets never reach the logs: the request log carries no headers or bodies that hold them. */
export const logRedactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.totp',
  '*.code',
];

export async function buildApp(options: AppOptions) {
  const { config } = options;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel, redact: logRedactPaths },
    bodyLimit: limits.jsonBodyBytes,
    // Keep a caller's request id (a State's system tracing its calls) if it is a sane one.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
    },
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  // Every API route, so tests can prove the access matrix leaves none out.
  const apiRoutes: string[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    for (const method of [route.method].flat())
      if (method !== 'HEAD') apiRoutes.push(`${method} ${route.url}`);
  });
  app.decorate('apiRoutes', apiRoutes);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  const readModels = new ReadModels();
  await readModels.listen(options.db.$client);
  app.addHook('onClose', () => readModels.close());
  registerContext(
    app,
    options.db,
    { publicUrl: config.publicUrl, mailMode: config.smtpUrl ? 'smtp' : 'hold' },
    readModels,
    options.files ?? new DiskFileStore(path.join(config.dataDir, 'files')),
  );
  await app.register(fastifyMultipart, { limits: { fileSize: limits.uploadBytes, files: 1, fields: 10 } });
  await registerAuth(app, { db: options.db, publicUrl: config.publicUrl });
  await registerSecurity(app, { https: config.publicUrl.startsWith('https://') });
  await registerOpenApi(app, config.publicUrl);

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(accountRoutes);
  await app.register(userAdminRoutes);
  await app.register(auditRoutes);
  await app.register(outboxRoutes);
  await app.register(statesRoutes);
  await app.register(obligationRoutes);
  await app.register(extensionRequestRoutes);
  await app.register(attachmentRoutes);
  await app.register(outreachRoutes);
  await app.register(depositaryImportRoutes);
  await app.register(reportPublicRoutes);
  await app.register(reportAnalysisRoutes);
  await app.register(reportIsuRoutes);
  await app.register(reportWorkflowRoutes);

  await registerWebApp(app, options.webDir ?? webDistDir);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: string[];
  }
}
