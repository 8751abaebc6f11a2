import { screen, waitFor, within } from '@testing-library/react';
import { installFakeApi, makeCurrentUser, ok, signedInAs } from '../test/fake-api';
import { renderApp } from '../test/render-app';

describe('route guards', () => {
  it('sends an anonymous visitor to sign in, then back to the page they asked for', {
    timeout: 30_000,
  }, async () => {
    const admin = makeCurrentUser();
    let signedIn = false;
    const api = installFakeApi({
      'GET /auth/session': () => ok({ stage: signedIn ? 'signed_in' : 'anonymous' }),
      'GET /auth/me': ok(admin),
      'POST /auth/sign-in': () => {
        signedIn = true;
        return ok({ status: 'signed_in', user: admin });
      },
      'GET /audit': ok({ items: [], total: 0, page: 1, pageSize: 50 }),
    });
    const { user } = await renderApp('/admin/audit?action=user.');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(api.callsTo('GET /audit')).toHaveLength(0);

    await user.type(screen.getByLabelText(/E-mail address/), 'ana.admin@isu.test');
    await user.type(screen.getByLabelText(/^Password/), 'a good long password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Audit trail' })).toBeInTheDocument();
    // The filter in the original address survived the detour.
    await waitFor(() => expect(api.callsTo('GET /audit').at(-1)?.query.get('action')).toBe('user.'));
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/api/v1/audit/export.csv?action=user.',
    );
  });

  it('shows a focal point a 403 message on the users page, without loading the users', async () => {
    const focalPoint = makeCurrentUser({ name: 'Lin Focal', role: 'state_focal_point', stateIso3: 'LAO' });
    const api = installFakeApi(signedInAs(focalPoint));
    const { user } = await renderApp('/admin/users');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Access refused · Convention on Cluster Munitions');
    expect(api.callsTo('GET /users')).toHaveLength(0);

    // The account menu offers the focal point only their own account.
    const banner = screen.getByRole('banner');
    await user.click(within(banner).getByRole('button', { name: /Lin Focal/ }));
    const links = within(banner)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toContain('Your account');
    expect(links).not.toContain('Users');
    expect(links).not.toContain('Audit trail');
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it("lists the administration pages in an administrator's menu, and signs out", async () => {
    const api = installFakeApi({
      ...signedInAs(makeCurrentUser()),
      'POST /auth/sign-out': ok(undefined, 204),
    });
    const { user } = await renderApp('/');
    const banner = screen.getByRole('banner');
    const toggle = await within(banner).findByRole('button', { name: /Ana Admin/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(banner).getByRole('link', { name: 'Users' })).toHaveAttribute('href', '/admin/users');
    expect(within(banner).getByRole('link', { name: 'Audit trail' })).toHaveAttribute('href', '/admin/audit');
    expect(within(banner).getByRole('link', { name: 'Outbox' })).toHaveAttribute('href', '/admin/outbox');

    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();

    await user.click(toggle);
    await user.click(within(banner).getByRole('button', { name: 'Sign out' }));
    expect(await within(banner).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(api.callsTo('POST /auth/sign-out')).toHaveLength(1);
  });
});
