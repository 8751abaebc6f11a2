import { screen, waitFor, within } from '@testing-library/react';
import { installFakeApi, makeCurrentUser, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const event = {
  id: '101',
  occurredAt: '2026-03-02T10:15:00.000Z',
  actorId: '00000000-0000-4000-8000-000000000001',
  actorEmail: 'ana.admin@isu.test',
  actorRole: 'isu_admin',
  action: 'user.updated',
  entityType: 'user',
  entityId: '00000000-0000-4000-8000-000000000002',
  before: { name: 'Lin Focal' },
  after: { name: 'Lin Vongsa' },
  requestId: 'req-42',
  ip: '127.0.0.1',
};

describe('audit trail', () => {
  it('filters, expands an event to show before and after, and exports the same filters as CSV', async () => {
    const api = installFakeApi({
      ...signedInAs(makeCurrentUser()),
      'GET /audit': ok({ items: [event], total: 1, page: 1, pageSize: 50 }),
    });
    const { user } = await renderApp('/admin/audit');
    const table = await screen.findByRole('table', { name: 'Audit events, newest first' });
    expect(within(table).getByText('user.updated')).toBeInTheDocument();

    const toggle = within(table).getByRole('button', { name: 'Show details' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(details).toBeVisible();
    expect(details).toHaveTextContent('"name": "Lin Focal"');
    expect(details).toHaveTextContent('"name": "Lin Vongsa"');

    await user.type(screen.getByRole('textbox', { name: /^Action/ }), 'user.');
    await user.type(screen.getByRole('textbox', { name: /^By/ }), 'ana.admin@isu.test');
    await user.type(screen.getByLabelText('From'), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(Object.fromEntries(api.callsTo('GET /audit').at(-1)?.query ?? [])).toEqual({
        actor: 'ana.admin@isu.test',
        action: 'user.',
        from: '2026-03-01',
        page: '1',
        pageSize: '50',
      }),
    );
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/api/v1/audit/export.csv?actor=ana.admin%40isu.test&action=user.&from=2026-03-01',
    );
  });
});
