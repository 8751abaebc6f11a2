import { buildApp } from './app.js';
import { ConfigError, type Config, parseConfig } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { lockDataDir } from './db/data-dir-lock.js';
import { type EmbeddedServer, startEmbeddedPostgres } from './db/embedded.js';
import { applyMigrations } from './db/migrate.js';

/** How long in-flight requests get to finish after SIGTERM before the process gives up on them. */
const shutdownGraceMs = 20_000;

async function main() {
  const config = readConfigOrExit();
  const say = (message: string) => console.log(`[ccm] ${message}`);
  const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  let embedded: EmbeddedServer | undefined;
  let db: Database | undefined;
  try {
    embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir, log: say });
    const url = config.databaseUrl ?? (embedded as EmbeddedServer).url;
    await applyMigrations(url);
    db = openDatabase(url);
    const app = await buildApp({ db, config });
    await app.listen({ port: config.port, host: config.host });
    say(`serving on ${config.publicUrl}`);
    onShutdownSignal(async (signal) => {
      app.log.info({ signal }, 'shutting down: finishing in-flight requests');
      await app.close();
      await closeStorage(db, embedded, lock);
    });
  } catch (error) {
    console.error(`[ccm] start failed: ${error instanceof Error ? error.message : String(error)}`);
    await closeStorage(db, embedded, lock).catch(() => {});
    process.exit(1);
  }
}

function readConfigOrExit(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[ccm] ${error.message}`);
    process.exit(2);
  }
}

async function closeStorage(db?: Database, embedded?: EmbeddedServer, lock?: { release(): void }) {
  await db?.$client.end();
  await embedded?.stop();
  lock?.release();
}

function onShutdownSignal(shutdown: (signal: string) => Promise<void>) {
  let stopping = false;
  const handle = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => {
      console.error('[ccm] shutdown took too long; exiting');
      process.exit(1);
    }, shutdownGraceMs);
    force.unref();
    shutdown(signal).then(
      () => process.exit(0),
      (error) => {
        console.error('[ccm] shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => handle('SIGTERM'));
  process.on('SIGINT', () => handle('SIGINT'));
}

await main();
