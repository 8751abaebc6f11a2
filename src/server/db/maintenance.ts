import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { openDatabase } from './client.js';
import { DataDirLockedError } from './data-dir-lock.js';
import { openStorage, type Storage } from './storage.js';

/**
 * For command-line tools: the database of this configuration, whether or not the platform is
 * running. A running platform keeps its embedded server; the tool then joins it on loopback.
 */
export async function openForMaintenance(config: Config, log: (message: string) => void): Promise<Storage> {
  try {
    return await openStorage(config, log);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    const secrets = JSON.parse(fs.readFileSync(path.join(config.dataDir, 'pg-credentials.json'), 'utf8'));
    const url = `postgres://${secrets.user}:${encodeURIComponent(secrets.password)}@127.0.0.1:${secrets.port}/ccm`;
    const db = openDatabase(url, { max: 2 });
    return { url, db, close: () => db.$client.end() };
  }
}
