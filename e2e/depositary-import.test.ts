import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addParticipantRow, depositarySnapshot } from '../src/server/test/depositary-page.js';
import { expectNoSeriousA11yViolations, type WatchedPage } from './browser.js';
import { type DemoSession, demoSessionAsAdmin } from './demo-session.js';
import { projectRoot, type ServerProcess } from './server-process.js';

const en = JSON.parse(
  fs.readFileSync(path.join(projectRoot, 'src/web/locales/depositaryImport.en.json'), 'utf8'),
) as {
  depositaryImport: {
    file: { label: string };
    preview: { noDifferences: string };
    table: { caption: string };
  };
};
const texts = en.depositaryImport;
const snapshotPath = path.join(projectRoot, 'reference/untc-XXVI-6-status-2026-02-03.html');

// ISU staff upload the Depositary's status page in a real browser. This file runs its own server in
// demo mode (its own data directory) so that a staff account with a known second factor exists and
// the records it changes are its own.
describe('Depositary import', () => {
  let server: ServerProcess;
  let session: DemoSession;
  let tab: WatchedPage;

  beforeAll(async () => {
    session = await demoSessionAsAdmin('ccm-e2e-depositary-');
    ({ server, tab } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  const fileInput = () => tab.page.getByLabel(texts.file.label);

  it('finds no differences in the saved status page right after the first start', async () => {
    await tab.page.goto(`${server.baseUrl}/admin/depositary-import`, { waitUntil: 'networkidle' });
    await fileInput().setInputFiles(snapshotPath);
    await tab.page.getByText(texts.preview.noDifferences).waitFor();
    expect(await tab.page.getByRole('table').count()).toBe(0);
    await expectNoSeriousA11yViolations(tab.page, 'the Depositary import with no differences');
    expect(tab.problems).toEqual([]);
  });

  it('shows the accession a modified page adds, fits a phone screen, and applies it once confirmed', async () => {
    const modified = addParticipantRow(depositarySnapshot(), { name: 'Tonga', deposit: '10 Jan\t 2026 a' });
    await fileInput().setInputFiles({
      name: 'status.html',
      mimeType: 'text/html',
      buffer: Buffer.from(modified),
    });
    const table = tab.page.getByRole('table', { name: texts.table.caption });
    await table.waitFor();
    const row = table.getByRole('row', { name: /Tonga \(TON\)/ });
    await expect.poll(() => row.textContent()).toMatch(/Accession, 10 January 2026/);
    expect(await table.getByRole('row').count()).toBe(2);
    await expectNoSeriousA11yViolations(tab.page, 'the Depositary import preview');

    await tab.page.setViewportSize({ width: 360, height: 740 });
    const scrollWidth = await tab.page.evaluate<number>('document.scrollingElement.scrollWidth');
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await tab.page.setViewportSize({ width: 1280, height: 800 });

    await row.getByRole('checkbox').check();
    await tab.page.getByRole('button', { name: 'Apply 1 selected change' }).click();
    await tab.page.getByRole('dialog').getByRole('button', { name: 'Apply 1 change' }).click();
    await tab.page.getByText('1 change applied.').waitFor();
    await tab.page.getByText(texts.preview.noDifferences).waitFor();
    const tonga = await (await tab.page.request.get(`${server.baseUrl}/api/v1/states/TON`)).json();
    expect(tonga).toMatchObject({ depositDate: '2026-01-10', depositType: 'accession' });
    expect(tab.problems).toEqual([]);
  });
});
