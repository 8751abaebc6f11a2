import { screen, waitFor, within } from '@testing-library/react';
import { installFakeApi, ok, signedInAs } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import type { ReportDetail } from '../api-editor';
import {
  draftData,
  draftWithoutOrganization,
  editUrl,
  fastTiming,
  focalUser,
  previousData,
  reportDetail,
  reportId,
  states,
} from './test-fixtures';

fastTiming();

function editorApi(report: ReportDetail) {
  return installFakeApi({
    ...signedInAs(focalUser),
    'GET /states': ok(states),
    [`GET /reports/${reportId}`]: ok(report),
    [`PUT /reports/${reportId}/draft`]: (request) => {
      const body = request.body as { revision: number };
      return ok({
        revision: body.revision + 1,
        savedAt: '2025-03-02T09:15:00.000Z',
        findings: { errors: [], warnings: [] },
      });
    },
  });
}

const nav = () => screen.getByRole('navigation', { name: 'Sections' });

describe('report editor', () => {
  it('lists the sections of the format with their status and shows one section at a time', async () => {
    editorApi(reportDetail({ data: draftWithoutOrganization() as ReportDetail['data'] }));
    const { user } = await renderApp(editUrl());
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Annual report 2025: Peru' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const sections = within(await screen.findByRole('navigation', { name: 'Sections' })).getAllByRole(
      'button',
    );
    expect(sections.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^Report header: State Party and national points of contactIncomplete$/),
      'Cover pageComplete',
      'Form A: National implementation measuresUnchanged',
      'Form B: Stockpiles and destructionUnchanged',
      'Form C: Technical characteristics of each type produced, owned or possessedUnchanged',
      'Form D: Cluster munitions retained and transferredUnchanged',
      expect.stringMatching(/^Form E: .*Not applicable$/),
      expect.stringMatching(/^Form F: .*Not applicable$/),
      expect.stringMatching(/^Form G: .*Not applicable$/),
      expect.stringMatching(/^Form H: .*Not applicable$/),
      expect.stringMatching(/^Form I: .*Unchanged$/),
      expect.stringMatching(/^Form J: .*Not applicable$/),
      'Review and submit',
    ]);
    expect(sections[0]).toHaveAttribute('aria-current', 'step');
    // The header: its fields by type, labelled in the interface language.
    expect(screen.getByRole('heading', { level: 2, name: /^Report header/ })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Date of submission/)).toHaveAttribute('type', 'date');
    // An empty date of submission is the day of submission, as the server does it: not missing.
    expect(screen.getByLabelText(/^Date of submission/)).toHaveAccessibleDescription(
      'Left empty, it is the day you submit the report.',
    );
    expect(screen.getByRole('combobox', { name: /^State Party/ })).toHaveValue('Peru');
    expect(screen.getByRole('combobox', { name: /^State Party/ })).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: 'E-mail, row 1' })).toHaveValue('arms.control@example.org');
    // The missing organization is listed, and its link moves focus to the field.
    const checks = screen.getByRole('region', { name: 'Checks' });
    expect(checks).toHaveTextContent('1 missing · 0 errors');
    await user.click(
      within(checks).getByRole('link', {
        name: 'Missing: National point(s) of contact › row 1 › Organization',
      }),
    );
    expect(screen.getByRole('textbox', { name: 'Organization, row 1' })).toHaveFocus();

    await user.click(within(nav()).getByRole('button', { name: /^Form A:/ }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Form A: National implementation measures' }),
    ).toHaveFocus();
    expect(screen.queryByRole('heading', { level: 2, name: /^Report header/ })).not.toBeInTheDocument();
    // Form A offers only "changed" and "unchanged" (article7-forms.md §2).
    const cover = screen.getByRole('group', { name: 'Information in Form A' });
    expect(
      within(cover)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['changed', 'unchanged_since']);
  }, 20_000);

  it("shows the previous report's content for a form marked unchanged, and its fields when changed", async () => {
    const report = reportDetail({
      data: draftData({ cover: { ...draftData().cover, B: { choice: 'changed' } } }) as ReportDetail['data'],
    });
    const api = editorApi(report);
    const { user } = await renderApp(editUrl('B'));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Form B: Stockpiles and destruction' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Changed' })).toBeChecked();
    const stockpile = screen.getByRole('table', { name: /^Cluster munitions under jurisdiction/ });
    expect(within(stockpile).getByRole('textbox', { name: 'Type of cluster munition, row 1' })).toHaveValue(
      'M26 rocket',
    );
    expect(screen.queryByRole('region', { name: /read only/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Unchanged since' }));
    const year = screen.getByRole('textbox', { name: 'Year of the last report that gave this information' });
    expect(year).toHaveValue('2024');
    const previous = screen.getByRole('region', { name: 'As given in the annual report 2024 (read only)' });
    expect(within(previous).getAllByText('M26 rocket').length).toBeGreaterThan(0);
    expect(within(previous).queryByRole('textbox')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('textbox', { name: 'Type of cluster munition, row 1' }),
    ).not.toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('PUT /reports/:id/draft').length).toBeGreaterThan(0));
    const saved = api.callsTo('PUT /reports/:id/draft').at(-1)?.body as {
      data: { cover: Record<string, unknown> };
    };
    expect(saved.data.cover.B).toEqual({ choice: 'unchanged_since', year: 2024 });

    await user.click(screen.getByRole('radio', { name: 'Not applicable' }));
    expect(
      screen.getByText('This form is marked not applicable: it is not part of the report.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /read only/ })).not.toBeInTheDocument();
  }, 20_000);

  it('adds a row, removes one and undoes the removal, moving focus sensibly', async () => {
    const api = editorApi(reportDetail());
    const { user } = await renderApp(editUrl());
    await screen.findByRole('textbox', { name: 'Organization, row 1' });
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    const second = screen.getByRole('textbox', { name: 'Organization, row 2' });
    expect(second).toHaveFocus();
    await user.type(second, 'Ministry of Defence');
    await user.click(screen.getByRole('button', { name: 'Remove row 1' }));
    expect(screen.getByText('Row 1 removed.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Organization, row 1' })).toHaveValue('Ministry of Defence');
    expect(screen.queryByRole('textbox', { name: 'Organization, row 2' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('textbox', { name: 'Organization, row 1' })).toHaveValue(
      'Ministry of Foreign Affairs, Arms Control Division',
    );
    expect(screen.getByRole('textbox', { name: 'Organization, row 1' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Organization, row 2' })).toHaveValue('Ministry of Defence');
    await waitFor(() => {
      const body = api.callsTo('PUT /reports/:id/draft').at(-1)?.body as {
        data: { header: { contacts: unknown[] } };
      };
      expect(body?.data.header.contacts).toEqual([
        previousData.header.contacts && (previousData.header.contacts as unknown[])[0],
        { organization: 'Ministry of Defence' },
      ]);
    });
  }, 20_000);
});
