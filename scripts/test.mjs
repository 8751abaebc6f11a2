#!/usr/bin/env node
// `npm test`: every test suite, in order, with one summary at the end.
//
//   1. unit  vitest projects `server` + `web` (the server one on the embedded PostgreSQL)
//   2. pg15  the `server` project again, against a throwaway PostgreSQL 15 (the oldest supported)
//   3. e2e   browser journeys against the built app in Debian's Chromium
//
// A suite whose tool is missing is skipped with a clear line outside CI and fails with CI=true.
// Options: --only=server,web,pg15,e2e picks suites/projects; every other argument goes to vitest
// (e.g. `npm test -- --only=server src/server/lifecycle.test.ts` or `-t "name"`).
// TEST_SUMMARY_FILE=path also writes the counts as JSON (used by .ci/run).
// The LAST line printed is always exactly `N passed, N failed`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultPgBin, withThrowawayPostgres } from './pg-throwaway.mjs';

const root = path.resolve(import.meta.dirname, '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const chromiumPath = '/usr/bin/chromium';
const pg15Initdb = path.join(process.env.PG_BIN || defaultPgBin, 'initdb');
const allKeys = ['server', 'web', 'pg15', 'e2e'];

const { only, vitestArgs } = parseArgs(process.argv.slice(2));
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-test-report-'));
/** @type {{ name: string, passed: number, failed: number, skipped: number, seconds: number, note?: string }[]} */
const results = [];
let interrupted = false;

// Ctrl-C reaches the running vitest directly (same process group); we let it finish its teardown,
// then stop instead of starting the next suite.
process.on('SIGINT', () => {
  interrupted = true;
});

try {
  const unitProjects = ['server', 'web'].filter((key) => only.has(key));
  if (unitProjects.length > 0) {
    await runSuite(`${unitProjects.join(' + ')} (embedded PostgreSQL)`, unitProjects);
  }
  if (only.has('pg15')) await runPg15Suite();
  if (only.has('e2e')) await runE2eSuite();
} finally {
  fs.rmSync(reportDir, { recursive: true, force: true });
}
printSummary();

async function runPg15Suite() {
  const name = 'server on PostgreSQL 15';
  if (interrupted) return;
  if (!fs.existsSync(pg15Initdb)) {
    return missingTool(
      name,
      `PostgreSQL 15 not installed: ${pg15Initdb} missing (apt-get install -y postgresql-15)`,
    );
  }
  try {
    await withThrowawayPostgres((url) => runSuite(name, ['server'], { TEST_DATABASE_URL: url }));
  } catch (error) {
    // The throwaway server itself failed to start (or to stop): that is a failed suite too.
    console.error(`\n[test] ${name}: ${error.message}`);
    if (!results.some((result) => result.name === name))
      record(name, { passed: 0, failed: 1, skipped: 0 }, 0);
  }
}

async function runE2eSuite() {
  const name = 'browser journeys (e2e)';
  if (interrupted) return;
  if (!fs.existsSync(chromiumPath)) {
    return missingTool(name, 'Chromium not installed (apt-get install -y chromium)', 'browser tests');
  }
  await runSuite(name, ['e2e']);
}

/** Outside CI a missing tool skips the suite loudly; in CI the full run is required, so it fails. */
function missingTool(name, reason, what = name) {
  if (ci) {
    console.error(`\n[test] FAILED ${what}: ${reason} — CI=true requires every suite`);
    record(name, { passed: 0, failed: 1, skipped: 0 }, 0, reason);
  } else {
    console.log(`\nSKIPPED ${what}: ${reason}`);
    record(name, { passed: 0, failed: 0, skipped: 0 }, 0, `SKIPPED: ${reason}`);
  }
}

async function runSuite(name, projects, env = {}) {
  if (interrupted) return;
  console.log(`\n━━━ ${name} ━━━`);
  const reportFile = path.join(reportDir, `${results.length}-${projects.join('-')}.json`);
  const args = [
    path.join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    '--passWithNoTests',
    ...vitestArgs,
  ];
  const started = performance.now();
  const exitCode = await new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  const counts = countsFromReport(reportFile, exitCode);
  record(name, counts, (performance.now() - started) / 1000, counts.note);
}

/**
 * Reads vitest's JSON report. A file that failed outside any test (import error, failing hook)
 * counts as one failure; a run that exited non-zero without any failure recorded (crash,
 * unhandled error, no report) counts as one too, so nothing failing can end as "0 failed".
 */
function countsFromReport(file, exitCode) {
  let report;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return { passed: 0, failed: 1, skipped: 0, note: `no test report (vitest exit code ${exitCode})` };
  }
  const fileLevelFailures = report.testResults.filter(
    (result) =>
      result.status === 'failed' &&
      !result.assertionResults.some((assertion) => assertion.status === 'failed'),
  ).length;
  let failed = report.numFailedTests + fileLevelFailures;
  let note;
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    note = `vitest exited with code ${exitCode} (errors outside tests; see above)`;
  }
  return {
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
    note,
  };
}

function record(name, counts, seconds, note) {
  results.push({
    name,
    passed: counts.passed,
    failed: counts.failed,
    skipped: counts.skipped,
    seconds,
    note,
  });
}

function printSummary() {
  const passed = results.reduce((sum, result) => sum + result.passed, 0);
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  if (interrupted) console.log('\n[test] interrupted: remaining suites not run');
  console.log('\n━━━ summary ━━━');
  for (const result of results) {
    const mark = result.failed > 0 ? 'FAIL' : result.note?.startsWith('SKIPPED') ? 'SKIP' : 'ok  ';
    const skipped = result.skipped ? `, ${result.skipped} skipped` : '';
    const time = result.seconds ? ` in ${result.seconds.toFixed(1)} s` : '';
    const note = result.note ? `  (${result.note})` : '';
    console.log(
      `${mark} ${result.name}: ${result.passed} passed, ${result.failed} failed${skipped}${time}${note}`,
    );
  }
  if (process.env.TEST_SUMMARY_FILE) {
    fs.writeFileSync(
      process.env.TEST_SUMMARY_FILE,
      `${JSON.stringify({ passed, failed, suites: results }, null, 2)}\n`,
    );
  }
  if (failed > 0 || interrupted) process.exitCode = interrupted ? 130 : 1;
  console.log(`${passed} passed, ${failed} failed`);
}

function parseArgs(argv) {
  let keys = allKeys;
  const rest = [];
  for (const arg of argv) {
    if (arg.startsWith('--only=')) {
      keys = arg
        .slice('--only='.length)
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean);
      const unknown = keys.filter((key) => !allKeys.includes(key));
      if (unknown.length > 0) {
        console.error(`[test] unknown --only value ${unknown.join(', ')}; choose from ${allKeys.join(', ')}`);
        console.log('0 passed, 1 failed');
        process.exit(2);
      }
    } else rest.push(arg);
  }
  return { only: new Set(keys), vitestArgs: rest };
}
