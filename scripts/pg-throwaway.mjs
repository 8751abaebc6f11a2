#!/usr/bin/env node
// A throwaway PostgreSQL server (by default the Debian PostgreSQL 15 binaries), used to run the
// server test suite against the oldest PostgreSQL the platform supports.
//
//   As a module:  await withThrowawayPostgres(async (url) => { ... })
//   As a CLI:     node scripts/pg-throwaway.mjs -- <command...>   (runs it with TEST_DATABASE_URL set)
//                 node scripts/pg-throwaway.mjs                   (prints the URL, runs until Ctrl-C)
//
// The server lives in a fresh temp directory on a free 127.0.0.1 port with a random superuser
// password, and is ALWAYS stopped and its directory deleted: on success, on failure, on Ctrl-C or
// SIGTERM, and (best effort, synchronously) when something calls process.exit() in between.
// PG_BIN overrides the binaries' directory.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const defaultPgBin = '/usr/lib/postgresql/15/bin';

/** Starts a server, runs `fn(url)` and always tears the server down. Returns what `fn` returns. */
export async function withThrowawayPostgres(fn, options = {}) {
  const server = await startThrowawayPostgres(options);
  try {
    return await fn(server.url);
  } finally {
    server.stop();
  }
}

/** Starts a server; the caller must call `stop()` (signal and exit handlers also do). */
export async function startThrowawayPostgres({
  pgBin = process.env.PG_BIN || defaultPgBin,
  log = () => {},
} = {}) {
  const bin = (name) => path.join(pgBin, name);
  if (!fs.existsSync(bin('initdb')))
    throw new Error(`PostgreSQL binaries not found: ${bin('initdb')} is missing`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-pg-throwaway-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const runAs = postgresUserIfRoot();
  let stopped = false;
  /** The initdb or pg_ctl run in progress: a signal waits for it, or a server would start after we left. */
  let pending;

  // Synchronous on purpose: it must also work from an 'exit' handler, where nothing async runs.
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (fs.existsSync(path.join(dataDir, 'postmaster.pid'))) {
      // "immediate" skips the shutdown checkpoint: nothing in this server is worth keeping.
      spawnSync(bin('pg_ctl'), ['stop', '--wait', '--mode=immediate', `--pgdata=${dataDir}`], {
        ...runAs,
        stdio: 'ignore',
      });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  let signalled = false;
  const onSignal = async (signal) => {
    if (signalled) return; // a second Ctrl-C while we clean up changes nothing
    signalled = true;
    await pending?.catch(() => {});
    stop();
    // Re-raise so the process dies of the signal, as it would have without us.
    process.kill(process.pid, signal);
  };
  process.on('exit', stop);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // After a signal, the start-up stops where it is (never resolves) and the handler cleans up.
  const track = (promise) => {
    pending = promise;
    return promise.then((value) => (signalled ? new Promise(() => {}) : value));
  };

  try {
    const password = randomBytes(18).toString('base64url');
    const passwordFile = path.join(dir, 'pwfile');
    fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    // The server runs as `postgres` when we are root (PostgreSQL refuses root): it owns the dir.
    if (runAs) chownRecursive(dir, runAs);
    await track(
      run(
        bin('initdb'),
        [
          '--pgdata',
          dataDir,
          '--username=postgres',
          `--pwfile=${passwordFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C.UTF-8',
          '--no-sync',
        ],
        runAs,
      ),
    );
    fs.rmSync(passwordFile);

    // Another process may grab the free port between the check and the start: retry a few times.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        await track(
          run(
            bin('pg_ctl'),
            [
              'start',
              '--wait',
              '--timeout=60',
              `--pgdata=${dataDir}`,
              `--log=${logFile}`,
              // TCP on loopback only, no Unix socket, and no durability (a test server; faster).
              `--options=-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off ` +
                '-c synchronous_commit=off -c full_page_writes=off -c max_connections=200',
            ],
            runAs,
          ),
        );
        const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
        log(`throwaway PostgreSQL ${pgBin} on 127.0.0.1:${port} (in ${dir})`);
        return { url, port, dir, stop };
      } catch (error) {
        if (attempt >= 3) throw new Error(`${error.message}\n${readTail(logFile)}`);
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
}

function postgresUserIfRoot() {
  if (process.getuid?.() !== 0) return undefined;
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
  });
  try {
    return ids();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], {
      stdio: 'ignore',
    });
    return ids();
  }
}

function chownRecursive(target, { uid, gid }) {
  fs.chownSync(target, uid, gid);
  if (fs.statSync(target).isDirectory()) {
    for (const entry of fs.readdirSync(target)) chownRecursive(path.join(target, entry), { uid, gid });
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(command, args, runAs) {
  return new Promise((resolve, reject) => {
    // detached: a Ctrl-C in the terminal must not kill initdb/pg_ctl half-way; our handler stops them.
    const child = spawn(command, args, { ...runAs, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${path.basename(command)} ${args[0]} failed (exit ${code}):\n${output.trim()}`));
    });
  });
}

function readTail(file) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '';
  }
}

async function cli(argv) {
  const separator = argv.indexOf('--');
  const command = separator >= 0 ? argv.slice(separator + 1) : [];
  const say = (message) => console.error(`[pg-throwaway] ${message}`);
  const server = await startThrowawayPostgres({ log: say });
  if (command.length === 0) {
    console.log(server.url);
    say('running until Ctrl-C');
    await new Promise(() => {}); // the signal handlers stop the server and end the process
  }
  // The child shares our terminal's process group, so Ctrl-C reaches it directly; SIGTERM sent to
  // us alone is forwarded. Either way we wait for it to end, then the server is removed.
  process.removeAllListeners('SIGINT').removeAllListeners('SIGTERM');
  const child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, TEST_DATABASE_URL: server.url },
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', () => {}); // the child got it too; we just outlive it
  process.on('SIGTERM', forward);
  const code = await new Promise((resolve) => {
    child.on('error', (error) => {
      say(`cannot run ${command[0]}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (exitCode, signal) =>
      resolve(exitCode ?? (signal ? 128 + os.constants.signals[signal] : 1)),
    );
  });
  server.stop();
  process.exit(code);
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv.slice(2)).catch((error) => {
    console.error(`[pg-throwaway] ${error.message}`);
    process.exit(1);
  });
}
