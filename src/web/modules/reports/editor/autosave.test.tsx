import { screen, waitFor, within } from '@testing-library/react';
import { apiError, installFakeApi, ok, signedInAs } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import type { ReportDetail } from '../api-editor';
import { draftData, editUrl, fastTiming, focalUser, reportDetail, reportId, states } from './test-fixtures';

fastTiming();

type SaveBody = { revision: number; data: { header: Record<string, unknown> } };
const savedAnswer = (revision: number) =>
  ok({ revision, savedAt: '2025-03-02T09:15:00.000Z', findings: { errors: [], warnings: [] } });

function editorApi(report: ReportDetail = reportDetail()) {
  return installFakeApi({
    ...signedInAs(focalUser),
    'GET /states': ok(states),
    [`GET /reports/${reportId}`]: ok(report),
    [`PUT /reports/${reportId}/draft`]: (request) => savedAnswer((request.body as SaveBody).revision + 1),
  });
}

const organization = (row: number) => screen.getByRole('textbox', { name: `Organization, row ${row}` });

describe('autosave', () => {
  it('saves a moment after typing stops, naming the revision, and says when', async () => {
    const api = editorApi();
    const { user } = await renderApp(editUrl());
    await screen.findByRole('textbox', { name: 'Organization, row 1' }, { timeout: 10_000 });
    expect(screen.getByText(/^Saved at/)).toBeInTheDocument();
    await user.clear(organization(1));
    await user.type(organization(1), 'Foreign Ministry');
    await screen.findByText(/^Saved at/);
    await waitFor(() => {
      const last = api.callsTo('PUT /reports/:id/draft').at(-1)?.body as SaveBody | undefined;
      const contacts = (last?.data.header.contacts ?? []) as { organization: string }[];
      expect(contacts[0]?.organization).toBe('Foreign Ministry');
    });
    const saves = api.callsTo('PUT /reports/:id/draft').map((call) => (call.body as SaveBody).revision);
    // One request at a time, each naming the revision the previous one returned.
    expect(saves[0]).toBe(3);
    expect(saves).toEqual(saves.map((_, i) => 3 + i));

    // Closing the tab asks only while something is unsaved.
    const quiet = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(quiet);
    expect(quiet.defaultPrevented).toBe(false);
  }, 20_000);

  it('keeps the input and offers a retry when saving fails', async () => {
    const api = editorApi();
    api.on(`PUT /reports/${reportId}/draft`, apiError(503, 'unavailable', 'down'));
    const { user } = await renderApp(editUrl());
    await screen.findByRole('textbox', { name: 'Organization, row 1' }, { timeout: 10_000 });
    await user.type(organization(1), ' (Geneva)');
    expect(await screen.findByText(/^Not saved:/)).toBeInTheDocument();
    expect(organization(1)).toHaveValue('Ministry of Foreign Affairs, Arms Control Division (Geneva)');
    const leave = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leave);
    expect(leave.defaultPrevented).toBe(true);

    api.on(`PUT /reports/${reportId}/draft`, (request) =>
      savedAnswer((request.body as SaveBody).revision + 1),
    );
    await user.click(screen.getByRole('button', { name: 'Retry saving' }));
    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument();
  }, 20_000);

  it('stops on a conflict and overwrites only when asked, with the current revision', async () => {
    const api = editorApi();
    api.on(
      `PUT /reports/${reportId}/draft`,
      apiError(409, 'conflict', 'stale', {
        currentRevision: 7,
        updatedAt: '2025-03-02T08:00:00.000Z',
        updatedBy: 'Ana Other',
      }),
    );
    const { user } = await renderApp(editUrl());
    await screen.findByRole('textbox', { name: 'Organization, row 1' }, { timeout: 10_000 });
    await user.type(organization(1), ' (Lima)');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else saved this report');
    expect(alert).toHaveTextContent('Ana Other saved a newer version at');
    expect(screen.getByText(/^Not saved: saving is paused/)).toBeInTheDocument();
    const refused = api.callsTo('PUT /reports/:id/draft').length;
    // More typing does not try again behind the person's back.
    await user.type(organization(1), '!');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(api.callsTo('PUT /reports/:id/draft')).toHaveLength(refused);

    api.on(`PUT /reports/${reportId}/draft`, (request) =>
      savedAnswer((request.body as SaveBody).revision + 1),
    );
    await user.click(within(alert).getByRole('button', { name: 'Keep mine (overwrite)' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    const overwrite = api.callsTo('PUT /reports/:id/draft').at(-1)?.body as SaveBody;
    expect(overwrite.revision).toBe(7);
    expect((overwrite.data.header.contacts as { organization: string }[])[0]?.organization).toBe(
      'Ministry of Foreign Affairs, Arms Control Division (Lima)!',
    );
    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument();
  }, 20_000);

  it("loads the other person's version and shows one's own changes for copying", async () => {
    const api = editorApi();
    api.on(`PUT /reports/${reportId}/draft`, apiError(409, 'conflict', 'stale', { currentRevision: 9 }));
    const { user } = await renderApp(editUrl());
    await screen.findByRole('textbox', { name: 'Organization, row 1' }, { timeout: 10_000 });
    await user.clear(organization(1));
    await user.type(organization(1), 'My ministry');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A newer version of this draft was saved from another session.');

    const theirs = draftData();
    theirs.header = { ...theirs.header, contacts: [{ organization: 'Their ministry' }] };
    api.on(
      `GET /reports/${reportId}`,
      ok(reportDetail({ data: theirs as ReportDetail['data'], draftRevision: 9 })),
    );
    api.on(`PUT /reports/${reportId}/draft`, (request) =>
      savedAnswer((request.body as SaveBody).revision + 1),
    );
    await user.click(
      within(alert).getByRole('button', { name: 'Load their version (your changes are shown for copying)' }),
    );
    await waitFor(() => expect(organization(1)).toHaveValue('Their ministry'));
    const mine = screen.getByRole('region', { name: 'Your changes, for copying' });
    const copy = within(mine).getByRole('textbox', { name: /National point\(s\) of contact › row 1$/ });
    expect((copy as HTMLTextAreaElement).value).toContain('Organization: My ministry');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // Saving resumes from their revision.
    await user.type(organization(1), ' and mine');
    await waitFor(() =>
      expect((api.callsTo('PUT /reports/:id/draft').at(-1)?.body as SaveBody | undefined)?.revision).toBe(9),
    );
  }, 20_000);
});
