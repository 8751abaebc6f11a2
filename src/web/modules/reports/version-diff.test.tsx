import { screen, within } from '@testing-library/react';
import { apiError, installFakeApi, ok } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { reportDetail, reportId, states } from './editor/test-fixtures';

const diff = {
  from: 2,
  to: 3,
  changes: [
    {
      path: 'header.submissionDate',
      section: 'header',
      kind: 'changed',
      before: '2025-04-20',
      after: '2025-04-28',
      description:
        'Report header: State Party and national points of contact › Date of submission: 2025-04-20 → 2025-04-28',
    },
    {
      path: 'B.stockpile[0].munitionsAtEnd',
      section: 'B',
      kind: 'changed',
      before: 1200,
      after: 800,
      description:
        'Form B: Stockpiles and destruction › Cluster munitions under jurisdiction or control › row 1 › Cluster munitions at the end of the period: 1,200 → 800',
    },
    {
      path: 'B.destroyed[1]',
      section: 'B',
      kind: 'added',
      after: { type: 'BL755 bomb', munitions: 110 },
      description:
        'Form B: Stockpiles and destruction › Cluster munitions and explosive submunitions destroyed › row 2: added (type: BL755 bomb; munitions: 110)',
    },
  ],
};

/** A version this reader may read, as the report lists it. */
const version = (number: number) => ({
  number,
  submittedAt: `2025-0${number + 3}-20T10:00:00Z`,
  submittedBy: 'Ada Focal',
  receivedOn: '2025-04-20',
  note: null,
  channel: 'platform' as const,
  published: true,
});

describe('differences between versions', () => {
  it('lists the changes of version 3 by section, with the values before and after', async () => {
    const api = installFakeApi({
      'GET /states': ok(states),
      [`GET /reports/${reportId}`]: ok(
        reportDetail({
          status: 'published',
          latestVersion: 3,
          publishedVersion: 3,
          versions: [version(1), version(2), version(3)],
        }),
      ),
      [`GET /reports/${reportId}/versions/3/diff`]: ok(diff),
    });
    await renderApp(`/reports/${reportId}/versions/3/diff`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Changes in version 3' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Version 3 compared with version 2.')).toBeInTheDocument();
    expect(screen.getByText('Annual report 2025: Peru')).toBeInTheDocument();
    const asked = api.callsTo('GET /reports/:id/versions/:number/diff')[0]?.query;
    expect(asked?.get('lang')).toBe('en');
    expect(asked?.has('against')).toBe(false);

    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual(['Report header', 'Form B']);
    const formB = screen.getByRole('table', { name: 'Form B' });
    const rows = within(formB).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const [figure, added] = rows as [HTMLElement, HTMLElement];
    expect(within(figure).getByRole('rowheader')).toHaveTextContent(
      /^Changed Form B: .* period: 1,200 → 800$/,
    );
    expect(
      within(figure)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1,200', '800']);
    expect(
      within(added)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['—', 'type: BL755 bomb\nmunitions: 110']);
    expect(screen.getByRole('link', { name: 'Changes in version 2' })).toHaveAttribute(
      'href',
      `/reports/${reportId}/versions/2/diff`,
    );
    expect(screen.getByRole('link', { name: 'Back to the report' })).toHaveAttribute(
      'href',
      `/reports/${reportId}`,
    );
  }, 20_000);

  it('compares with the version named in the address, and offers no earlier one the reader may not read', async () => {
    // The public reads versions 1 and 3 only: version 2 was never published.
    const api = installFakeApi({
      'GET /states': ok(states),
      [`GET /reports/${reportId}`]: ok(
        reportDetail({
          status: 'published',
          latestVersion: 3,
          publishedVersion: 3,
          versions: [version(1), version(3)],
        }),
      ),
      [`GET /reports/${reportId}/versions/3/diff`]: ok({ ...diff, from: 1 }),
    });
    await renderApp(`/reports/${reportId}/versions/3/diff?against=1`);
    expect(
      await screen.findByText('Version 3 compared with version 1.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(api.callsTo('GET /reports/:id/versions/:number/diff')[0]?.query.get('against')).toBe('1');
    expect(screen.queryByRole('link', { name: /^Changes in version/ })).not.toBeInTheDocument();
  }, 20_000);

  it('says so when there is no earlier version the reader may read', async () => {
    installFakeApi({
      'GET /states': ok(states),
      [`GET /reports/${reportId}`]: ok(
        reportDetail({ status: 'published', latestVersion: 2, publishedVersion: 2, versions: [version(2)] }),
      ),
      [`GET /reports/${reportId}/versions/2/diff`]: apiError(
        400,
        'validation_failed',
        'Some information is missing or not valid.',
        {
          issues: [{ path: 'query.against', message: 'there is no version 1 you may read' }],
        },
      ),
    });
    await renderApp(`/reports/${reportId}/versions/2/diff`);
    expect(
      await screen.findByText(
        'There is no earlier version of this report you may read to compare it with.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  }, 20_000);
});
