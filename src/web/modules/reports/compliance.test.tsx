import { screen, within } from '@testing-library/react';
import { installFakeApi, ok } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import type { ReportingRates } from './api';
import { referenceRoutes } from './fixtures-view';

beforeAll(() => import('./ReportsRoutes'), 30_000);

const counts = (due: number, submitted: number, onTime: number) => ({
  due,
  submitted,
  onTime,
  upcoming: 0,
  submittedRate: due === 0 ? null : submitted / due,
  onTimeRate: due === 0 ? null : onTime / due,
});

const rates: ReportingRates = {
  asOf: '2025-06-01',
  items: [
    { year: 2010, initial: counts(0, 0, 0), annual: counts(0, 0, 0) },
    { year: 2023, initial: counts(1, 1, 0), annual: counts(80, 60, 30) },
    { year: 2024, initial: counts(2, 1, 1), annual: counts(90, 72, 45) },
  ],
};

const overdue = {
  asOf: '2025-06-01',
  total: 2,
  items: [
    {
      iso3: 'ZZB',
      stateName: 'Borduria',
      kind: 'initial',
      year: 2013,
      dueDate: '2013-08-28',
      daysOverdue: 4295,
    },
    {
      iso3: 'ZZA',
      stateName: 'Atlantis',
      kind: 'annual',
      year: 2025,
      dueDate: '2025-04-30',
      daysOverdue: 32,
    },
  ],
};

describe('reporting compliance', { timeout: 20_000 }, () => {
  it('shows the rates per year as a table and a chart, and the overdue reports with exports', async () => {
    installFakeApi({
      ...referenceRoutes,
      'GET /reports/rates': ok(rates),
      'GET /reports/overdue': ok(overdue),
    });
    await renderApp('/reports/compliance');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reporting compliance' }),
    ).toBeInTheDocument();

    const table = await screen.findByRole('table', {
      name: 'Initial and annual reports due, submitted and on time, by year',
    });
    const rows = within(table).getAllByRole('row');
    // Two header rows, then the newest year first.
    expect(rows[2]).toHaveTextContent(/^2024\s*2\s*1\s*1\s*90\s*72\s*45\s*80%\s*50%$/);
    expect(rows[3]).toHaveTextContent(/^2023\s*1\s*1\s*0\s*80\s*60\s*30\s*75%\s*38%$/);
    expect(within(table).getByRole('columnheader', { name: 'Annual reports' })).toHaveAttribute(
      'colspan',
      '5',
    );

    // The chart: only years in which reports fell due, three bars each; named and described.
    const chart = screen.getByRole('img', { name: 'Article 7 reports due, submitted and on time, by year' });
    expect(chart).toHaveAccessibleDescription(
      'Initial and annual reports together, 2023 to 2024. In 2024, 73 of the 92 reports due were submitted, 46 on time. The figures are in the table below.',
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(6);
    expect(within(chart).queryByText('2010')).not.toBeInTheDocument();
    expect(screen.getByText('Figures as of 1 June 2025.')).toBeInTheDocument();

    const late = screen.getByRole('table', { name: 'Reports due and not received, most overdue first' });
    const lateRows = within(late).getAllByRole('row');
    expect(lateRows[1]).toHaveTextContent(/Borduria.*Initial report \(2013\).*28 August 2013.*4,295/);
    expect(lateRows[2]).toHaveTextContent(/Atlantis.*Annual report 2025.*30 April 2025.*32/);
    expect(screen.getByText('2 reports overdue.')).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Export the overdue reports (CSV)' })).toHaveAttribute(
      'href',
      '/api/v1/reports/overdue.csv',
    );
    expect(screen.getByRole('link', { name: 'Export the rates (CSV)' })).toHaveAttribute(
      'href',
      '/api/v1/reports/rates.csv',
    );
    expect(screen.getByRole('link', { name: 'Export the rates (Excel)' })).toHaveAttribute(
      'href',
      '/api/v1/reports/rates.xlsx',
    );
  });

  it('shows many overdue reports a page at a time, States in alphabetical order within a day', async () => {
    // 120 reports overdue: Atlantis, Borduria and Cagliostro, each 40 times, all as late as each other.
    const names = { ZZC: 'Cagliostro', ZZA: 'Atlantis', ZZB: 'Borduria' };
    const items = Object.entries(names).flatMap(([iso3, stateName]) =>
      Array.from({ length: 40 }, (_, i) => ({
        iso3,
        stateName,
        kind: 'annual',
        year: 1980 + i,
        dueDate: '2013-04-30',
        daysOverdue: 4415,
      })),
    );
    installFakeApi({
      ...referenceRoutes,
      'GET /reports/rates': ok(rates),
      'GET /reports/overdue': ok({ asOf: '2025-06-01', total: items.length, items }),
    });
    const { user } = await renderApp('/reports/compliance');
    const late = await screen.findByRole('table', {
      name: 'Reports due and not received, most overdue first',
    });
    expect(screen.getByText('120 reports overdue.')).toBeInTheDocument();
    const states = () =>
      within(late)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(states()).toHaveLength(50);
    expect(new Set(states().slice(0, 40))).toEqual(new Set(['Atlantis']));
    expect(states()[40]).toBe('Borduria');
    const pager = screen.getByRole('navigation', { name: 'Pages' });
    expect(pager).toHaveTextContent('Page 1 of 3');

    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    expect(pager).toHaveTextContent('Page 2 of 3');
    expect(states()).toHaveLength(50);
    expect(states()[0]).toBe('Borduria');
    expect(states()[49]).toBe('Cagliostro');
  });
});
