import { expect } from 'vitest';
import { freePort } from '../src/server/db/free-port.js';
import { demoAccounts, demoPassword, demoTotpSecret } from '../src/server/db/seed/demo-accounts.js';
import { currentCode } from '../src/server/modules/users/totp.js';
import { type Browser, launchBrowser, type WatchedPage } from './browser.js';
import { makeDataDir, removeDataDir, type ServerProcess, spawnServer, waitForOk } from './server-process.js';

export type DemoSession = {
  server: ServerProcess;
  browser: Browser;
  tab: WatchedPage;
  close(): Promise<void>;
};

/**
 * A demo-mode server of the test file's own (so the records it changes are its own) and a browser
 * tab signed in as the English demo administrator through the API, in the tab's cookie jar:
 * password, then the authenticator code of the published demo key.
 */
export async function demoSessionAsAdmin(dataDirPrefix: string): Promise<DemoSession> {
  const dataDir = makeDataDir(dataDirPrefix);
  const server = spawnServer({ from: 'built', dataDir, port: await freePort(), env: { DEMO: 'true' } });
  await waitForOk(`${server.baseUrl}/api/health/ready`, server);
  const browser = await launchBrowser();
  const tab = await browser.newPage();
  const admin = demoAccounts.find((a) => a.role === 'isu_admin' && a.language === 'en');
  const headers = { origin: server.baseUrl };
  const signIn = await tab.page.request.post(`${server.baseUrl}/api/v1/auth/sign-in`, {
    headers,
    data: { email: admin?.email, password: demoPassword },
  });
  expect((await signIn.json()).status).toBe('totp_required');
  const totp = await tab.page.request.post(`${server.baseUrl}/api/v1/auth/totp`, {
    headers,
    data: { code: currentCode(demoTotpSecret) },
  });
  expect(totp.status()).toBeLessThan(300);
  return {
    server,
    browser,
    tab,
    close: async () => {
      await browser.close();
      await server.stop('SIGTERM');
      await removeDataDir(dataDir);
    },
  };
}
