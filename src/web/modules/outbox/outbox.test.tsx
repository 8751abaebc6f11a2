import { screen, waitFor, within } from '@testing-library/react';
import { installFakeApi, makeCurrentUser, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const message = {
  id: '00000000-0000-4000-8000-00000000a001',
  recipient: 'lin@mofa.gov.la',
  subject: 'Your account on the CCM Implementation Support Unit platform',
  body: 'Dear Lin Focal,\n\nAn account has been opened for you.',
  language: 'en',
  kind: 'invitation',
  status: 'failed',
  attempts: 5,
  lastError: 'connect ECONNREFUSED',
  createdAt: '2026-03-02T10:15:00.000Z',
  sentAt: null,
};

describe('outbox', () => {
  it('filters by status and search, and opens a message to read its body', async () => {
    const api = installFakeApi({
      ...signedInAs(makeCurrentUser()),
      'GET /outbox': ok({ items: [message], total: 1, page: 1, pageSize: 50 }),
    });
    const { user } = await renderApp('/admin/outbox');
    const table = await screen.findByRole('table', { name: 'E-mail messages, newest first' });
    expect(within(table).getByText('Failed')).toBeInTheDocument();
    expect(within(table).getByText('5 attempts')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Read' }));
    expect(within(table).getByText(/An account has been opened for you/)).toBeVisible();
    expect(within(table).getByText('Last error: connect ECONNREFUSED')).toBeVisible();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Failed');
    await user.type(screen.getByRole('searchbox', { name: /Search/ }), 'lin@');
    await waitFor(() =>
      expect(Object.fromEntries(api.callsTo('GET /outbox').at(-1)?.query ?? [])).toEqual({
        status: 'failed',
        q: 'lin@',
        page: '1',
        pageSize: '50',
      }),
    );
  });
});
