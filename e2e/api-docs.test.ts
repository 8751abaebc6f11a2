import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, launchBrowser } from './browser.js';

// The browsable API documentation that States' developers use; it runs under its own CSP.
describe('API docs page', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders Swagger UI with the API title and operations, without CSP violations', async () => {
    const { page, problems } = await browser.newPage();
    const response = await page.goto(`${baseUrl}/api/docs`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await page.locator('.swagger-ui .info .title').waitFor();
    expect(await page.locator('.swagger-ui .info .title').textContent()).toContain(
      'CCM Implementation Support Unit',
    );
    // An operation from the spec shows that the document itself loaded, not just the shell.
    await page.getByText('/api/health/live').first().waitFor();
    expect(problems).toEqual([]);
  });
});
