import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../src/server/db/free-port.js';
import {
  makeDataDir,
  outsideVitestEnv,
  projectRoot,
  removeDataDir,
  spawnServer,
  waitForOk,
} from './server-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * One built server for the whole e2e run, on a fresh DATA_DIR (so a fresh embedded PostgreSQL)
 * and a free port; stopped with SIGTERM at the end, like a real deployment.
 */
export default async function setup(project: TestProject) {
  try {
    execFileSync(process.execPath, [path.join(projectRoot, 'scripts/build.mjs'), '--if-stale'], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: outsideVitestEnv(),
    });
  } catch {
    // The build printed its own errors above; a stack trace of execFileSync would only add noise.
    throw new Error('e2e: `node scripts/build.mjs --if-stale` failed (see its output above)');
  }
  const dataDir = makeDataDir('ccm-e2e-');
  const server = spawnServer({ from: 'built', dataDir, port: await freePort() });
  try {
    await waitForOk(`${server.baseUrl}/api/health/ready`, server);
  } catch (error) {
    await server.stop('SIGKILL');
    await removeDataDir(dataDir);
    throw error;
  }
  project.provide('baseUrl', server.baseUrl);

  return async () => {
    const exit = await server.stop('SIGTERM');
    await removeDataDir(dataDir);
    if (exit.code !== 0)
      throw new Error(`the server exited with ${exit.code ?? exit.signal}:\n${server.output()}`);
  };
}
