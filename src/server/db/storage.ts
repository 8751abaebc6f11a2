import type { Config } from '../config.js';
import { type Database, openDatabase } from './client.js';
import { lockDataDir } from './data-dir-lock.js';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded.js';
import { applyMigrations } from './migrate.js';

export type Storage = { url: string; db: Database; close(): Promise<void> };

/**
 * Opens the database the configuration names: the external server of DATABASE_URL, or the
 * embedded one under DATA_DIR (locked for this process, started, and stopped on close).
 * Pending migrations are applied before anything else touches it.
 */
export async function openStorage(config: Config, log: (message: string) => void): Promise<Storage> {
  const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  let embedded: EmbeddedServer | undefined;
  let db: Database | undefined;
  const close = async () => {
    await db?.$client.end();
    await embedded?.stop();
    lock?.release();
  };
  try {
    if (!config.databaseUrl) embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log });
    const url = config.databaseUrl ?? (embedded as EmbeddedServer).url;
    await applyMigrations(url);
    db = openDatabase(url);
    return { url, db, close };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}
