import { screen, waitFor, within } from '@testing-library/react';
import { installFakeApi, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { coordinatorUser, focalUser, row, staffUser, states } from './test-fixtures';

const items = [
  row('LAO', "Lao People's Democratic Republic", { currentDeadline: '2025-08-01', status: 'overdue' }),
  row('LBN', 'Lebanon', {
    originalDeadline: '2021-05-01',
    currentDeadline: '2026-05-01',
    status: 'due_within_12_months',
    extensions: [
      {
        requestedOn: '2020-06-01',
        requestedUntil: '2026-05-01',
        decision: 'granted',
        grantedUntil: '2026-05-01',
        decidedAt: '2RC',
      },
    ],
  }),
  row('PER', 'Peru', {
    article: '3',
    originalDeadline: '2021-03-01',
    currentDeadline: '2024-04-01',
    status: 'completed_on_time',
    completedOn: '2023-12-15',
  }),
];

function dashboardApi(user = staffUser) {
  return installFakeApi({
    ...signedInAs(user),
    'GET /states': ok(states),
    'GET /obligations': (request) =>
      ok({
        asOf: request.query.get('asOf') ?? '2026-03-01',
        items: items.filter((o) => !request.query.get('status') || o.status === request.query.get('status')),
        total: items.length,
      }),
  });
}

describe('compliance dashboard', () => {
  it('lists what is overdue, what falls due in 12 months, counts per article and every obligation', async () => {
    dashboardApi();
    await renderApp('/obligations/dashboard');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Compliance dashboard' }),
    ).toBeInTheDocument();
    const overdue = await screen.findByRole('region', { name: 'Overdue now (1)' });
    expect(within(overdue).getByRole('link', { name: "Lao People's Democratic Republic" })).toHaveAttribute(
      'href',
      '/obligations/states/LAO',
    );
    const upcoming = screen.getByRole('region', { name: 'Deadlines in the next 12 months (1)' });
    expect(upcoming).toHaveTextContent(
      'Lebanon · Art. 4 clearance of cluster munition remnants · 1 May 2026',
    );

    const counts = screen.getByRole('table', { name: 'Obligations that apply, by article' });
    const art4 = within(counts).getByRole('row', { name: /Art\. 4 clearance/ });
    expect(
      within(art4)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '1', '1', '1', '0']);

    const table = screen.getByRole('table', { name: 'Obligations of States Parties' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Peru',
      "Lao People's Democratic Republic",
      'Lebanon',
    ]);
    expect(within(rows[0] as HTMLElement).getByText('Completed on time')).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('15 December 2023')).toBeInTheDocument();
  });

  it('sends every filter to the API and to the export links, and sorts the table', async () => {
    const api = dashboardApi();
    const { user } = await renderApp('/obligations/dashboard');
    await screen.findByRole('table', { name: 'Obligations of States Parties' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Obligation' }), '4');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'overdue');
    await user.selectOptions(screen.getByRole('combobox', { name: 'CCM region' }), 'asia_pacific');
    const state = screen.getByRole('combobox', { name: 'State' });
    await user.type(state, 'Lebano');
    expect(api.callsTo('GET /obligations').at(-1)?.query.get('state')).toBeNull();
    await user.clear(state);
    // A State counts once the text names it, accents and case aside.
    await user.click(state);
    await user.paste("lao people's democratic republic");
    const asOf = screen.getByLabelText(/^Status on/);
    await user.click(asOf);
    await user.paste('2026-01-01');

    const expected = 'status=overdue&article=4&ccmRegion=asia_pacific&state=LAO&asOf=2026-01-01';
    await waitFor(() => expect(api.callsTo('GET /obligations').at(-1)?.query.toString()).toBe(expected));
    // The summaries count every status: the same query without it.
    expect(api.calls.some((c) => c.query.toString() === expected.replace('status=overdue&', ''))).toBe(true);
    expect(screen.getByRole('link', { name: 'Download as CSV' })).toHaveAttribute(
      'href',
      `/api/v1/obligations/export.csv?${expected}`,
    );
    expect(screen.getByRole('link', { name: 'Download as Excel' })).toHaveAttribute(
      'href',
      `/api/v1/obligations/export.xlsx?${expected}`,
    );
    expect(screen.getByRole('link', { name: 'Deadlines calendar (.ics)' })).toHaveAttribute(
      'href',
      '/api/v1/obligations/calendar.ics?state=LAO',
    );

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Download as CSV' })).toHaveAttribute(
        'href',
        '/api/v1/obligations/export.csv',
      ),
    );
    expect(screen.getByRole('combobox', { name: 'State' })).toHaveValue('');

    const table = screen.getByRole('table', { name: 'Obligations of States Parties' });
    await user.click(within(table).getByRole('button', { name: /State/ }));
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent);
    expect(names()).toEqual(["Lao People's Democratic Republic", 'Lebanon', 'Peru']);
    await user.click(within(table).getByRole('button', { name: /State/ }));
    expect(names()).toEqual(['Peru', 'Lebanon', "Lao People's Democratic Republic"]);
    expect(within(table).getByRole('columnheader', { name: /State/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  }, 20_000);

  it('is open to coordinators, refused to focal points, and asks visitors to sign in', async () => {
    dashboardApi(coordinatorUser);
    const first = await renderApp('/obligations/dashboard');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Compliance dashboard' }),
    ).toBeInTheDocument();
    first.unmount();

    dashboardApi(focalUser);
    const second = await renderApp('/obligations/dashboard');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
    second.unmount();

    installFakeApi();
    await renderApp('/obligations/dashboard');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });
});
