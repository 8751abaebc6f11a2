import { screen, waitFor, within } from '@testing-library/react';
import { installFakeApi, ok, signedInAs } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import type { ReportDetail } from '../api-editor';
import { draftData, editUrl, fastTiming, focalUser, reportDetail, reportId, states } from './test-fixtures';

fastTiming();

type Row = Record<string, string | number>;
const rows: Row[] = Array.from({ length: 50 }, (_, i) => ({
  type: `Type ${i + 1}`,
  munitionsAtStart: 10 * (i + 1),
  submunitionsAtStart: 0,
  munitionsAtEnd: 10 * (i + 1),
  submunitionsAtEnd: 0,
}));

describe('a table of 50 rows', () => {
  it('takes typing in one cell without disturbing the others, and saves the right row', async () => {
    const base = draftData();
    const data = draftData({
      cover: { ...base.cover, B: { choice: 'changed' } },
      B: { programmeStatus: 'Ongoing.', stockpile: rows },
    });
    const api = installFakeApi({
      ...signedInAs(focalUser),
      'GET /states': ok(states),
      [`GET /reports/${reportId}`]: ok(reportDetail({ data: data as ReportDetail['data'] })),
      [`PUT /reports/${reportId}/draft`]: (request) =>
        ok({
          revision: (request.body as { revision: number }).revision + 1,
          savedAt: '2025-03-02T09:15:00.000Z',
          findings: { errors: [], warnings: [] },
        }),
    });
    const { user } = await renderApp(editUrl('B'));
    const table = await screen.findByRole(
      'table',
      { name: /^Cluster munitions under jurisdiction/ },
      { timeout: 10_000 },
    );
    const body = within(table).getAllByRole('rowgroup')[1] as HTMLElement;
    expect(within(body).getAllByRole('row')).toHaveLength(50);

    const type37 = within(table).getByRole('textbox', { name: 'Type of cluster munition, row 37' });
    await user.clear(type37);
    await user.type(type37, 'BLU-63');
    expect(type37).toHaveValue('BLU-63');
    // Tab moves along the row, to the next column.
    await user.tab();
    const start37 = within(table).getByRole('textbox', {
      name: 'Cluster munitions at the start of the period, row 37',
    });
    expect(start37).toHaveFocus();
    await user.clear(start37);
    await user.type(start37, '1,250');
    expect(start37).toHaveValue('1,250');

    expect(within(table).getByRole('textbox', { name: 'Type of cluster munition, row 36' })).toHaveValue(
      'Type 36',
    );
    expect(within(table).getByRole('textbox', { name: 'Type of cluster munition, row 38' })).toHaveValue(
      'Type 38',
    );
    await waitFor(() => {
      const saved = api.callsTo('PUT /reports/:id/draft').at(-1)?.body as {
        data: { B: { stockpile: Row[] } };
      };
      const stockpile = saved?.data.B.stockpile ?? [];
      expect(stockpile).toHaveLength(50);
      expect(stockpile[36]).toEqual({ ...rows[36], type: 'BLU-63', munitionsAtStart: 1250 });
      expect(stockpile.filter((_, i) => i !== 36)).toEqual(rows.filter((_, i) => i !== 36));
    });
    // The new start no longer balances with the end: the checks say so at that row.
    await waitFor(() =>
      expect(
        within(table).getByRole('textbox', { name: 'Cluster munitions at the end of the period, row 37' }),
      ).toHaveAttribute('aria-invalid', 'true'),
    );
  }, 30_000);
});
