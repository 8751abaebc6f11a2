import { screen, waitFor, within } from '@testing-library/react';
import { apiError, type FakeApi, installFakeApi, makeCurrentUser, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { AGO, laoDetail, STATES, UNIVERSALIZATION } from './test-fixtures';

let api: FakeApi;
const angola = () => ({
  ...AGO,
  withdrawalEffective: null,
  dates: null,
  events: [
    {
      id: '6d1c7a52-1a0e-4d7e-9d0c-9a1a3b1f0000',
      type: 'signature' as const,
      date: '2008-12-03',
      effectiveDate: null,
      notification: null,
      detail: null,
      source: 'UN Treaty Collection',
    },
  ],
  abilities: { recordEvent: true, readOutreach: true },
});

beforeEach(() => {
  api = installFakeApi({
    'GET /states/LAO': ok(laoDetail()),
    'GET /states/AGO': ok(angola()),
    'GET /states': ok({ items: STATES, total: STATES.length, asOf: '2026-02-03' }),
    'GET /universalization': ok(UNIVERSALIZATION),
  });
});
afterEach(() => vi.unstubAllGlobals());

function asStaff() {
  for (const [route, handler] of Object.entries(signedInAs(makeCurrentUser({ role: 'isu_staff' })))) {
    api.on(route, handler);
  }
}

describe('State profile', () => {
  it('shows the name, status, key dates and the timeline of treaty actions in date order', async () => {
    await renderApp('/states/LAO');
    expect(
      await screen.findByRole('heading', { level: 1, name: "Lao People's Democratic Republic" }),
    ).toBeInTheDocument();
    expect(document.title).toBe("Lao People's Democratic Republic · Convention on Cluster Munitions");
    expect(screen.getByText('State Party')).toBeInTheDocument();
    const dates = screen.getByTestId('key-dates');
    expect(dates).toHaveTextContent('Signature3 December 2008');
    expect(dates).toHaveTextContent('Deposit of instrument18 March 2009 (Ratification)');
    expect(dates).toHaveTextContent('Entry into force1 August 2010');
    expect(dates).toHaveTextContent('Initial transparency report due (Art. 7)28 January 2011');
    expect(dates).toHaveTextContent('Stockpile destruction deadline (Art. 3)1 August 2018');
    expect(dates).toHaveTextContent('Clearance deadline (Art. 4)1 August 2020');

    const items = within(screen.getByTestId('timeline')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('3 December 2008 · Signature');
    expect(items[0]).toHaveTextContent('Signed in Oslo');
    expect(items[1]).toHaveTextContent('18 March 2009 · Ratification');
    expect(items[1]).toHaveTextContent('Depositary notification: C.N.150.2009.TREATIES-3');
    expect(items[1]).toHaveTextContent('Source: UN Treaty Collection');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Obligations, reports and meetings' }),
    ).toBeVisible();
    // Anonymous visitors get no form.
    expect(screen.queryByRole('heading', { name: 'Record a treaty action' })).toBeNull();
  });

  it('is in the interface language: name and dates', async () => {
    await renderApp('/states/LAO', 'fr');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'République démocratique populaire lao' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('key-dates')).toHaveTextContent('Entrée en vigueur1 août 2010');
    expect(screen.getByText('État partie')).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown State', async () => {
    api.on('GET /states/XXX', apiError(404, 'not_found', 'State XXX'));
    await renderApp('/states/XXX');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('puts the server rule errors on the right fields when recording an event fails', async () => {
    asStaff();
    api.on(
      'POST /states/AGO/events',
      apiError(400, 'validation_failed', 'Invalid request', {
        issues: [
          {
            path: 'body.type',
            message:
              'a signatory ratifies, accepts or approves; only a State that did not sign accedes (Art. 16)',
          },
          { path: 'body.notification', message: 'must look like C.N.347.2024.TREATIES-XXVI-6' },
        ],
      }),
    );
    const { user } = await renderApp('/states/AGO');
    expect(await screen.findByRole('heading', { level: 2, name: 'Record a treaty action' })).toBeVisible();
    const submit = await screen.findByRole('button', { name: 'Record the action' });

    await user.click(submit);
    expect(await screen.findByText('Enter a date.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Date/)).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('POST /states/AGO/events')).toHaveLength(0);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'accession');
    await user.type(screen.getByLabelText(/^Date/), '2026-01-15');
    await user.type(screen.getByRole('textbox', { name: 'Depositary notification' }), 'CN 12');
    await user.click(submit);

    const action = screen.getByRole('combobox', { name: 'Action' });
    await waitFor(() => expect(action).toHaveAttribute('aria-invalid', 'true'));
    expect(action).toHaveAccessibleDescription(
      'A signatory ratifies, accepts or approves; only a State that did not sign accedes (Art. 16).',
    );
    expect(screen.getByRole('textbox', { name: 'Depositary notification' })).toHaveAccessibleDescription(
      expect.stringContaining('The symbol must look like C.N.347.2024.TREATIES-XXVI-6.'),
    );
    expect(screen.getByLabelText(/^Date/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert', { name: 'The action was not recorded' })).toBeInTheDocument();
    expect(api.callsTo('POST /states/AGO/events')[0]?.body).toEqual({
      type: 'accession',
      date: '2026-01-15',
      effectiveDate: null,
      notification: 'CN 12',
      detail: null,
    });
  });

  it('after recording, shows the new status and reloads the lists and counts', async () => {
    asStaff();
    const ratified = {
      ...angola(),
      status: 'party_not_in_force' as const,
      depositDate: '2026-01-15',
      depositType: 'ratification' as const,
      entryIntoForce: '2026-07-01',
    };
    let recorded = false;
    api.on('GET /states/AGO', () => ok(recorded ? ratified : angola()));
    api.on('POST /states/AGO/events', () => {
      recorded = true;
      return ok(ratified, 201);
    });
    const view = await renderApp('/states/AGO');
    await view.user.selectOptions(await screen.findByRole('combobox', { name: 'Action' }), 'ratification');
    await view.user.type(screen.getByLabelText(/^Date/), '2026-01-15');
    await view.user.click(screen.getByRole('button', { name: 'Record the action' }));

    expect(await screen.findByText('Ratification recorded.')).toBeInTheDocument();
    expect(screen.getByText('Party, not yet in force')).toBeInTheDocument();
    expect(screen.getByTestId('key-dates')).toHaveTextContent('Entry into force1 July 2026');
    // Going back to the dashboard fetches fresh counts and statuses.
    const before = api.callsTo('GET /universalization').length;
    await view.user.click(screen.getByRole('link', { name: 'All States' }));
    await screen.findByRole('heading', { level: 1, name: 'States and universalization' });
    await waitFor(() => expect(api.callsTo('GET /universalization').length).toBeGreaterThan(before));
  });
});
