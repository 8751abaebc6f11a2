import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../src/server/db/free-port.js';
import {
  makeDataDir,
  outsideVitestEnv,
  projectRoot,
  removeDataDir,
  type ServerProcess,
  spawnServer,
  waitForOk,
} from './server-process.js';
import { type SmtpReceiver, startSmtpReceiver } from './smtp-receiver.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the SMTP receiver writes each e-mail the server sends, as JSON {to, subject, text}. */
    mailDir: string;
    /** The first administrator's set-up link, printed by the server on its first start. */
    adminSetupLink: string;
  }
}

/** The first administrator of the e2e run (the server creates it from ADMIN_EMAIL). */
export const E2E_ADMIN_EMAIL = 'admin@e2e.test';

/** The line `[ccm] first administrator … created. Choose its password here (…): <link>`. */
function adminSetupLink(server: ServerProcess): string {
  const match = /first administrator \S+ created\..*?(https?:\/\/\S+\/invitation#\S+)/.exec(server.output());
  if (!match?.[1]) throw new Error(`the server printed no first-administrator link:\n${server.output()}`);
  return match[1];
}

/**
 * One built server for the whole e2e run, on a fresh DATA_DIR (so a fresh embedded PostgreSQL)
 * and a free port; stopped with SIGTERM at the end, like a real deployment. It sends its e-mail
 * over SMTP to a receiver started here, and creates the first administrator from ADMIN_EMAIL.
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
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-e2e-mail-'));
  const smtp: SmtpReceiver = await startSmtpReceiver(mailDir);
  const dataDir = makeDataDir('ccm-e2e-');
  const server = spawnServer({
    from: 'built',
    dataDir,
    port: await freePort(),
    env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, ADMIN_EMAIL: E2E_ADMIN_EMAIL },
  });
  let link: string;
  try {
    await waitForOk(`${server.baseUrl}/api/health/ready`, server);
    link = adminSetupLink(server);
  } catch (error) {
    await server.stop('SIGKILL');
    await removeDataDir(dataDir);
    await smtp.close();
    fs.rmSync(mailDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', server.baseUrl);
  project.provide('mailDir', mailDir);
  project.provide('adminSetupLink', link);

  return async () => {
    const exit = await server.stop('SIGTERM');
    await removeDataDir(dataDir);
    await smtp.close();
    fs.rmSync(mailDir, { recursive: true, force: true });
    if (exit.code !== 0)
      throw new Error(`the server exited with ${exit.code ?? exit.signal}:\n${server.output()}`);
  };
}
