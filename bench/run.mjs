#!/usr/bin/env node
// `npm run bench`: load benchmark of the built server on a fresh embedded database.
//
//   node bench/run.mjs            BENCH_SECONDS (default 5) per endpoint; writes bench/results/latest.json
//   node bench/run.mjs --check    same, and exits non-zero when an endpoint misses its target or errs
//   node bench/run.mjs --smoke    1 s per endpoint, targets not judged (CI: does it all run?);
//                                 writes bench/results/smoke.json so latest.json keeps a real run
//
// Steps: a first start initialises the database and is stopped; the benchmark's data set of
// Article 7 reports is loaded (dist/node/server/cli/bench-seed.js); the second start is the measured
// cold start (spawn to the first 200 of /api/health/live). Each endpoint is then loaded in turn by
// autocannon in a separate process (bench/load.mjs), on 127.0.0.1 only.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { endpoints } from './endpoints.mjs';
import { freePort, homeJsGzipBytes, projectRoot, removeDataDir, startServer } from './server.mjs';

const smoke = process.argv.includes('--smoke');
const check = process.argv.includes('--check');
const defaultSeconds = smoke ? 1 : Number(process.env.BENCH_SECONDS || 5);
const defaultConnections = 50;
const resultsFile = path.join(projectRoot, 'bench/results', smoke ? 'smoke.json' : 'latest.json');

if (!fs.existsSync(path.join(projectRoot, 'dist/node/server/main.js'))) {
  console.error('[bench] no build in dist/: run `npm run bench` (it builds first) or `npm run build`');
  process.exit(1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-bench-'));
fs.chmodSync(dataDir, 0o755); // as root, the embedded PostgreSQL runs as `postgres` and must enter it
let server;
const cleanUp = async () => {
  await server?.stop();
  removeDataDir(dataDir);
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => cleanUp().finally(() => process.exit(130)));
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`[bench] failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

async function main() {
  const startedAt = new Date().toISOString();
  const port = await freePort();
  console.log('[bench] first start (initialises the database)…');
  server = await startServer({ dataDir, port });
  await server.stop();
  server = undefined;
  console.log('[bench] loading the data set: 120 States × 15 years of Article 7 reports…');
  await seedBenchData(dataDir);
  server = await startServer({ dataDir, port });
  const coldStartMs = server.startMs;
  console.log(`[bench] cold start: ${coldStartMs} ms`);

  for (const endpoint of endpoints) await warmUp(server.baseUrl + endpoint.path);

  const measured = [];
  for (const endpoint of endpoints) {
    const seconds = smoke ? 1 : (endpoint.seconds ?? defaultSeconds);
    const connections = endpoint.connections ?? defaultConnections;
    process.stdout.write(`[bench] ${endpoint.path} (${connections} connections, ${seconds} s)… `);
    const result = await runLoad({ url: server.baseUrl + endpoint.path, connections, seconds });
    console.log(`${result.rps} req/s`);
    measured.push({ ...endpoint, connections, seconds, ...result });
  }
  const memoryRssMb = server.rssMb();
  const exit = await server.stop();
  server = undefined;

  const liveRps = measured[0]?.rps || Number.NaN;
  const rows = measured.map((entry) => {
    const ratioToLive = Math.round((entry.rps / liveRps) * 100) / 100;
    const misses = smoke ? [] : targetMisses(entry, ratioToLive);
    return { ...entry, ratioToLive, misses };
  });
  const results = {
    startedAt,
    mode: smoke ? 'smoke' : 'full',
    machine: { cpus: os.cpus().length, node: process.version },
    coldStartMs,
    memoryRssMb,
    homeJsGzipBytes: await homeJsGzipBytes(path.join(projectRoot, 'dist/web')),
    endpoints: rows.map(
      ({ name, path: urlPath, connections, seconds, rps, p50Ms, p99Ms, errors, ratioToLive, ...rest }) => ({
        name,
        path: urlPath,
        rps,
        p50Ms,
        p99Ms,
        errors,
        ratioToLive,
        connections,
        seconds,
        ...(rest.minRatio !== undefined || rest.maxP99Ms !== undefined
          ? { targets: { minRatio: rest.minRatio, maxP99Ms: rest.maxP99Ms }, missed: rest.misses }
          : {}),
      }),
    ),
  };
  fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results, rows);

  const problems = [];
  if (exit.code !== 0) problems.push(`the server exited with ${exit.code ?? exit.signal} on SIGTERM`);
  const erring = rows.filter((row) => row.errors > 0);
  // Errors under load mean a broken endpoint: fatal when the run is a check (CI smoke or --check).
  if ((smoke || check) && erring.length)
    problems.push(`errors on ${erring.map((row) => row.path).join(', ')}`);
  const missing = rows.filter((row) => row.misses.length > 0);
  if (check && missing.length)
    problems.push(`targets missed on ${missing.map((row) => row.path).join(', ')}`);
  for (const problem of problems) console.error(`[bench] FAILED: ${problem}`);
  console.log(`[bench] results written to ${path.relative(projectRoot, resultsFile)}`);
  return problems.length ? 1 : 0;
}

function targetMisses(entry, ratio) {
  const misses = [];
  if (entry.minRatio !== undefined && !(ratio >= entry.minRatio))
    misses.push(`ratio ${ratio} < ${entry.minRatio}`);
  if (entry.maxP99Ms !== undefined && !(entry.p99Ms <= entry.maxP99Ms)) {
    misses.push(`p99 ${entry.p99Ms} ms > ${entry.maxP99Ms} ms`);
  }
  return misses;
}

/** The realistic volume of reports (src/server/cli/bench-seed.ts), on the stopped server's data. */
function seedBenchData(dataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'dist/node/server/cli/bench-seed.js')], {
      cwd: projectRoot,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`bench-seed exited with ${code}`)),
    );
  });
}

/** A few hundred requests first, so the first endpoint measured does not pay for JIT warm-up. */
async function warmUp(url) {
  const worker = async () => {
    for (let i = 0; i < 25; i++) await (await fetch(url)).arrayBuffer();
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

function runLoad(options) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(import.meta.dirname, 'load.mjs'), JSON.stringify(options)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    // Bounded: autocannon stops itself after `seconds`; this only guards against a hang.
    const timer = setTimeout(() => child.kill('SIGKILL'), (options.seconds + 30) * 1000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`the load process for ${options.url} exited with ${code}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)));
    });
  });
}

function printTable(results, rows) {
  const header = ['endpoint', 'path', 'req/s', 'p50 ms', 'p99 ms', 'errors', '× live', 'target'];
  const lines = rows.map((row) => [
    row.name,
    row.path,
    String(row.rps),
    String(row.p50Ms),
    String(row.p99Ms),
    String(row.errors),
    row.ratioToLive.toFixed(2),
    smoke || (row.minRatio === undefined && row.maxP99Ms === undefined) ? '-' : row.misses.join('; ') || 'ok',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i].length)));
  const format = (cells) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`\n${format(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const line of lines) console.log(format(line));
  console.log(
    `\ncold start ${results.coldStartMs} ms · server RSS after load ${results.memoryRssMb} MB · ` +
      `home page JS ${(results.homeJsGzipBytes / 1024).toFixed(1)} KB gzipped · ` +
      `${results.machine.cpus} CPUs, Node ${results.machine.node}\n`,
  );
}
