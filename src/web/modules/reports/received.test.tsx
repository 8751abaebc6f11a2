import { screen, waitFor } from '@testing-library/react';
import { apiError, installFakeApi, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { detail, referenceRoutes, reportId, staffUser } from './fixtures-view';

beforeAll(() => import('./ReportsRoutes'), 30_000);

describe('recording a report received outside the platform', { timeout: 30_000 }, () => {
  it('sends the document and the fields as multipart, shows the server’s field errors, then opens the report', async () => {
    let attempts = 0;
    const api = installFakeApi({
      ...signedInAs(staffUser),
      ...referenceRoutes,
      'POST /reports/received': () => {
        attempts++;
        return attempts === 1
          ? apiError(400, 'validation_failed', 'Invalid request', {
              issues: [
                { path: 'body.fields.keyFigures.clearedArea', message: 'exceeds the contaminated area' },
                { path: 'body.fields.receivedOn', message: 'is in the future' },
              ],
            })
          : ok({ id: reportId }, 201);
      },
      [`GET /reports/${reportId}`]: ok(detail({ status: 'submitted', channel: 'received' })),
    });
    const { user } = await renderApp('/reports/received');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Record a report received outside the platform' }),
    ).toBeInTheDocument();

    // Nothing is sent while the State or the document is missing.
    await user.click(screen.getByRole('button', { name: 'Record the report' }));
    expect(await screen.findByText('The report could not be recorded')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Report document/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: /^State Party/ })).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('POST /reports/received')).toHaveLength(0);

    await screen.findByRole('option', { name: 'Borduria' });
    await user.selectOptions(screen.getByRole('combobox', { name: /^State Party/ }), 'ZZB');
    // Only States for which the Convention is in force can owe a report.
    expect(screen.queryByRole('option', { name: 'Cagliostro' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /^Year the report falls due/ }), '2024');
    const receivedOn = screen.getByLabelText(/^Date received/);
    await user.clear(receivedOn);
    await user.type(receivedOn, '2024-04-29');
    await user.type(screen.getByLabelText('Period from'), '2023-01-01');
    await user.type(screen.getByRole('spinbutton', { name: 'Explosive submunitions destroyed' }), '1830');
    await user.type(screen.getByRole('spinbutton', { name: 'Contaminated area (m²)' }), '12500000');
    await user.type(screen.getByRole('spinbutton', { name: 'Area cleared (m²)' }), '2100000.5');
    const document = new File(['%PDF-1.4 report'], 'ZZB-2024.pdf', { type: 'application/pdf' });
    await user.upload(screen.getByLabelText(/^Report document/), document);
    await user.click(screen.getByRole('button', { name: 'Record the report' }));

    await waitFor(() => expect(api.callsTo('POST /reports/received')).toHaveLength(1));
    const sent = api.callsTo('POST /reports/received')[0]?.body as FormData;
    expect(sent).toBeInstanceOf(FormData);
    expect((sent.get('file') as File).name).toBe('ZZB-2024.pdf');
    expect(JSON.parse(String(sent.get('fields')))).toEqual({
      iso3: 'ZZB',
      kind: 'annual',
      year: 2024,
      receivedOn: '2024-04-29',
      periodFrom: '2023-01-01',
      periodTo: null,
      keyFigures: {
        stockpileMunitions: null,
        stockpileSubmunitions: null,
        destroyedMunitions: null,
        destroyedSubmunitions: 1830,
        retainedMunitions: null,
        retainedSubmunitions: null,
        contaminatedArea: 12_500_000,
        clearedArea: 2_100_000.5,
      },
    });

    // The server's findings land on the fields they are about.
    const cleared = screen.getByRole('spinbutton', { name: 'Area cleared (m²)' });
    await waitFor(() => expect(cleared).toHaveAttribute('aria-invalid', 'true'));
    expect(cleared).toHaveAccessibleDescription('exceeds the contaminated area');
    expect(screen.getByLabelText(/^Date received/)).toHaveAccessibleDescription(/is in the future/);
    expect(
      screen.getByText('Correct the fields marked below, then record the report again.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Record the report' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Atlantis: Annual report 2024' }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST /reports/received')).toHaveLength(2);
  });

  it('says when the report is already on the platform', async () => {
    installFakeApi({
      ...signedInAs(staffUser),
      ...referenceRoutes,
      'POST /reports/received': apiError(409, 'conflict', 'ZZA already has its 2025 annual report'),
    });
    const { user } = await renderApp('/reports/received');
    await screen.findByRole('option', { name: 'Atlantis' });
    await user.selectOptions(screen.getByRole('combobox', { name: /^State Party/ }), 'ZZA');
    await user.upload(
      screen.getByLabelText(/^Report document/),
      new File(['scan'], 'scan.png', { type: 'image/png' }),
    );
    await user.click(screen.getByRole('button', { name: 'Record the report' }));
    expect(
      await screen.findByText('This report is already on the platform. Find it in the list of reports.'),
    ).toBeInTheDocument();
  });
});
