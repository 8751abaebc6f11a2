import { screen, waitFor, within } from '@testing-library/react';
import { limits } from '../../../shared/limits';
import { installFakeApi, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { focalUser, referenceRoutes, staffUser, summary } from './fixtures-view';

const published = [
  summary(),
  summary({
    id: '8b2f1d2f-3a5c-4d4e-8f90-1b2c3d4e5f60',
    iso3: 'ZZB',
    stateName: 'Borduria',
    kind: 'initial',
    year: 2013,
    receivedOn: '2013-09-30',
    dueOn: '2013-08-28',
    onTime: false,
  }),
];

/** The server's answer: filtered by year, then cut into pages of `size` (its default page size). */
function listApi(routes: Record<string, unknown> = {}, size = 50) {
  return installFakeApi({
    ...referenceRoutes,
    'GET /reports': (request) => {
      const year = request.query.get('year');
      const items = year ? published.filter((r) => String(r.year) === year) : published;
      const page = Number(request.query.get('page') ?? 1);
      const pageSize = Number(request.query.get('pageSize') ?? size);
      const start = (page - 1) * pageSize;
      return ok({ items: items.slice(start, start + pageSize), total: items.length, page, pageSize });
    },
    ...(routes as Record<string, never>),
  });
}

// The module's first import (transformed on the fly) can take seconds on a busy machine.
beforeAll(() => import('./ReportsRoutes'), 30_000);

describe('reports list', { timeout: 20_000 }, () => {
  it('shows published reports with their status, and sends each filter and sort to the server', async () => {
    const api = listApi();
    const { user } = await renderApp('/reports');
    expect(await screen.findByRole('heading', { level: 1, name: 'Article 7 reports' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Article 7 reports by State and year' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent(
      /Atlantis.*Annual report 2024.*Published.*30 April 2024.*28 April 2024.*Yes/,
    );
    expect(rows[2]).toHaveTextContent(/Borduria.*Initial report \(2013\).*No/);
    expect(within(table).getByRole('link', { name: 'Annual report 2024 of Atlantis' })).toHaveAttribute(
      'href',
      '/reports/7a1e0c1e-2f4b-4c3d-9e8f-0a1b2c3d4e5f',
    );
    // Nothing for people who are not signed in to do.
    expect(screen.queryByRole('link', { name: 'Start a report' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Record a report received/ })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2024');
    await waitFor(() => expect(api.callsTo('GET /reports').at(-1)?.query.get('year')).toBe('2024'));
    expect(await screen.findByText('1 result')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of report' }), 'annual');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'published');
    await user.type(screen.getByRole('searchbox', { name: 'State' }), 'Atl');
    await waitFor(() => expect(api.callsTo('GET /reports').at(-1)?.query.get('q')).toBe('Atl'));
    await user.click(screen.getByRole('button', { name: /^State/ }));
    await waitFor(() => expect(api.callsTo('GET /reports').at(-1)?.query.get('sort')).toBe('state'));

    const last = api.callsTo('GET /reports').at(-1);
    const expected = 'year=2024&q=Atl&kind=annual&status=published&sort=state&order=asc';
    expect(last?.query.toString()).toBe(expected);
    expect(screen.getByRole('link', { name: 'Export the list (CSV)' })).toHaveAttribute(
      'href',
      `/api/v1/reports/export.csv?${expected}`,
    );
    expect(screen.getByRole('link', { name: 'Export the list (Excel)' })).toHaveAttribute(
      'href',
      `/api/v1/reports/export.xlsx?${expected}`,
    );
    expect(screen.getByRole('columnheader', { name: /^State/ })).toHaveAttribute('aria-sort', 'ascending');
    // One page holds everything: no pager.
    expect(screen.queryByRole('navigation', { name: 'Pages' })).not.toBeInTheDocument();
  });

  it('pages through the list keeping the filters, and starts again from page 1 when a filter changes', async () => {
    const api = listApi({}, 1);
    const { user } = await renderApp('/reports?status=published&sort=state&order=asc');
    const table = await screen.findByRole('table', { name: 'Article 7 reports by State and year' });
    expect(within(table).getByText('Atlantis')).toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: 'Pages' });
    expect(pager).toHaveTextContent('Page 1 of 2 · 2 results');
    expect(within(pager).getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(api.callsTo('GET /reports').at(-1)?.query.get('page')).toBe('2'));
    expect(api.callsTo('GET /reports').at(-1)?.query.toString()).toBe(
      'status=published&sort=state&order=asc&page=2',
    );
    expect(await within(table).findByText('Borduria')).toBeInTheDocument();
    expect(within(table).queryByText('Atlantis')).not.toBeInTheDocument();
    expect(pager).toHaveTextContent('Page 2 of 2');
    expect(within(pager).getByRole('button', { name: 'Next page' })).toBeDisabled();
    // The exports take every matching report, whatever the page.
    expect(screen.getByRole('link', { name: 'Export the list (CSV)' })).toHaveAttribute(
      'href',
      '/api/v1/reports/export.csv?status=published&sort=state&order=asc',
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2024');
    await waitFor(() => expect(api.callsTo('GET /reports').at(-1)?.query.get('year')).toBe('2024'));
    expect(api.callsTo('GET /reports').at(-1)?.query.has('page')).toBe(false);
    expect(await screen.findByText('1 result')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pages' })).not.toBeInTheDocument();
  });

  it('opens at the page in the address', async () => {
    const api = listApi({}, 1);
    await renderApp('/reports?page=2');
    const table = await screen.findByRole('table', { name: 'Article 7 reports by State and year' });
    expect(within(table).getByText('Borduria')).toBeInTheDocument();
    expect(api.callsTo('GET /reports').at(-1)?.query.toString()).toBe('page=2');
    expect(screen.getByRole('navigation', { name: 'Pages' })).toHaveTextContent('Page 2 of 2');
  });

  it('offers staff the reports not started, without a link, and the record-received page', async () => {
    listApi({
      ...signedInAs(staffUser),
      'GET /reports': ok({
        items: [
          summary({
            id: null,
            iso3: 'ZZB',
            stateName: 'Borduria',
            status: 'not_started',
            receivedOn: null,
            onTime: null,
            channel: null,
            latestVersion: null,
            publishedVersion: null,
          }),
        ],
        total: 1,
      }),
    });
    await renderApp('/reports');
    const table = await screen.findByRole('table', { name: 'Article 7 reports by State and year' });
    expect(within(table).getByText('Not started')).toBeInTheDocument();
    expect(within(table).queryByRole('link')).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Record a report received outside the platform' }),
    ).toHaveAttribute('href', '/reports/received');
    expect(screen.getByRole('link', { name: 'Reporting compliance' })).toHaveAttribute(
      'href',
      '/reports/compliance',
    );
    const status = screen.getByRole('combobox', { name: 'Status' });
    expect(within(status).getByRole('option', { name: 'Not started' })).toBeInTheDocument();
  });

  it("gives a focal point the link to start a report and its own State's reports in progress", async () => {
    const api = listApi({
      ...signedInAs(focalUser),
      'GET /reports': (request: { query: URLSearchParams }) =>
        request.query.get('state') === 'ZZA'
          ? ok({
              items: [summary({ status: 'draft', year: 2026, receivedOn: null, onTime: null }), summary()],
              total: 2,
            })
          : ok({ items: published, total: 2 }),
    });
    await renderApp('/reports');
    expect(await screen.findByRole('link', { name: 'Start a report' })).toHaveAttribute(
      'href',
      '/reports/start',
    );
    const own = await screen.findByRole('table', {
      name: 'Drafts, submissions and corrections not yet published',
    });
    expect(within(own).getAllByRole('row')).toHaveLength(2);
    expect(within(own).getByText('Draft')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Reports of Atlantis in progress' })).toBeInTheDocument();
    // All of the State's reports in one answer, whatever the page size of the list below.
    const ownCall = api.callsTo('GET /reports').find((c) => c.query.get('state') === 'ZZA');
    expect(ownCall?.query.get('pageSize')).toBe(String(limits.maxPageSize));
    expect(screen.queryByRole('link', { name: /Record a report received/ })).not.toBeInTheDocument();
  });
});
