import { screen, waitFor, within } from '@testing-library/react';
import { apiError, type FakeApi, installFakeApi, makeCurrentUser, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import type { UserSummary } from './api';

const admin = makeCurrentUser();
const none = {
  edit: false,
  changeRole: false,
  deactivate: false,
  reactivate: false,
  resendInvitation: false,
};

function summary(overrides: Partial<UserSummary>): UserSummary {
  return {
    id: '00000000-0000-4000-8000-000000000099',
    email: 'someone@example.org',
    name: 'Someone',
    role: 'coordinator',
    stateIso3: null,
    language: 'en',
    status: 'active',
    totpEnabled: false,
    lastSignInAt: null,
    createdAt: '2026-01-15T09:30:00.000Z',
    version: 1,
    abilities: { ...none },
    ...overrides,
  };
}

const self = summary({
  id: admin.id,
  email: admin.email,
  name: 'Ana Admin',
  role: 'isu_admin',
  abilities: { ...none, edit: true },
});
const invited = summary({
  id: '00000000-0000-4000-8000-000000000002',
  email: 'lin@mofa.gov.la',
  name: 'Lin Focal',
  role: 'state_focal_point',
  stateIso3: 'LAO',
  status: 'invited',
  version: 3,
  abilities: { ...none, edit: true, changeRole: true, deactivate: true, resendInvitation: true },
});
const deactivated = summary({
  id: '00000000-0000-4000-8000-000000000003',
  email: 'dee@example.org',
  name: 'Dee Former',
  status: 'deactivated',
  abilities: { ...none, edit: true, changeRole: true, reactivate: true },
});

function usersApi(total = 3): FakeApi {
  return installFakeApi({
    ...signedInAs(admin),
    'GET /users': ok({ items: [self, invited, deactivated], total, page: 1, pageSize: 25 }),
  });
}

/** The query string of the latest GET /users, as sorted key=value pairs. */
function lastListQuery(api: FakeApi): Record<string, string> {
  const call = api.callsTo('GET /users').at(-1);
  return Object.fromEntries(call?.query ?? []);
}

describe('users administration', () => {
  it('builds the list query from sorting, search, filters and pages', { timeout: 30_000 }, async () => {
    const api = usersApi(60);
    const { user } = await renderApp('/admin/users');
    const table = await screen.findByRole('table', { name: 'User accounts' });
    expect(lastListQuery(api)).toEqual({ sort: 'name', order: 'asc', page: '1', pageSize: '25' });
    const header = (name: string) =>
      within(table).getByRole('columnheader', { name: new RegExp(`^${name}`) });
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');

    await user.click(within(header('E-mail address')).getByRole('button'));
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ sort: 'email', order: 'asc' }));
    expect(header('E-mail address')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Name')).not.toHaveAttribute('aria-sort');

    await user.click(within(header('E-mail address')).getByRole('button'));
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ sort: 'email', order: 'desc' }));
    expect(header('E-mail address')).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ page: '2' }));
    expect(screen.getByText(/Page 2 of 3/)).toBeInTheDocument();

    // Searching and filtering go back to the first page and keep the sort order.
    await user.type(screen.getByRole('searchbox', { name: /Search/ }), 'lin');
    await waitFor(() => expect(lastListQuery(api)).toMatchObject({ q: 'lin', page: '1' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'National focal point');
    await user.type(screen.getByRole('textbox', { name: /^State/ }), 'lao');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Invited');
    await waitFor(() =>
      expect(lastListQuery(api)).toEqual({
        q: 'lin',
        role: 'state_focal_point',
        stateIso3: 'LAO',
        status: 'invited',
        sort: 'email',
        order: 'desc',
        page: '1',
        pageSize: '25',
      }),
    );
  });

  it('offers on each row only the actions its abilities allow', async () => {
    usersApi();
    await renderApp('/admin/users');
    await screen.findByRole('table', { name: 'User accounts' });
    const actionsOf = (name: string) =>
      within(screen.getByRole('row', { name: new RegExp(name) }))
        .queryAllByRole('button')
        .map((button) => button.textContent);

    expect(actionsOf('Ana Admin')).toEqual(['Edit']);
    expect(actionsOf('Lin Focal')).toEqual(['Edit', 'Resend invitation', 'Deactivate']);
    expect(actionsOf('Dee Former')).toEqual(['Edit', 'Reactivate']);
  });

  it('invites a focal point, asking for the State only for that role', { timeout: 30_000 }, async () => {
    const api = usersApi();
    api.on('POST /users', ({ body }) =>
      ok(summary({ ...(body as Partial<UserSummary>), status: 'invited' }), 201),
    );
    const { user } = await renderApp('/admin/users');
    await user.click(await screen.findByRole('button', { name: 'Invite a user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite a user' });

    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Role' }),
      'Presidency / Coordinator',
    );
    expect(within(dialog).queryByRole('textbox', { name: /State/ })).not.toBeInTheDocument();
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Role' }), 'National focal point');

    await user.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));
    expect(within(dialog).getByRole('textbox', { name: /State/ })).toHaveAccessibleDescription(
      expect.stringContaining('A national focal point must have a State.'),
    );
    expect(api.callsTo('POST /users')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /E-mail address/ }), 'new@mofa.gov.la');
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'New Focal');
    await user.type(within(dialog).getByRole('textbox', { name: /State/ }), 'lao');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Language/ }), 'fr');
    const listCalls = api.callsTo('GET /users').length;
    await user.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));

    expect(await screen.findByText('Invitation sent to new@mofa.gov.la.')).toBeInTheDocument();
    expect(api.callsTo('POST /users')[0]?.body).toEqual({
      email: 'new@mofa.gov.la',
      name: 'New Focal',
      role: 'state_focal_point',
      stateIso3: 'LAO',
      language: 'fr',
    });
    await waitFor(() => expect(api.callsTo('GET /users').length).toBeGreaterThan(listCalls));
  });

  it('sends the version when editing, and asks to reload on a 409 conflict', async () => {
    const api = usersApi();
    api.on('PATCH /users/:id', apiError(409, 'conflict', 'This account was changed by someone else'));
    const { user } = await renderApp('/admin/users');
    await user.click(await screen.findByRole('button', { name: 'Edit Lin Focal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Lin Focal' });
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'Lin Vongsa');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await within(dialog).findByText('Changed by someone else')).toBeInTheDocument();
    const patch = api.callsTo('PATCH /users/:id')[0];
    expect(patch?.path).toBe(`/users/${invited.id}`);
    expect(patch?.body).toEqual({
      version: 3,
      name: 'Lin Vongsa',
      role: 'state_focal_point',
      stateIso3: 'LAO',
      language: 'en',
    });

    const listCalls = api.callsTo('GET /users').length;
    await user.click(within(dialog).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(api.callsTo('GET /users').length).toBeGreaterThan(listCalls));
  });

  it('deactivates only after confirmation', async () => {
    const api = usersApi();
    api.on('POST /users/:id/deactivate', () => ok({ ...invited, status: 'deactivated' }));
    const { user } = await renderApp('/admin/users');
    await user.click(await screen.findByRole('button', { name: 'Deactivate Lin Focal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Lin Focal?' });
    expect(api.callsTo('POST /users/:id/deactivate')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    expect(await screen.findByText('Lin Focal is deactivated.')).toBeInTheDocument();
    expect(api.callsTo('POST /users/:id/deactivate')[0]?.path).toBe(`/users/${invited.id}/deactivate`);
  });
});
