// Browser helpers for the e2e journeys: Debian's Chromium driven by playwright-core (Playwright's
// own browser download does not work on our machines), page problem tracking, and an axe check.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export type Browser = { context: BrowserContext; newPage(): Promise<WatchedPage>; close(): Promise<void> };

/** A page plus what went wrong on it: console errors, uncaught exceptions, CSP violations. */
export type WatchedPage = { page: Page; problems: string[] };

/**
 * A fresh, throwaway browser profile per call. The flags keep Chromium quiet and offline: no
 * sandbox (root in a container), no GPU, no background calls home.
 */
export async function launchBrowser(): Promise<Browser> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccm-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    newPage: () => watchPage(context),
    async close() {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

async function watchPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  // Chromium also logs CSP refusals to the console, but the DOM event names the directive exactly
  // and catches report-only cases. A binding is not subject to the page's CSP.
  await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
    problems.push(`CSP violation: ${text}`);
  });
  // A string, not a function: this file is type-checked without the DOM library.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) => {
      window.__reportCspViolation(event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') +
        ' (' + event.sourceFile + ':' + event.lineNumber + ')');
    });`,
  });
  return { page, problems };
}

/** Fails on serious or critical axe violations, listing each rule with the offending elements. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  if (serious.length === 0) return;
  const lines = serious.map((violation) => {
    const targets = violation.nodes
      .slice(0, 5)
      .map((node) => `      ${node.target.join(' ')}: ${node.failureSummary?.split('\n').join(' ') ?? ''}`);
    const more = violation.nodes.length > 5 ? [`      … and ${violation.nodes.length - 5} more`] : [];
    return [
      `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
      ...targets,
      ...more,
    ].join('\n');
  });
  throw new Error(
    `${serious.length} serious/critical accessibility violation(s) on ${label}:\n${lines.join('\n')}`,
  );
}
