import { screen, within } from '@testing-library/react';
import { installFakeApi, makeCurrentUser, ok } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const RECOVERY_CODES = Array.from({ length: 10 }, (_, i) => `code${i}-abcd${i}`);
const QR_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

describe('second-factor enrolment while signing in (staff without TOTP)', () => {
  it('shows the QR code and key, confirms a code, then shows the ten recovery codes once', {
    timeout: 30_000,
  }, async () => {
    const staff = makeCurrentUser({ name: 'Tomás Ruiz', role: 'isu_admin', totpEnabled: false });
    let stage = 'anonymous';
    const api = installFakeApi({
      'GET /auth/session': () => ok({ stage }),
      'GET /auth/me': () => ok(staff),
      'POST /auth/sign-in': () => {
        stage = 'enrol';
        return ok({ status: 'totp_enrolment_required' });
      },
      'POST /account/totp/enrol': ok({
        secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
        otpauthUrl: 'otpauth://totp/CCM:tomas?secret=JBSWY3DPEHPK3PXPJBSWY3DP',
        qrSvg: QR_SVG,
      }),
      'POST /account/totp/confirm': () => {
        stage = 'signed_in';
        return ok({ recoveryCodes: RECOVERY_CODES });
      },
      'GET /users': ok({ items: [], total: 0, page: 1, pageSize: 25 }),
    });
    const { user } = await renderApp('/sign-in?next=%2Fadmin%2Fusers');
    await user.type(await screen.findByLabelText(/E-mail address/), 'tomas@isu.test');
    await user.type(screen.getByLabelText(/^Password/), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Set up two-step verification' }),
    ).toHaveFocus();
    const qr = await screen.findByRole('img', { name: 'QR code to scan with your authenticator app' });
    expect(qr.getAttribute('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(QR_SVG)}`);
    expect(screen.getByTestId('totp-key')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP');

    // A code that is not six digits is refused before sending.
    const code = screen.getByLabelText(/Verification code/);
    await user.type(code, '12ab');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(code).toHaveAccessibleDescription(
      expect.stringContaining('Enter the 6-digit code shown in your app.'),
    );
    expect(api.callsTo('POST /account/totp/confirm')).toHaveLength(0);

    await user.clear(code);
    await user.type(code, '246810');
    await user.click(screen.getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Save your recovery codes' })).toHaveFocus();
    const list = screen.getByRole('list', { name: 'Recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(RECOVERY_CODES);
    expect(screen.getByText('Shown only once')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download (.txt)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();

    // user-event provides the clipboard; what the button put there can be read back.
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    const copied = await navigator.clipboard.readText();
    for (const recoveryCode of RECOVERY_CODES) expect(copied).toContain(recoveryCode);
    expect(await screen.findByText('The codes are copied to the clipboard.')).toBeInTheDocument();

    // One set-up started (a second POST would replace the secret the person just scanned).
    expect(api.callsTo('POST /account/totp/enrol')).toHaveLength(1);
    expect(api.callsTo('POST /account/totp/confirm')[0]?.body).toEqual({ code: '246810' });

    await user.click(screen.getByRole('button', { name: 'I have saved them – continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
  });
});
