import { screen, waitFor, within } from '@testing-library/react';
import { apiError, type FakeApi, installFakeApi, makeCurrentUser, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { STATES, UNIVERSALIZATION } from './test-fixtures';

let api: FakeApi;

beforeEach(() => {
  api = installFakeApi({
    'GET /universalization': ok(UNIVERSALIZATION),
    'GET /states': ({ query }) => {
      const status = query.get('status');
      const q = query.get('q')?.toLowerCase();
      const items = STATES.filter(
        (s) => (!status || s.status === status) && (!q || s.names.en.toLowerCase().includes(q)),
      );
      return ok({ items, total: items.length, asOf: query.get('asOf') ?? '2026-02-03' });
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

const table = () => screen.findByRole('table', { name: 'States and their status under the Convention' });
const rowNames = async () =>
  within(await table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('States dashboard', () => {
  it('shows the headline counts, counts by region, the chart and every State with a link', async () => {
    await renderApp('/states');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'States and universalization' }),
    ).toBeVisible();
    expect(document.title).toBe('States and universalization · Convention on Cluster Munitions');
    const counts = await screen.findByTestId('headline-counts');
    await waitFor(() => expect(counts).toHaveTextContent('States Parties112'));
    expect(counts).toHaveTextContent('In force111');
    expect(counts).toHaveTextContent('Signatories12');
    expect(counts).toHaveTextContent('Not party72');

    const regions = screen.getByRole('table', { name: /by regional grouping/ });
    expect(within(regions).getByRole('row', { name: /Africa/ })).toHaveTextContent('Africa37089054');
    expect(
      screen.getByRole('img', { name: /4 States Parties at the end of 2008, 48 in 2010/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Dubrovnik Action Plan: 130 States Parties — 130 by 31 December 2020', {
        selector: 'li',
      }),
    ).toBeInTheDocument();

    expect(await rowNames()).toEqual([
      'Angola',
      "Lao People's Democratic Republic",
      'Lithuania',
      'Tuvalu',
      'United States of America',
      'Vanuatu',
    ]);
    expect(screen.getByRole('link', { name: 'Angola' })).toHaveAttribute('href', '/states/AGO');
    expect(screen.getByText('6 States')).toBeInTheDocument();
  });

  it('sorts by a column on click, announcing the order with aria-sort, and empty dates last', async () => {
    const { user } = await renderApp('/states');
    await table();
    const header = () => screen.getByRole('columnheader', { name: /Entry into force/ });
    expect(screen.getByRole('columnheader', { name: 'State' })).toHaveAttribute('aria-sort', 'ascending');
    expect(header()).not.toHaveAttribute('aria-sort');

    await user.click(within(header()).getByRole('button'));
    expect(header()).toHaveAttribute('aria-sort', 'ascending');
    expect(await rowNames()).toEqual([
      "Lao People's Democratic Republic",
      'Lithuania',
      'Vanuatu',
      'Angola',
      'Tuvalu',
      'United States of America',
    ]);

    await user.click(within(header()).getByRole('button'));
    expect(header()).toHaveAttribute('aria-sort', 'descending');
    expect((await rowNames()).slice(0, 3)).toEqual([
      'Vanuatu',
      'Lithuania',
      "Lao People's Democratic Republic",
    ]);
  });

  it('sends the filters to the API, keeps them in the address and in the export links', async () => {
    const { user } = await renderApp('/states');
    await table();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'signatory');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Regional grouping' }), 'africa');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ang');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(async () => expect(await rowNames()).toEqual(['Angola']));
    const last = api.callsTo('GET /states').at(-1);
    expect(Object.fromEntries(last?.query ?? [])).toEqual({
      status: 'signatory',
      ccmRegion: 'africa',
      q: 'ang',
    });
    expect(screen.getByText('1 State')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/v1/states/export.csv?status=signatory&ccmRegion=africa&q=ang&lang=en',
    );
    expect(screen.getByRole('link', { name: 'Download Excel' })).toHaveAttribute(
      'href',
      '/api/v1/states/export.xlsx?status=signatory&ccmRegion=africa&q=ang&lang=en',
    );

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(async () => expect(await rowNames()).toHaveLength(6));
  });

  it('shows the whole page on another date: counts, map and list "as of" that day', async () => {
    const { user } = await renderApp('/states');
    await table();
    const date = screen.getByLabelText('Status on');
    await user.clear(date);
    await user.type(date, '2015-06-30');
    await user.click(screen.getByRole('button', { name: 'Show' }));

    await waitFor(() =>
      expect(api.callsTo('GET /universalization').at(-1)?.query.get('asOf')).toBe('2015-06-30'),
    );
    const asOfs = api.callsTo('GET /states').map((call) => call.query.get('asOf'));
    expect(asOfs).toContain('2015-06-30');
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toContain(
      'asOf=2015-06-30',
    );
  });

  it('shows names in the interface language', async () => {
    await renderApp('/states', 'fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'États et universalisation' })).toBeVisible();
    await screen.findByRole('table', { name: 'Les États et leur situation au regard de la Convention' });
    expect(screen.getByRole('link', { name: 'République démocratique populaire lao' })).toHaveAttribute(
      'href',
      '/states/LAO',
    );
    expect(screen.getAllByText('Signataire').length).toBeGreaterThan(0);
  });

  it('lets staff edit a target, saving with its version; a 409 says why and reloads it', async () => {
    for (const [route, handler] of Object.entries(signedInAs(makeCurrentUser({ role: 'isu_staff' })))) {
      api.on(route, handler);
    }
    const target = UNIVERSALIZATION.targets[0];
    let attempts = 0;
    api.on('PUT /universalization/targets/:id', () => {
      attempts += 1;
      return attempts === 1 ? apiError(409, 'conflict') : ok({ ...target, parties: 140, version: 3 });
    });
    const { user } = await renderApp('/states');
    await user.click(await screen.findByRole('button', { name: /^Edit target/ }));
    const parties = screen.getByRole('spinbutton', { name: 'Number of States Parties' });
    await user.clear(parties);
    await user.type(parties, '140');
    const loads = api.callsTo('GET /universalization').length;
    await user.click(screen.getByRole('button', { name: 'Save the target' }));

    expect(
      await screen.findByText(/Someone saved this target while you were editing it/),
    ).toBeInTheDocument();
    expect(api.callsTo('PUT /universalization/targets/:id')[0]?.body).toEqual({
      version: 1,
      label: target?.label,
      parties: 140,
      byDate: '2020-12-31',
      source: target?.source,
    });
    await waitFor(() => expect(api.callsTo('GET /universalization').length).toBeGreaterThan(loads));

    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: /^Edit target/ }));
    await user.click(screen.getByRole('button', { name: 'Save the target' }));
    expect(await screen.findByText('Target saved.')).toBeInTheDocument();
  });
});
