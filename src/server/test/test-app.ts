import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import { type App, type AppOptions, buildApp } from '../app.js';
import { type Config, parseConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { adminQuery, withDatabase } from './global-setup.js';

/** A fresh database for one test file, copied from the migrated template in milliseconds. */
export async function createTestDatabase() {
  const name = `ccm_t_${inject('runId')}_${randomBytes(4).toString('hex')}`;
  const serverUrl = inject('testServerUrl');
  await adminQuery(serverUrl, `create database "${name}" template "${inject('templateDatabase')}"`);
  const url = withDatabase(serverUrl, name);
  const db = openDatabase(url, { max: 5 });
  const drop = async () => {
    await db.$client.end();
    await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
  };
  return { url, db, drop };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** A whole app on its own database; closed after the file's tests. */
export async function createTestApp(
  options: { config?: Partial<Config>; extend?: (app: App) => void; logger?: AppOptions['logger'] } = {},
) {
  const database = await createTestDatabase();
  // Each file's uploads go to a folder of its own.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-test-data-'));
  const config = { ...parseConfig({ DATA_DIR: dataDir }), ...options.config };
  const app = await buildApp({ db: database.db, config, logger: options.logger ?? false });
  options.extend?.(app);
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return { app, db: database.db, url: database.url, config };
}
