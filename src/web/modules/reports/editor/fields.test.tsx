import { screen, waitFor, within } from '@testing-library/react';
import { installFakeApi, ok, signedInAs } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import type { ReportDetail } from '../api-editor';
import { draftData, editUrl, fastTiming, focalUser, reportDetail, reportId, states } from './test-fixtures';

fastTiming();

type Saved = { data: Record<string, Record<string, Record<string, unknown>[]>> };

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

const lastSaved = (api: ReturnType<typeof editorApi>) =>
  api.callsTo('PUT /reports/:id/draft').at(-1)?.body as Saved | undefined;

describe('fields by type', () => {
  it('uploads files into a file column and keeps { ref, name }', async () => {
    const base = draftData();
    const data = draftData({
      cover: { ...base.cover, A: { choice: 'changed' } },
      A: { measures: [{ kind: 'legal', instrument: 'Act No. 1' }] },
    });
    const api = editorApi(reportDetail({ data: data as ReportDetail['data'] }));
    api.on(`POST /reports/${reportId}/files`, (request) => {
      const file = (request.body as FormData).get('file') as File;
      return ok(
        { id: '44444444-4444-4444-8444-444444444444', filename: file.name, purpose: 'attachment' },
        201,
      );
    });
    const { user } = await renderApp(editUrl('A'));
    const table = await screen.findByRole(
      'table',
      { name: /^Legal, administrative and other measures/ },
      { timeout: 10_000 },
    );
    expect(within(table).getByRole('combobox', { name: 'Kind of measure, row 1' })).toHaveValue('legal');
    expect(within(table).getByRole('combobox', { name: 'Provides for penal sanctions, row 1' })).toHaveValue(
      '',
    );

    await user.upload(
      within(table).getByLabelText('Upload: Text of the measure, row 1'),
      new File(['%PDF-1.4'], 'act-1.pdf', { type: 'application/pdf' }),
    );
    expect(
      await within(table).findByRole('button', { name: 'Remove the file act-1.pdf' }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST /reports/:id/files')).toHaveLength(1);
    await waitFor(() =>
      expect(lastSaved(api)?.data.A?.measures?.[0]?.text).toEqual([
        { ref: '44444444-4444-4444-8444-444444444444', name: 'act-1.pdf' },
      ]),
    );
    await user.selectOptions(
      within(table).getByRole('combobox', { name: 'Provides for penal sanctions, row 1' }),
      'Yes',
    );
    await waitFor(() => expect(lastSaved(api)?.data.A?.measures?.[0]?.penalSanctions).toBe(true));
  }, 20_000);

  it('stores a State typed by name as its ISO code, and numbers typed with separators as numbers', async () => {
    const base = draftData();
    const data = draftData({ cover: { ...base.cover, D: { choice: 'changed' } }, D: { movements: [{}] } });
    const api = editorApi(reportDetail({ data: data as ReportDetail['data'] }));
    const { user } = await renderApp(editUrl('D'));
    const table = await screen.findByRole(
      'table',
      { name: /^Retentions, acquisitions and transfers/ },
      { timeout: 10_000 },
    );
    const counterpart = within(table).getByRole('combobox', {
      name: 'Receiving State Party (transfers) or State of origin (acquisitions), row 1',
    });
    await user.type(counterpart, "Lao People's Democratic Republic");
    const munitions = within(table).getByRole('textbox', { name: 'Cluster munitions (number), row 1' });
    await user.type(munitions, '1,250');
    await waitFor(() => {
      const row = lastSaved(api)?.data.D?.movements?.[0];
      expect(row?.counterpart).toBe('LAO');
      expect(row?.munitions).toBe(1250);
    });
    expect(counterpart).toHaveValue("Lao People's Democratic Republic");
    expect(munitions).toHaveValue('1,250');
  }, 20_000);
});
