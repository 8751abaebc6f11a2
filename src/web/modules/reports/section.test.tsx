import { screen, waitFor, within } from '@testing-library/react';
import { limits } from '../../../shared/limits';
import { installFakeApi, ok } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { laoDetail, STATES, UNIVERSALIZATION } from '../states/test-fixtures';
import { summary } from './fixtures-view';

describe('reports on the State profile', { timeout: 20_000 }, () => {
  it("lists the State's published reports with links", async () => {
    const api = installFakeApi({
      'GET /states/LAO': ok(laoDetail()),
      'GET /states': ok({ items: STATES, total: STATES.length, asOf: '2026-02-03' }),
      'GET /universalization': ok(UNIVERSALIZATION),
      'GET /reports': ok({
        items: [
          summary({ iso3: 'LAO', stateName: 'Lao PDR', year: 2025, receivedOn: '2025-04-30' }),
          summary({ id: null, iso3: 'LAO', status: 'not_started', publishedVersion: null, year: 2026 }),
        ],
        total: 2,
      }),
    });
    await renderApp('/states/LAO');
    const section = await screen.findByRole('region', { name: 'Article 7 reports' });
    const link = await within(section).findByRole('link', { name: 'Annual report 2025' });
    expect(link).toHaveAttribute('href', '/reports/7a1e0c1e-2f4b-4c3d-9e8f-0a1b2c3d4e5f');
    expect(section).toHaveTextContent('received on 30 April 2025');
    expect(within(section).queryByText(/2026/)).not.toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('GET /reports')[0]?.query.get('state')).toBe('LAO'));
    // Every report of the State in one answer, not the list's first page.
    expect(api.callsTo('GET /reports')[0]?.query.get('pageSize')).toBe(String(limits.maxPageSize));
  });
});
