import { screen, waitFor, within } from '@testing-library/react';
import { clearanceReport2023, stockpileReport2023 } from '../../../domain/reports/examples';
import { analyticalSummary, type SummaryReport, summaryTrend } from '../../../domain/reports/summary';
import { installFakeApi, ok } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import type { ReportAnalysis } from './api';
import { referenceRoutes } from './fixtures-view';

beforeAll(() => import('./ReportsRoutes'), 30_000);

const stockpile: SummaryReport = {
  iso3: 'ZZA',
  stateName: 'Atlantis',
  ccmRegion: 'europe',
  kind: 'annual',
  data: stockpileReport2023,
};
const clearance: SummaryReport = {
  ...stockpile,
  iso3: 'ZZB',
  stateName: 'Borduria',
  data: clearanceReport2023,
};
const byYear = [
  { year: 2023, reports: [clearance] },
  { year: 2024, reports: [stockpile, clearance] },
];

/** What the server computes, from the domain's own functions and example reports. */
function analysis(year: number): ReportAnalysis {
  const reports = byYear.find((y) => y.year === year)?.reports ?? [];
  return {
    year,
    years: [2024, 2023],
    summary: analyticalSummary(year, reports) as ReportAnalysis['summary'],
    trend: summaryTrend(byYear),
  };
}

describe('analytical summary', { timeout: 20_000 }, () => {
  it('shows the totals and the States of each article with charts, and asks again for another year', async () => {
    const api = installFakeApi({
      ...referenceRoutes,
      'GET /reports/summary': (request) => ok(analysis(Number(request.query.get('year') ?? 2024))),
    });
    const { user } = await renderApp('/reports/summary');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Analytical summary of Article 7 reports' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('2024: 2 reports from 2 State(s).')).toBeInTheDocument();
    expect(api.callsTo('GET /reports/summary')[0]?.query.has('year')).toBe(false);

    const art3 = screen.getByRole('region', { name: 'Article 3: stockpiles and their destruction' });
    // 257,600 M77 and 14,700 BL755 submunitions destroyed (stockpileReport2023).
    expect(
      within(art3).getByText('Explosive submunitions destroyed', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('272,300 (1 State)');
    const art3Table = within(art3).getByRole('table', { name: /, by State$/ });
    expect(within(art3Table).getByRole('rowheader', { name: 'Atlantis' }).closest('tr')).toHaveTextContent(
      /990.*543,130.*500.*272,300/,
    );
    expect(
      within(art3).getByRole('img', { name: 'Explosive submunitions destroyed by State, 2024' }),
    ).toBeInTheDocument();

    const art4 = screen.getByRole('region', {
      name: 'Article 4: contaminated areas, clearance and risk education',
    });
    expect(within(art4).getByText('Area cleared', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      '2,550,000 m² (1 State)',
    );
    expect(
      within(art4).getByText('Risk education measures reported', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('1 State of 1 answering');
    expect(
      within(art4).getByRole('img', { name: 'Area cleared by State, 2024' }),
    ).toHaveAccessibleDescription('1 State: Borduria, 2,550,000 m².');

    // The bars are labelled short ("2.6m m²"); the table under the chart gives the figure in full.
    const byState = within(art4).getByRole('table', { name: 'Area cleared by State, 2024' });
    expect(within(byState).getByRole('rowheader', { name: 'Borduria' }).closest('tr')).toHaveTextContent(
      '2,550,000 m²',
    );

    const trend = screen.getByRole('region', { name: 'Year by year' });
    expect(within(trend).getByRole('img', { name: 'Area cleared by year' })).toBeInTheDocument();
    // The axis shows bare numbers: the key and the table's column say they are square metres.
    expect(within(trend).getByText('Area cleared (m²)', { selector: 'li' })).toBeInTheDocument();
    const areaByYear = within(trend).getByRole('table', { name: 'Area cleared by year' });
    expect(within(areaByYear).getByRole('columnheader', { name: 'Area cleared (m²)' })).toBeInTheDocument();
    expect(within(areaByYear).getByRole('rowheader', { name: '2024' }).closest('tr')).toHaveTextContent(
      '2,550,000',
    );
    expect(screen.getByRole('link', { name: 'Download the 2024 summary (Word)' })).toHaveAttribute(
      'href',
      '/api/v1/reports/summary.docx?year=2024&lang=en',
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Year of the reports' }), '2023');
    await waitFor(() => expect(api.callsTo('GET /reports/summary').at(-1)?.query.get('year')).toBe('2023'));
    expect(await screen.findByText('2023: 1 report from 1 State(s).')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download the 2023 summary (Word)' })).toHaveAttribute(
      'href',
      '/api/v1/reports/summary.docx?year=2023&lang=en',
    );
    expect(
      within(screen.getByRole('region', { name: 'Article 3: stockpiles and their destruction' })).getByText(
        'No State gives these figures this year.',
      ),
    ).toBeInTheDocument();
  });
});
