import { screen, waitFor, within } from '@testing-library/react';
import { apiError, installFakeApi, makeCurrentUser, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const sessions = [
  {
    id: 'a'.repeat(32),
    createdAt: '2026-03-01T08:00:00Z',
    lastSeenAt: '2026-03-02T09:00:00Z',
    ip: '10.0.0.1',
    userAgent: 'Firefox on Linux',
    current: true,
  },
  {
    id: 'b'.repeat(32),
    createdAt: '2026-02-20T08:00:00Z',
    lastSeenAt: '2026-02-21T09:00:00Z',
    ip: '10.0.0.2',
    userAgent: 'Safari on iPhone',
    current: false,
  },
];

describe('account page', () => {
  it('lists sessions with the current one marked, and ends another one', { timeout: 30_000 }, async () => {
    const api = installFakeApi({
      ...signedInAs(makeCurrentUser({ role: 'coordinator', name: 'Chris Coord', totpEnabled: false })),
      'GET /account/sessions': ok({ items: sessions }),
      'DELETE /account/sessions/:id': ok(undefined, 204),
    });
    const { user } = await renderApp('/account');
    const table = await screen.findByRole('table', { name: 'Active sessions' });
    const current = within(table).getByRole('row', { name: /Firefox on Linux/ });
    expect(within(current).getByText('This browser')).toBeInTheDocument();
    expect(within(current).queryByRole('button', { name: 'End session' })).not.toBeInTheDocument();

    const other = within(table).getByRole('row', { name: /Safari on iPhone/ });
    await user.click(within(other).getByRole('button', { name: 'End session' }));
    await waitFor(() =>
      expect(api.callsTo('DELETE /account/sessions/:id')[0]?.path).toBe(
        `/account/sessions/${'b'.repeat(32)}`,
      ),
    );
    // The list is read again afterwards.
    await waitFor(() => expect(api.callsTo('GET /account/sessions').length).toBe(2));

    // Two-step verification is off for this coordinator, with a way to set it up.
    expect(screen.getByText('Off')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set up two-step verification' })).toBeInTheDocument();
  });

  it('shows a wrong current password on its field', { timeout: 30_000 }, async () => {
    installFakeApi({
      ...signedInAs(makeCurrentUser()),
      'GET /account/sessions': ok({ items: sessions }),
      'POST /account/password': apiError(400, 'validation_failed', 'body.currentPassword: is not right', {
        issues: [{ path: 'body.currentPassword', message: 'is not right' }],
      }),
    });
    const { user } = await renderApp('/account');
    const current = await screen.findByLabelText(/^Current password/);
    await user.type(current, 'wrong password');
    await user.type(screen.getByLabelText(/^New password/), 'a brand new passphrase');
    await user.type(screen.getByLabelText(/^Confirm the new password/), 'a brand new passphrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your current password is not right.')).toBeInTheDocument();
    expect(current).toHaveAttribute('aria-invalid', 'true');
    expect(current).toHaveAccessibleDescription('Your current password is not right.');
  });
});
