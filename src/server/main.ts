import { buildApp } from './app.js';
import { type Config, ConfigError, parseConfig } from './config.js';
import { seedDemoAccounts } from './db/seed/demo-accounts.js';
import { seedDemoRecords } from './db/seed/demo-records.js';
import { seedDemoReports } from './db/seed/demo-reports.js';
import { openStorage, type Storage } from './db/storage.js';
import { startJobs } from './jobs.js';
import { ensureObligationHistoryLoaded } from './modules/obligations/seed.js';
import { ensureStatesLoaded } from './modules/states/seed.js';
import { ensureFirstAdmin } from './modules/users/service-admin.js';

/** How long in-flight requests get to finish after SIGTERM; then lingering connections are cut. */
const drainMs = 10_000;
/** The last resort if even closing the database hangs. */
const shutdownGraceMs = 30_000;
const say = (message: string) => console.log(`[ccm] ${message}`);

async function main() {
  const config = readConfigOrExit();
  let storage: Storage | undefined;
  try {
    storage = await openStorage(config, say);
    if (await ensureStatesLoaded(storage.db))
      say('loaded the reference list of States and their treaty events');
    if (await ensureObligationHistoryLoaded(storage.db))
      say('loaded the known history of Art. 3 and Art. 4 obligations');
    const app = await buildApp({ db: storage.db, config });
    if (config.demo) {
      await seedDemoAccounts(storage.db);
      await seedDemoRecords(storage.db);
      await seedDemoReports(storage.db);
      say(
        'demo mode: demo accounts are loaded (see the README); do not use this data directory in production',
      );
    } else {
      await announceFirstRun(storage, config);
    }
    await app.listen({ port: config.port, host: config.host });
    const stopJobs = startJobs(storage.db, config, app.log);
    say(`serving on ${config.publicUrl}`);
    const opened = storage;
    onShutdownSignal(async (signal) => {
      app.log.info({ signal }, 'shutting down: finishing in-flight requests');
      stopJobs();
      // Clients that hold keep-alive connections open must not keep the data from being closed.
      const cut = setTimeout(() => app.server.closeAllConnections(), drainMs);
      await app.close();
      clearTimeout(cut);
      await opened.close();
    });
  } catch (error) {
    console.error(`[ccm] start failed: ${error instanceof Error ? error.message : String(error)}`);
    await storage?.close().catch(() => {});
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

/** A new secretariat takes over its instance through a link printed here, not by editing the database. */
async function announceFirstRun(storage: Storage, config: Config) {
  const env = {
    publicUrl: config.publicUrl,
    mailMode: config.smtpUrl ? ('smtp' as const) : ('hold' as const),
  };
  if (!config.adminEmail) {
    const { rows } = await storage.db.$client.query<{ n: number }>('select count(*)::int as n from users');
    if (rows[0]?.n === 0)
      say(
        'no account exists yet: restart with ADMIN_EMAIL=you@example.org to create the first administrator',
      );
    return;
  }
  const link = await ensureFirstAdmin(storage.db, env, config.adminEmail);
  if (link)
    say(`first administrator ${config.adminEmail} created. Choose its password here (valid 7 days): ${link}`);
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
