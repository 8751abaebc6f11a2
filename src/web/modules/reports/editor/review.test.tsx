import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReportData } from '../../../../domain/reports/report-data';
import { installFakeApi, ok, signedInAs } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import type { ReportDetail } from '../api-editor';
import {
  completeDraft,
  draftData,
  draftWithoutOrganization,
  editUrl,
  fastTiming,
  focalUser,
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
    [`PUT /reports/${reportId}/draft`]: (request) =>
      ok({
        revision: (request.body as { revision: number }).revision + 1,
        savedAt: '2025-03-02T09:15:00.000Z',
        findings: { errors: [], warnings: [] },
      }),
  });
}

const asDetail = (data: ReportData) => data as ReportDetail['data'];

describe('checks and submission', () => {
  it('shows a stockpile that does not balance next to the figure and in the checks', async () => {
    const base = draftData();
    const data = draftData({
      cover: { ...base.cover, B: { choice: 'changed' } },
      B: {
        programmeStatus: 'Destruction continues.',
        stockpile: [
          {
            type: 'M26 rocket',
            munitionsAtStart: 100,
            submunitionsAtStart: 0,
            munitionsAtEnd: 100,
            submunitionsAtEnd: 0,
          },
        ],
      },
    });
    editorApi(reportDetail({ data: asDetail(data) }));
    const { user } = await renderApp(editUrl('B'));
    const stockpile = await screen.findByRole(
      'table',
      { name: /^Cluster munitions under jurisdiction/ },
      { timeout: 10_000 },
    );
    const end = within(stockpile).getByRole('textbox', {
      name: 'Cluster munitions at the end of the period, row 1',
    });
    expect(end).not.toHaveAttribute('aria-invalid');

    await user.clear(end);
    await user.type(end, '90');
    const expected =
      'For “M26 rocket”, the end of the period (90) should equal the start (100) + discovered (0) − destroyed (0) − transferred or retained (0) = 100.';
    // Under load the debounced checks can run between clearing and typing ("Required"): wait for
    // the final message rather than for the first invalid state.
    await waitFor(() => expect(end).toHaveAccessibleDescription(expected));
    expect(end).toHaveAttribute('aria-invalid', 'true');
    const checks = screen.getByRole('region', { name: 'Checks' });
    // The figures are compared with those of the 2024 report.
    expect(checks).toHaveTextContent('0 missing · 1 error · 4 warnings');
    expect(checks).toHaveTextContent(
      'Warning: Cluster munitions under jurisdiction or control (Art. 3(1)), by type (Art. 7(1)(b)): The quantity at the start of the period (100) differs from the end of the previous report (990).',
    );
    const link = within(checks).getByRole('link', {
      name: new RegExp(`row 1 › Cluster munitions at the end of the period: ${expected.slice(0, 20)}`),
    });
    await user.click(screen.getByRole('textbox', { name: /^Status and progress/ }));
    await user.click(link);
    expect(end).toHaveFocus();
    expect(
      within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('button', { name: /^Form B/ }),
    ).toHaveTextContent('Incomplete');
  }, 20_000);

  it('reports cleared areas larger than the contaminated ones', async () => {
    const base = draftData();
    const data = draftData({
      cover: { ...base.cover, F: { choice: 'changed' } },
      F: {
        contaminatedAreas: [{ location: 'North', areaSqm: 1000, status: 'confirmed' }],
        clearedAreas: [{ location: 'North', areaSqm: 1500 }],
      },
    });
    editorApi(reportDetail({ data: asDetail(data) }));
    await renderApp(editUrl('F'));
    const checks = await screen.findByRole('region', { name: 'Checks' }, { timeout: 10_000 });
    await waitFor(() =>
      expect(checks).toHaveTextContent(
        '1,500 m² cleared in “North” is more than the 1,000 m² reported contaminated there.',
      ),
    );
  }, 20_000);

  it('keeps "Submit report" disabled while problems remain, then submits and confirms the version', async () => {
    const api = editorApi(reportDetail({ data: asDetail(draftWithoutOrganization()) }));
    api.on(
      `POST /reports/${reportId}/submit`,
      ok({ ...reportDetail(), status: 'submitted', latestVersion: 1 }),
    );
    const { user } = await renderApp(editUrl('review'));
    const submit = await screen.findByRole('button', { name: 'Submit report' }, { timeout: 10_000 });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription(
      'The report cannot be submitted yet: 1 problem listed above must be solved first.',
    );
    // The review lists what is missing; its link leads to the field, in its section.
    await user.click(
      screen.getByRole('link', { name: 'Missing: National point(s) of contact › row 1 › Organization' }),
    );
    const organization = await screen.findByRole('textbox', { name: 'Organization, row 1' });
    expect(organization).toHaveFocus();
    await user.type(organization, 'Foreign Ministry');
    fireEvent.change(screen.getByLabelText(/^Date of submission/), { target: { value: '2025-04-20' } });
    await user.click(
      within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('button', {
        name: 'Review and submit',
      }),
    );
    const ready = await screen.findByRole('button', { name: 'Submit report' });
    await waitFor(() => expect(ready).toBeEnabled());
    expect(screen.getByText('Nothing is missing: the report can be submitted.')).toBeInTheDocument();
    // Not a correction: no note is asked for.
    expect(screen.queryByRole('textbox', { name: /correction change/ })).not.toBeInTheDocument();

    await user.click(ready);
    expect(await screen.findByRole('heading', { level: 2, name: 'Report submitted' })).toBeInTheDocument();
    expect(screen.getByText(/^Version 1 of the report has been recorded/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the report page' })).toHaveAttribute(
      'href',
      `/reports/${reportId}`,
    );
    expect(screen.getByRole('link', { name: 'Download the report (PDF)' })).toHaveAttribute(
      'href',
      `/api/v1/reports/${reportId}/document.pdf?lang=en&version=1`,
    );
    // The draft was saved before submitting, and the submission names the saved revision.
    const saves = api.callsTo('PUT /reports/:id/draft');
    const lastSave = saves.at(-1)?.body as { revision: number; data: { header: Record<string, unknown> } };
    expect(lastSave.data.header.submissionDate).toBe('2025-04-20');
    expect((lastSave.data.header.contacts as Record<string, unknown>[])[0]?.organization).toBe(
      'Foreign Ministry',
    );
    expect(api.callsTo('POST /reports/:id/submit')[0]?.body).toEqual({
      revision: lastSave.revision + 1,
      note: null,
    });
  }, 25_000);

  it('starts a correction of a submitted report, asks for a note, and can discard it', async () => {
    const submitted = reportDetail({
      status: 'submitted',
      latestVersion: 2,
      draftRevision: null,
      shows: 2,
      abilities: { edit: false, submit: false, amend: true, discardCorrection: false },
    });
    const correcting = reportDetail({
      status: 'submitted',
      latestVersion: 2,
      data: asDetail(completeDraft()),
      correctionInProgress: true,
      abilities: { edit: true, submit: true, amend: false, discardCorrection: true },
    });
    const api = editorApi(submitted);
    api.on(`POST /reports/${reportId}/amend`, () => {
      api.on(`GET /reports/${reportId}`, ok(correcting));
      return ok(correcting);
    });
    api.on(`DELETE /reports/${reportId}/draft`, () => {
      api.on(`GET /reports/${reportId}`, ok(submitted));
      return { status: 204 };
    });
    const { user } = await renderApp(editUrl());
    expect(
      await screen.findByText(
        'This report was submitted (version 2) and is not published yet.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start a correction' }));
    await screen.findByRole('navigation', { name: 'Sections' });
    expect(api.callsTo('POST /reports/:id/amend')).toHaveLength(1);

    await user.click(
      within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('button', {
        name: 'Review and submit',
      }),
    );
    expect(
      await screen.findByRole('textbox', { name: 'What does this correction change?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit the correction' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Discard the correction' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard the correction?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));
    expect(
      await screen.findByText('The correction was discarded; version 2 stays as submitted.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start a correction' })).toBeInTheDocument();
    expect(api.callsTo('DELETE /reports/:id/draft')).toHaveLength(1);
  }, 25_000);

  it('deletes a draft never submitted, after asking, and returns to "Start a report"', async () => {
    const api = editorApi(
      reportDetail({
        abilities: { edit: true, submit: true, amend: false, discardCorrection: false, deleteDraft: true },
      }),
    );
    api.on(`DELETE /reports/${reportId}/draft`, { status: 204 });
    const { user } = await renderApp(editUrl());
    await user.click(await screen.findByRole('button', { name: 'Delete the draft' }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the draft?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Start a report' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('The draft was deleted.');
    expect(api.callsTo('DELETE /reports/:id/draft')).toHaveLength(1);
    expect(api.callsTo('PUT /reports/:id/draft')).toHaveLength(0);
  }, 20_000);
});
