import { screen } from '@testing-library/react';
import { apiError, installFakeApi, ok } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const TOKEN = 'inv_4fJ9kQ2mX8pL1zR7vB3nC6';

describe('invitation page', () => {
  it('reads the token from the fragment, shows whose account it is, and puts a 400 on the password field', {
    timeout: 30_000,
  }, async () => {
    let attempt = 0;
    const api = installFakeApi({
      'POST /auth/tokens/describe': ({ body }) =>
        (body as { token: string }).token === TOKEN
          ? ok({ email: 'lin@mofa.gov.la', name: 'Lin Focal', purpose: 'invitation' })
          : apiError(404, 'not_found'),
      'POST /auth/invitations/accept': () =>
        ++attempt === 1
          ? apiError(400, 'validation_failed', 'body.password: is too common; choose another', {
              issues: [{ path: 'body.password', message: 'is too common; choose another' }],
            })
          : ok(undefined, 204),
    });
    const { user } = await renderApp(`/invitation#${TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome' })).toBeInTheDocument();
    expect(
      screen.getByText(/An account has been opened for Lin Focal \(lin@mofa\.gov\.la\)/),
    ).toBeInTheDocument();
    expect(api.callsTo('POST /auth/tokens/describe')[0]?.body).toEqual({ token: TOKEN });

    const password = screen.getByLabelText(/^New password/);
    expect(password).toHaveAccessibleDescription(expect.stringContaining('At least 12 characters'));

    // Too short and not confirmed: caught before sending.
    await user.type(password, 'short');
    await user.click(screen.getByRole('button', { name: 'Activate my account' }));
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Use at least 12 characters.'));
    expect(api.callsTo('POST /auth/invitations/accept')).toHaveLength(0);

    await user.clear(password);
    await user.type(password, 'password1234');
    await user.type(screen.getByLabelText(/^Confirm the new password/), 'password1234');
    await user.click(screen.getByRole('button', { name: 'Activate my account' }));

    // The server's refusal is shown on the field, linked to it for screen readers.
    expect(await screen.findByText('This password is too common. Choose another one.')).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining('This password is too common.'));
    expect(api.callsTo('POST /auth/invitations/accept')[0]?.body).toEqual({
      token: TOKEN,
      password: 'password1234',
    });

    await user.clear(password);
    await user.type(password, 'seven blue herons at dusk');
    await user.clear(screen.getByLabelText(/^Confirm the new password/));
    await user.type(screen.getByLabelText(/^Confirm the new password/), 'seven blue herons at dusk');
    await user.click(screen.getByRole('button', { name: 'Activate my account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your account is active' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Go to the sign-in page' })).toHaveAttribute('href', '/sign-in');
    // The token only ever travelled in request bodies, never in a URL.
    expect(api.calls.every((call) => !call.url.includes(TOKEN))).toBe(true);
  });

  it('explains a link that is unknown, used or expired', async () => {
    installFakeApi({ 'POST /auth/tokens/describe': apiError(404, 'not_found') });
    await renderApp(`/invitation#${TOKEN}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link does not work' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ask the ISU to send you a new invitation/)).toBeInTheDocument();
  });

  it('does not accept a password-reset token as an invitation', async () => {
    installFakeApi({
      'POST /auth/tokens/describe': ok({ email: 'a@b.org', name: 'A', purpose: 'password_reset' }),
    });
    await renderApp(`/invitation#${TOKEN}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link does not work' }),
    ).toBeInTheDocument();
  });
});

describe('forgotten password', () => {
  it('always shows the same confirmation', async () => {
    const api = installFakeApi({ 'POST /auth/password-reset': ok(undefined, 202) });
    const { user } = await renderApp('/forgot-password');
    await user.type(await screen.findByLabelText(/E-mail address/), 'nobody@example.org');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your e-mail' })).toHaveFocus();
    expect(api.callsTo('POST /auth/password-reset')[0]?.body).toEqual({ email: 'nobody@example.org' });
  });
});
