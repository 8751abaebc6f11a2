import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.js';
import { type EmbeddedServer, startEmbeddedPostgres } from '../db/embedded.js';
import { applyMigrations } from '../db/migrate.js';
import { ensureObligationHistoryLoaded } from '../modules/obligations/seed.js';
import { ensureStatesLoaded } from '../modules/states/seed.js';

/**
 * One PostgreSQL server for the whole run: the embedded one, or TEST_DATABASE_URL (CI points it
 * at PostgreSQL 15). Migrations run once into a template database; every test file copies it.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    testServerUrl: string;
    templateDatabase: string;
    runId: string;
  }
}

export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  let embedded: EmbeddedServer | undefined;
  let tempDir: string | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-test-'));
    // When tests run as root the server runs as `postgres`, which must be able to enter the folder.
    fs.chmodSync(tempDir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: tempDir, log: () => {} });
    serverUrl = embedded.url;
  }
  const templateDatabase = `ccm_tpl_${runId}`;
  await adminQuery(serverUrl, `create database "${templateDatabase}"`);
  const templateUrl = withDatabase(serverUrl, templateDatabase);
  await applyMigrations(templateUrl);
  // Every test database starts with the reference States, as a first start would.
  const db = openDatabase(templateUrl, { max: 1 });
  await ensureStatesLoaded(db);
  await ensureObligationHistoryLoaded(db);
  await db.$client.end();

  project.provide('testServerUrl', serverUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('runId', runId);

  return async () => {
    const url = serverUrl as string;
    const leftovers = await adminQuery(
      url,
      `select datname from pg_database where datname like '%${runId}%'`,
    );
    for (const row of leftovers.rows)
      await adminQuery(url, `drop database if exists "${row.datname}" with (force)`);
    await embedded?.stop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}
