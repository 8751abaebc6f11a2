// Runs the platform as a real process, the way it runs in production: used by the e2e global
// setup (built server) and by the server life-cycle tests (sources through tsx).
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..');

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type ServerProcess = {
  child: ChildProcess;
  pid: number;
  baseUrl: string;
  /** Everything the process printed so far (stdout and stderr interleaved). */
  output(): string;
  exited: Promise<Exit>;
  /** Sends the signal and waits for the exit (SIGKILL after timeoutMs). */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<Exit>;
};

export function spawnServer(options: {
  /** `built`: dist/node/server/main.js (run `node scripts/build.mjs` first); `source`: src via tsx. */
  from: 'built' | 'source';
  dataDir: string;
  port: number | string;
  env?: Record<string, string>;
}): ServerProcess {
  const entry =
    options.from === 'built'
      ? [path.join(projectRoot, 'dist/node/server/main.js')]
      : ['--import', 'tsx', path.join(projectRoot, 'src/server/main.ts')];
  const env: NodeJS.ProcessEnv = {
    ...outsideVitestEnv(),
    PORT: String(options.port),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    LOG_LEVEL: 'warn',
    // Only for a real port: a test of a bad PORT must not also trip over a bad PUBLIC_URL.
    ...(/^\d+$/.test(String(options.port)) ? { PUBLIC_URL: `http://127.0.0.1:${options.port}` } : {}),
    ...options.env,
  };
  // The server under test must use its own embedded PostgreSQL, not a suite's external one.
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  const child = spawn(process.execPath, entry, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<Exit>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 30_000) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const exit = await exited;
    clearTimeout(timer);
    return exit;
  };
  return {
    child,
    pid: child.pid ?? -1,
    baseUrl: `http://127.0.0.1:${options.port}`,
    output: () => output,
    exited,
    stop,
  };
}

/**
 * The environment without what Vitest sets for its workers (VITEST, NODE_ENV=test, …): the server
 * and the build must behave as in production (vite.config.ts even changes its root under Vitest).
 */
export function outsideVitestEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  if (env.NODE_ENV === 'test') delete env.NODE_ENV;
  return env;
}

/** Resolves once `url` answers 200; rejects when the process exits first or time runs out. */
export async function waitForOk(url: string, server: ServerProcess, timeoutMs = 90_000): Promise<void> {
  let exited = false;
  void server.exited.then(() => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited before ${url} answered:\n${server.output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${server.output()}`);
}

/** A fresh DATA_DIR. Mode 755: as root, the embedded PostgreSQL runs as `postgres` and must enter it. */
export function makeDataDir(prefix = 'ccm-e2e-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** Pids of PostgreSQL postmasters whose command line names a path inside `dataDir`. */
export function postgresProcessesUsing(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (path.basename(args[0] ?? '') === 'postgres' && args.some((arg) => arg.startsWith(dataDir))) {
        pids.push(Number(entry));
      }
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/** Stops any PostgreSQL left on the directory (fast shutdown, then kill) and deletes it. */
export async function removeDataDir(dataDir: string): Promise<void> {
  for (const [signal, waitMs] of [
    ['SIGINT', 10_000],
    ['SIGKILL', 2_000],
  ] as const) {
    const pids = postgresProcessesUsing(dataDir);
    if (pids.length === 0) break;
    for (const pid of pids) {
      try {
        process.kill(pid, signal);
      } catch {
        // already gone
      }
    }
    const deadline = Date.now() + waitMs;
    while (postgresProcessesUsing(dataDir).length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
