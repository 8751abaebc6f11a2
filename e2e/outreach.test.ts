import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, type WatchedPage } from './browser.js';
import { type DemoSession, demoSessionAsAdmin } from './demo-session.js';
import type { ServerProcess } from './server-process.js';

// Outreach to potential States Parties in a real browser: the list, a country page with its
// Markdown summary, activity log and next steps, at desktop and phone widths. Its own demo server,
// so that a staff account with a known second factor exists and the records it adds are its own.
describe('outreach', () => {
  let server: ServerProcess;
  let session: DemoSession;
  let tab: WatchedPage;

  beforeAll(async () => {
    session = await demoSessionAsAdmin('ccm-e2e-outreach-');
    ({ server, tab } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  const fitsAPhone = async () => {
    await tab.page.setViewportSize({ width: 360, height: 740 });
    const scrollWidth = await tab.page.evaluate<number>('document.scrollingElement.scrollWidth');
    await tab.page.setViewportSize({ width: 1280, height: 800 });
    return scrollWidth <= 360;
  };

  it('lists potential States Parties, filters them, and fits a phone screen', async () => {
    await tab.page.goto(`${server.baseUrl}/outreach`, { waitUntil: 'networkidle' });
    const table = tab.page.getByRole('table', { name: 'Potential new States Parties' });
    await table.waitFor();
    expect(await table.getByRole('link', { name: 'Angola' }).count()).toBe(1);
    expect(await table.getByRole('link', { name: "Lao People's Democratic Republic" }).count()).toBe(0);
    await tab.page.getByRole('combobox', { name: 'Status' }).selectOption('signatory');
    await expect.poll(() => tab.page.url()).toContain('status=signatory');
    await expectNoSeriousA11yViolations(tab.page, 'the outreach list');
    expect(await fitsAPhone()).toBe(true);
    expect(tab.problems).toEqual([]);
  });

  it('records a profile, an activity and a next step for a State, and marks the step done', async () => {
    await tab.page.getByRole('link', { name: 'Angola' }).click();
    await tab.page.getByRole('heading', { level: 1, name: 'Outreach: Angola' }).waitFor();
    await tab.page.getByRole('combobox', { name: 'Priority' }).selectOption('high');
    await tab.page
      .getByLabel('Summary (Markdown)')
      .fill('## Position\n\nSigned in **2008**. <b>not bold</b>');
    await tab.page.getByRole('tab', { name: 'Preview' }).click();
    const preview = tab.page.getByRole('region', { name: 'Preview' });
    await preview.getByRole('heading', { level: 4, name: 'Position' }).waitFor();
    expect(await preview.textContent()).toContain('<b>not bold</b>');
    await tab.page.getByRole('button', { name: 'Save priority and summary' }).click();
    await tab.page.getByText('Priority and summary saved.').waitFor();

    const activity = tab.page.getByRole('form', { name: 'Log an activity' });
    await activity.getByLabel('Date').fill('2026-01-09');
    await activity.getByRole('combobox', { name: 'Kind' }).selectOption('demarche');
    await activity.getByRole('textbox', { name: /^Who/ }).fill('ISU Director');
    await activity.getByRole('button', { name: 'Add to the log' }).click();
    await tab.page.getByText('Activity logged.').waitFor();

    const step = tab.page.getByRole('form', { name: 'Plan a next step' });
    await step.getByRole('textbox', { name: /What is to be done/ }).fill('Letter to the Minister');
    await step.getByLabel('Due date').fill('2030-02-01');
    await step.getByRole('button', { name: 'Add the step' }).click();
    await tab.page.getByText('Next step added.').waitFor();
    await tab.page.getByRole('button', { name: 'Mark “Letter to the Minister” done' }).click();
    await tab.page.getByText('“Letter to the Minister” marked done.').waitFor();

    await expectNoSeriousA11yViolations(tab.page, 'an outreach country page');
    expect(await fitsAPhone()).toBe(true);
    expect(tab.problems).toEqual([]);

    const detail = await (await tab.page.request.get(`${server.baseUrl}/api/v1/outreach/AGO`)).json();
    expect(detail.profile).toMatchObject({ priority: 'high', version: 1 });
    expect(detail.activities).toHaveLength(1);
    expect(detail.nextSteps[0].doneAt).not.toBeNull();
  });
});
