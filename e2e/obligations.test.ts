import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/server/db/free-port.js';
import { demoAccounts, demoPassword, demoTotpSecret } from '../src/server/db/seed/demo-accounts.js';
import { currentCode } from '../src/server/modules/users/totp.js';
import { type Browser, expectNoSeriousA11yViolations, launchBrowser, type WatchedPage } from './browser.js';
import { makeDataDir, removeDataDir, type ServerProcess, spawnServer, waitForOk } from './server-process.js';

// An Art. 4 extension request from draft to decision in a real browser: ISU staff record
// contamination for Niue (entry into force 2021-02-01, so an Art. 4 deadline of 2031-02-01), draft
// and submit the request, open the analysis; a coordinator asks a question in a second browser;
// staff record "granted" at the 13MSP. Then the State's obligations, the compliance dashboard and
// the calendar show the new deadline. Its own demo server, so the accounts and records are its own.
describe('obligations and extension requests', () => {
  let server: ServerProcess;
  let dataDir: string;
  let browser: Browser;
  let tab: WatchedPage;
  let requestUrl = '';

  const signIn = async (page: WatchedPage['page'], role: 'isu_admin' | 'coordinator') => {
    const account = demoAccounts.find((a) => a.role === role);
    const headers = { origin: server.baseUrl };
    const first = await page.request.post(`${server.baseUrl}/api/v1/auth/sign-in`, {
      headers,
      data: { email: account?.email, password: demoPassword },
    });
    if (role === 'coordinator') return expect((await first.json()).status).toBe('signed_in');
    expect((await first.json()).status).toBe('totp_required');
    const totp = await page.request.post(`${server.baseUrl}/api/v1/auth/totp`, {
      headers,
      data: { code: currentCode(demoTotpSecret) },
    });
    expect(totp.status()).toBeLessThan(300);
  };
  const calendar = async () =>
    (await tab.page.request.get(`${server.baseUrl}/api/v1/obligations/calendar.ics?state=NIU`)).text();
  const fitsAPhone = async (page: WatchedPage['page']) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const scrollWidth = await page.evaluate<number>('document.scrollingElement.scrollWidth');
    await page.setViewportSize({ width: 1280, height: 800 });
    return scrollWidth <= 360;
  };

  beforeAll(async () => {
    dataDir = makeDataDir('ccm-e2e-obligations-');
    server = spawnServer({ from: 'built', dataDir, port: await freePort(), env: { DEMO: 'true' } });
    await waitForOk(`${server.baseUrl}/api/health/ready`, server);
    browser = await launchBrowser();
    tab = await browser.newPage();
    // Messages in English whatever the machine's locale.
    await tab.page.addInitScript({ content: "localStorage.setItem('ccm.language', 'en');" });
    await signIn(tab.page, 'isu_admin');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
    if (dataDir) await removeDataDir(dataDir);
  });

  it('records contamination for Niue, which gives it an Art. 4 deadline', async () => {
    await tab.page.goto(`${server.baseUrl}/obligations/states/NIU`, { waitUntil: 'networkidle' });
    await tab.page.getByRole('heading', { level: 1, name: 'Obligations: Niue' }).waitFor();
    await tab.page.getByRole('heading', { level: 3, name: 'Art. 7 initial transparency report' }).waitFor();
    expect(
      await tab.page.getByRole('heading', { name: 'Art. 4 clearance of cluster munition remnants' }).count(),
    ).toBe(0);
    await tab.page.getByText('Record a fact').click();
    const form = tab.page.getByRole('form', { name: 'Record a fact' });
    await form.getByRole('combobox', { name: 'Fact' }).selectOption('contamination');
    await form.getByLabel(/^Known since/).fill('2021-02-01');
    await form.getByRole('textbox', { name: /^Source/ }).fill('Initial Art. 7 report');
    await form.getByRole('button', { name: 'Record the fact' }).click();
    await tab.page.getByText('Fact recorded; the obligations were recomputed.').waitFor();
    const heading = tab.page.getByRole('heading', {
      level: 3,
      name: 'Art. 4 clearance of cluster munition remnants',
    });
    await heading.waitFor();
    const timeline = tab.page.getByRole('list', { name: 'Timeline' }).filter({ hasText: '1 February 2031' });
    expect(await timeline.textContent()).toContain('Original deadline under the Convention: 1 February 2031');
    expect(await calendar()).toMatch(/DTSTART;VALUE=DATE:20310201/);
    expect(tab.problems).toEqual([]);
  });

  it('drafts the request with its checklist, shows the live checks, and submits it', async () => {
    await tab.page.goto(`${server.baseUrl}/obligations/requests`, { waitUntil: 'networkidle' });
    const create = tab.page.getByRole('region', { name: 'Draft a new request' });
    await create.getByRole('combobox', { name: 'State' }).fill('Niue');
    await create.getByRole('combobox', { name: 'Obligation' }).selectOption('4');
    await create.getByRole('button', { name: 'Create the draft' }).click();
    await tab.page
      .getByRole('heading', {
        level: 1,
        name: 'Extension request: Niue, Art. 4 clearance of cluster munition remnants',
      })
      .waitFor();
    requestUrl = tab.page.url();
    const checks = tab.page.getByRole('region', { name: 'Checks' });
    await expect.poll(() => checks.textContent()).toContain('10 errors (block submission)');
    expect(await tab.page.getByRole('button', { name: 'Submit the request' }).isDisabled()).toBe(true);
    await expectNoSeriousA11yViolations(tab.page, 'a draft extension request');
    expect(await fitsAPhone(tab.page)).toBe(true);

    await tab.page.getByLabel(/^Requested deadline/).fill('2036-02-01');
    await tab.page.getByRole('combobox', { name: /^Meeting that will consider it/ }).selectOption('13MSP');
    for (const item of 'abcdefghi') {
      await tab.page
        .getByRole('textbox', { name: new RegExp(`^\\(${item}\\)`) })
        .fill(`Item (${item}) answered.`);
    }
    await tab.page.getByRole('button', { name: 'Save the draft' }).click();
    await tab.page.getByText('Draft saved; the checks were updated.').waitFor();
    await expect.poll(() => checks.textContent()).toContain('1 warning');
    expect(await checks.textContent()).not.toContain('error');
    expect(await checks.textContent()).toContain('Submitted less than nine months before');
    await tab.page.getByRole('button', { name: 'Submit the request' }).click();
    await tab.page.getByText('The request was submitted.').waitFor();
    await tab.page.getByRole('button', { name: 'Open the analysis' }).click();
    await tab.page.getByText('The analysis is open.').waitFor();
    expect(tab.problems).toEqual([]);
  });

  it('lets a coordinator ask a question in the analysis', async () => {
    const second = await launchBrowser();
    try {
      const coordinator = await second.newPage();
      await coordinator.page.addInitScript({ content: "localStorage.setItem('ccm.language', 'en');" });
      await signIn(coordinator.page, 'coordinator');
      await coordinator.page.goto(requestUrl, { waitUntil: 'networkidle' });
      const thread = coordinator.page.getByRole('region', { name: 'Analysis' });
      await thread.getByRole('textbox', { name: 'Your question' }).fill('What area remains to be cleared?');
      await thread.getByRole('button', { name: 'Ask the question' }).click();
      await coordinator.page.getByText('Posted.').waitFor();
      // Read only for a coordinator: no draft, no decision.
      expect(
        await coordinator.page.getByRole('button', { name: /Submit|Save|Record the decision/ }).count(),
      ).toBe(0);
      await expectNoSeriousA11yViolations(coordinator.page, 'a request under analysis (coordinator)');
      expect(coordinator.problems).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('records the decision, which sets the new deadline on the State, the dashboard and the calendar', async () => {
    await tab.page.goto(requestUrl, { waitUntil: 'networkidle' });
    const thread = tab.page.getByRole('region', { name: 'Analysis' });
    expect(await thread.textContent()).toContain('What area remains to be cleared?');
    const decision = tab.page.getByRole('region', { name: 'Decision of the meeting' });
    await decision.getByRole('combobox', { name: 'Decision' }).selectOption('granted');
    await decision.getByRole('combobox', { name: 'Meeting' }).selectOption('13MSP');
    await decision.getByLabel(/^Date of the decision/).fill('2025-09-19');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await tab.page.getByText('Decision recorded; the deadline was updated.').waitFor();
    const progress = tab.page.getByRole('list', { name: 'Progress of the request' });
    expect(await progress.textContent()).toContain(
      'Granted as requested, 19 September 2025, Thirteenth Meeting',
    );

    await tab.page.goto(`${server.baseUrl}/obligations/states/NIU`, { waitUntil: 'networkidle' });
    const timeline = tab.page.getByRole('list', { name: 'Timeline' }).filter({ hasText: '1 February 2031' });
    await expect
      .poll(() => timeline.textContent())
      .toContain('Granted to 1 February 2036 (Thirteenth Meeting of States Parties)');
    expect(await timeline.textContent()).toContain('Current deadline: 1 February 2036');
    // The same section on the State's profile page.
    await tab.page.goto(`${server.baseUrl}/states/NIU`, { waitUntil: 'networkidle' });
    await tab.page.getByText('Current deadline: 1 February 2036').waitFor();

    await tab.page.goto(`${server.baseUrl}/obligations/dashboard?state=NIU&article=4`, {
      waitUntil: 'networkidle',
    });
    const table = tab.page.getByRole('table', { name: 'Obligations of States Parties' });
    const niue = table.getByRole('row', { name: /Niue/ });
    await expect.poll(() => niue.textContent()).toContain('Extended');
    expect(await niue.textContent()).toContain('1 February 2036');
    await expectNoSeriousA11yViolations(tab.page, 'the compliance dashboard');
    expect(await fitsAPhone(tab.page)).toBe(true);

    const ics = await calendar();
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20360201/);
    expect(ics).not.toMatch(/DTSTART;VALUE=DATE:20310201/);
    expect(tab.problems).toEqual([]);
  });
});
