// Starting, timing and stopping the built server for the benchmark.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..');

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `node dist/node/server/main.js` (so the child's pid is the server's, for its RSS) and
 * resolves when GET /api/health/live first answers 200, with the milliseconds since the spawn.
 */
export async function startServer({ dataDir, port }) {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [path.join(projectRoot, 'dist/node/server/main.js')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let hasExited = false;
  exited.then(() => (hasExited = true));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (hasExited) throw new Error(`the server exited during start-up:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer within 120 s:\n${output}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health/live`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    // Short polls: the cold start is measured to the first 200, so the poll interval is its error.
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const startMs = Math.round(performance.now() - spawnedAt);

  return {
    baseUrl,
    pid: child.pid,
    startMs,
    output: () => output,
    /** Resident memory of the server process in MB, from /proc. */
    rssMb() {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? Number.NaN);
      return Math.round(kb / 102.4) / 10;
    },
    async stop() {
      if (!hasExited) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const exit = await exited;
      clearTimeout(timer);
      return exit;
    },
  };
}

/** Deletes a DATA_DIR, first stopping any PostgreSQL still running on it (after a crash). */
export function removeDataDir(dataDir) {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (path.basename(args[0]) === 'postgres' && args.some((arg) => arg.startsWith(dataDir))) {
        process.kill(Number(entry), 'SIGQUIT'); // immediate shutdown: nothing here is worth keeping
      }
    } catch {
      // gone meanwhile
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Gzipped size of the JavaScript index.html makes the browser fetch up front. */
export async function homeJsGzipBytes(webDir) {
  const { gzipSync } = await import('node:zlib');
  const html = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const urls = new Set();
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const attribute = (name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    if (tag.startsWith('<script') && attribute('src')) urls.add(attribute('src'));
    if (tag.startsWith('<link') && attribute('rel') === 'modulepreload' && attribute('href'))
      urls.add(attribute('href'));
  }
  let total = 0;
  for (const url of urls) {
    if (/^(https?:)?\/\//.test(url)) throw new Error(`index.html loads script from another origin: ${url}`);
    total += gzipSync(fs.readFileSync(path.join(webDir, url.replace(/^\//, ''))), { level: 9 }).length;
  }
  return total;
}
