import { screen, waitFor, within } from '@testing-library/react';
import { apiError, installFakeApi, makeCurrentUser, ok } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

describe('sign-in page', () => {
  it('signs in through the TOTP step, then goes to the page the person was heading to, in their language', {
    timeout: 30_000,
  }, async () => {
    const user = makeCurrentUser({ name: 'Sophie Martin', role: 'isu_staff', language: 'fr' });
    let stage = 'anonymous';
    const api = installFakeApi({
      'GET /auth/session': () => ok({ stage }),
      'GET /auth/me': () => (stage === 'signed_in' ? ok(user) : apiError(401, 'unauthenticated')),
      'POST /auth/sign-in': () => {
        stage = 'totp';
        return ok({ status: 'totp_required' });
      },
      'POST /auth/totp': ({ body }) => {
        if ((body as { code: string }).code !== '654321') {
          return apiError(400, 'validation_failed', 'body.code: …', {
            issues: [{ path: 'body.code', message: 'is not valid, has expired or was already used' }],
          });
        }
        stage = 'signed_in';
        return ok({ status: 'signed_in', user });
      },
      'GET /account/sessions': ok({ items: [] }),
    });

    // An anonymous visitor opening /account is sent to sign in first.
    const { user: person } = await renderApp('/account');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();

    await person.type(screen.getByLabelText(/E-mail address/), 'sophie@isu.test');
    await person.type(screen.getByLabelText(/^Password/), 'correct horse battery');
    await person.click(screen.getByRole('button', { name: 'Sign in' }));

    const totpHeading = await screen.findByRole('heading', { level: 1, name: 'Two-step verification' });
    expect(totpHeading).toHaveFocus();
    expect(api.callsTo('POST /auth/sign-in')[0]?.body).toEqual({
      email: 'sophie@isu.test',
      password: 'correct horse battery',
    });

    // A rejected code is reported on the field itself.
    const code = screen.getByLabelText(/Verification code or recovery code/);
    await person.type(code, '123456');
    await person.click(screen.getByRole('button', { name: 'Verify' }));
    expect(
      await screen.findByText('This code is not valid, has expired or was already used.'),
    ).toBeInTheDocument();
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(expect.stringContaining('This code is not valid'));

    await person.clear(code);
    await person.type(code, '654321');
    await person.click(screen.getByRole('button', { name: 'Verify' }));

    // Back at /account, now in French (the saved language), with the name in the header.
    expect(await screen.findByRole('heading', { level: 1, name: 'Votre compte' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(
      within(screen.getByRole('banner')).getByRole('button', { name: /Sophie Martin/ }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST /auth/totp').map((call) => call.body)).toEqual([
      { code: '123456' },
      { code: '654321' },
    ]);
  });

  it('explains wrong credentials, and how long to wait when the account is locked', {
    timeout: 30_000,
  }, async () => {
    const api = installFakeApi({
      'POST /auth/sign-in': apiError(
        401,
        'unauthenticated',
        'The e-mail address or the password is not right',
      ),
    });
    const { user: person } = await renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });

    // Empty fields are caught before anything is sent.
    await person.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText(/E-mail address/)).toHaveAccessibleDescription('Enter your e-mail address.');
    expect(api.callsTo('POST /auth/sign-in')).toHaveLength(0);

    await person.type(screen.getByLabelText(/E-mail address/), 'someone@isu.test');
    await person.type(screen.getByLabelText(/^Password/), 'not the password');
    await person.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The e-mail address or the password is not right.',
    );

    api.on(
      'POST /auth/sign-in',
      apiError(429, 'rate_limited', 'Too many attempts', { retryAfterSeconds: 540 }),
    );
    await person.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Try again in 9 minutes.'));
  });

  it('resumes at the code step when the page is reloaded half-way through signing in', async () => {
    installFakeApi({ 'GET /auth/session': ok({ stage: 'totp' }) });
    await renderApp('/sign-in');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Two-step verification' }),
    ).toBeInTheDocument();
  });
});
