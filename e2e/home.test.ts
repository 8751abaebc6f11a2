import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, expectNoSeriousA11yViolations, launchBrowser, type WatchedPage } from './browser.js';
import { projectRoot } from './server-process.js';

/** The switcher's label is translated with the page ("Language", "Langue", …): read it from the locale. */
function languageLabel(language: string): string {
  const file = path.join(projectRoot, 'src/web/locales', `${language}.json`);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { language: { label: string } }).language.label;
}

// The public home page in a real browser, against the built app served by the real server.
describe('home page', () => {
  let browser: Browser;
  let home: WatchedPage;
  const baseUrl = inject('baseUrl');
  const htmlLang = () => home.page.locator('html').getAttribute('lang');
  const htmlDir = () => home.page.locator('html').getAttribute('dir');
  const heading = () => home.page.getByRole('heading', { level: 1 }).first().textContent();
  const languageSelect = (language = 'en') =>
    home.page.getByRole('combobox', { name: languageLabel(language), exact: true });

  beforeAll(async () => {
    browser = await launchBrowser();
    home = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders a heading and a main landmark, with no console errors or CSP violations', async () => {
    const response = await home.page.goto(baseUrl, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await home.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await home.page.getByRole('main').count()).toBe(1);
    expect((await heading())?.trim()).toBeTruthy();
    expect(home.problems).toEqual([]);
  });

  it('has no serious accessibility violations in English', async () => {
    expect(await htmlLang()).toBe('en');
    await expectNoSeriousA11yViolations(home.page, 'the home page in English');
  });

  it('switches to French and back to English', async () => {
    const englishHeading = await heading();
    const englishText = await home.page.locator('body').textContent();
    expect(languageLabel('en')).toBe('Language');
    const select = languageSelect('en');
    expect(await select.locator('option').allInnerTexts()).toEqual(['English', 'Français', 'Español']);

    await select.selectOption('fr');
    await expect.poll(htmlLang).toBe('fr');
    expect(await htmlDir()).toBe('ltr');
    await expect.poll(() => home.page.locator('body').textContent()).not.toBe(englishText);
    expect(await heading()).not.toBe(englishHeading);
    await expectNoSeriousA11yViolations(home.page, 'the home page in French');

    await languageSelect('fr').selectOption('en');
    await expect.poll(htmlLang).toBe('en');
    await expect.poll(heading).toBe(englishHeading);
    expect(home.problems).toEqual([]);
  });

  it('fits a 360 px wide phone screen without horizontal scrolling', async () => {
    const phone = await browser.newPage();
    await phone.page.setViewportSize({ width: 360, height: 740 });
    await phone.page.goto(baseUrl, { waitUntil: 'networkidle' });
    await phone.page.getByRole('heading', { level: 1 }).first().waitFor();
    const scrollWidth = await phone.page.evaluate<number>('document.scrollingElement.scrollWidth');
    expect(scrollWidth).toBeGreaterThan(0);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    expect(phone.problems).toEqual([]);
    await phone.page.close();
  });
});
