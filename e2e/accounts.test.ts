import * as OTPAuth from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Browser, expectNoSeriousA11yViolations, launchBrowser, type WatchedPage } from './browser.js';
import { E2E_ADMIN_EMAIL } from './global-setup.js';
import { waitForMail } from './smtp-receiver.js';

const ADMIN_PASSWORD = 'violet lanterns over the lake';
const FOCAL_EMAIL = 'focal.point@mofa.e2e.test';
const FOCAL_PASSWORD = 'seven quiet herons at dusk';

/** The code an authenticator app would show for the key displayed on the page. */
function totpCode(displayedKey: string): string {
  const secret = OTPAuth.Secret.fromBase32(displayedKey.replace(/\s+/g, ''));
  return new OTPAuth.TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 }).generate();
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

/** Sets a password on the invitation page the browser shows. */
async function choosePassword(page: Page, password: string) {
  await page.getByLabel(/^New password/).fill(password);
  await page.getByLabel(/^Confirm the new password/).fill(password);
  await page.getByRole('button', { name: 'Activate my account' }).click();
  await heading(page, 'Your account is active').waitFor();
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel(/^E-mail address/).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Only CSP violations and uncaught exceptions: failed requests the journey expects are not problems. */
const seriousProblems = (watched: WatchedPage) =>
  watched.problems.filter((problem) => !problem.startsWith('console error: Failed to load resource'));

// The account life cycle in a real browser against the built server, with e-mail going through a
// real SMTP receiver: first administrator, second factor, invitation, and a refused page.
describe('accounts journey', () => {
  const baseUrl = inject('baseUrl');
  const mailDir = inject('mailDir');
  const adminSetupLink = inject('adminSetupLink');
  let adminBrowser: Browser;
  let focalBrowser: Browser;
  let admin: WatchedPage;

  beforeAll(async () => {
    adminBrowser = await launchBrowser();
    admin = await adminBrowser.newPage();
  });
  afterAll(async () => {
    await adminBrowser?.close();
    await focalBrowser?.close();
  });

  it('the first administrator chooses a password through the link the server printed', async () => {
    expect(adminSetupLink.startsWith(`${baseUrl}/invitation#`)).toBe(true);
    await admin.page.goto(adminSetupLink);
    await heading(admin.page, 'Welcome').waitFor();
    expect(await admin.page.getByText(E2E_ADMIN_EMAIL).count()).toBe(1);
    await choosePassword(admin.page, ADMIN_PASSWORD);
    await admin.page.getByRole('link', { name: 'Go to the sign-in page' }).click();
    await heading(admin.page, 'Sign in').waitFor();
  });

  it('has no serious accessibility violation on the sign-in page, also when it shows an error', async () => {
    await expectNoSeriousA11yViolations(admin.page, 'the sign-in page');
    await signIn(admin.page, E2E_ADMIN_EMAIL, 'not the right password');
    await admin.page
      .getByRole('alert')
      .getByText('The e-mail address or the password is not right.')
      .waitFor();
    await expectNoSeriousA11yViolations(admin.page, 'the sign-in page with an error');
  });

  it('signs in and must set up an authenticator app, then sees ten recovery codes once', async () => {
    await signIn(admin.page, E2E_ADMIN_EMAIL, ADMIN_PASSWORD);
    await heading(admin.page, 'Set up two-step verification').waitFor();
    await admin.page.getByRole('img', { name: 'QR code to scan with your authenticator app' }).waitFor();
    const key = (await admin.page.getByTestId('totp-key').textContent()) ?? '';
    expect(key.replace(/\s+/g, '')).toMatch(/^[A-Z2-7]{32}$/);

    await admin.page.getByLabel(/^Verification code/).fill(totpCode(key));
    await admin.page.getByRole('button', { name: 'Confirm' }).click();
    await heading(admin.page, 'Save your recovery codes').waitFor();
    const codes = await admin.page
      .getByRole('list', { name: 'Recovery codes' })
      .getByRole('listitem')
      .allTextContents();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    await expectNoSeriousA11yViolations(admin.page, 'the recovery codes step');

    await admin.page.getByRole('button', { name: 'I have saved them – continue' }).click();
    await heading(admin.page, 'Your account').waitFor();
    expect(new URL(admin.page.url()).pathname).toBe('/account');
    expect(await admin.page.getByText('On', { exact: true }).count()).toBe(1);
    await admin.page.getByRole('table', { name: 'Active sessions' }).waitFor();
    await expectNoSeriousA11yViolations(admin.page, 'the account page');
  });

  it('invites a focal point from the users page, and the invitation arrives by SMTP', {
    timeout: 90_000,
  }, async () => {
    const banner = admin.page.getByRole('banner');
    await banner.getByRole('button', { name: /ISU administrator/ }).click();
    await banner.getByRole('link', { name: 'Users' }).click();
    await heading(admin.page, 'Users').waitFor();
    await admin.page.getByRole('table', { name: 'User accounts' }).waitFor();
    await expectNoSeriousA11yViolations(admin.page, 'the users page');

    await admin.page.getByRole('button', { name: 'Invite a user' }).click();
    const dialog = admin.page.getByRole('dialog', { name: 'Invite a user' });
    await dialog.getByLabel(/^E-mail address/).fill(FOCAL_EMAIL);
    await dialog.getByLabel(/^Name/).fill('Lin Focal');
    await dialog.getByLabel(/^Role/).selectOption('state_focal_point');
    await dialog.getByLabel(/^State/).fill('LAO');
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await admin.page.getByText(`Invitation sent to ${FOCAL_EMAIL}.`).waitFor();
    await admin.page.getByRole('row', { name: /Lin Focal/ }).waitFor();
    expect(seriousProblems(admin)).toEqual([]);

    const mail = await waitForMail(mailDir, FOCAL_EMAIL);
    expect(mail.subject).toContain('Your account');
    const link = /(https?:\/\/\S+\/invitation#\S+)/.exec(mail.text)?.[1];
    expect(link?.startsWith(`${baseUrl}/invitation#`)).toBe(true);

    // The focal point, in a browser of their own.
    focalBrowser = await launchBrowser();
    const focal = await focalBrowser.newPage();
    await focal.page.goto(link ?? '');
    await heading(focal.page, 'Welcome').waitFor();
    await choosePassword(focal.page, FOCAL_PASSWORD);

    await focal.page.getByRole('link', { name: 'Go to the sign-in page' }).click();
    await heading(focal.page, 'Sign in').waitFor();
    await signIn(focal.page, FOCAL_EMAIL, FOCAL_PASSWORD);
    // No second factor is required of a focal point: straight to their account.
    await heading(focal.page, 'Your account').waitFor();

    await focal.page.goto(`${baseUrl}/admin/users`);
    await heading(focal.page, 'You do not have access to this page').waitFor();
    expect(await focal.page.getByRole('table').count()).toBe(0);
    expect(seriousProblems(focal)).toEqual([]);
  });

  it('keeps the users table usable on a 360 px phone: it scrolls inside its box, not the page', async () => {
    const phone = await adminBrowser.newPage();
    await phone.page.setViewportSize({ width: 360, height: 740 });
    await phone.page.goto(`${baseUrl}/admin/users`);
    await phone.page.getByRole('table', { name: 'User accounts' }).waitFor();
    const pageWidth = await phone.page.evaluate<number>('document.scrollingElement.scrollWidth');
    expect(pageWidth).toBeLessThanOrEqual(360);
    const region = phone.page.getByRole('region', { name: 'User accounts' });
    const [clientWidth, scrollWidth] = await region.evaluate((element) => [
      element.clientWidth,
      element.scrollWidth,
    ]);
    expect(scrollWidth).toBeGreaterThan(clientWidth ?? 0);
    await phone.page.close();
  });
});
