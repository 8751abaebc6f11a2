import { screen } from '@testing-library/react';
import { apiError, installFakeApi, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { fastTiming, focalUser, reportDetail, reportId, staffUser, states } from './editor/test-fixtures';
import { currentReportingYear } from './pages/StartReportPage';

fastTiming();

const otherId = '33333333-3333-4333-8333-333333333333';

describe('starting a report', () => {
  it("starts the focal point's annual report of the current year and opens the editor", async () => {
    const api = installFakeApi({
      ...signedInAs(focalUser),
      'GET /states': ok(states),
      'POST /reports': ok(reportDetail(), 201),
      [`GET /reports/${reportId}`]: ok(reportDetail()),
    });
    const { user } = await renderApp('/reports/start');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Start a report' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/^Start the Article 7 report of Peru\./)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Annual report (Art. 7(2))' })).toBeChecked();
    const year = screen.getByRole('textbox', { name: /^Year of the report/ });
    expect(year).toHaveValue(String(currentReportingYear()));

    await user.clear(year);
    await user.type(year, '2025');
    await user.click(screen.getByRole('button', { name: 'Start the report' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Annual report 2025: Peru' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST /reports')[0]?.body).toEqual({ iso3: 'PER', kind: 'annual', year: 2025 });
  }, 20_000);

  it('opens the existing report when the State already has it (409)', async () => {
    const existing = reportDetail({ id: otherId, kind: 'initial', year: 2014 });
    const api = installFakeApi({
      ...signedInAs(focalUser),
      'GET /states': ok(states),
      'POST /reports': apiError(409, 'conflict', 'exists', { reportId: otherId }),
      [`GET /reports/${otherId}`]: ok(existing),
    });
    const { user } = await renderApp('/reports/start');
    await user.click(
      await screen.findByRole('radio', { name: 'Initial report (Art. 7(1))' }, { timeout: 10_000 }),
    );
    const year = screen.getByRole('textbox', { name: /^Year of the report/ });
    await user.clear(year);
    await user.type(year, '2014');
    await user.click(screen.getByRole('button', { name: 'Start the report' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Initial report: Peru' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST /reports')[0]?.body).toEqual({ iso3: 'PER', kind: 'initial', year: 2014 });
    expect(api.callsTo(`GET /reports/${otherId}`)).toHaveLength(1);
  }, 20_000);

  it('opens the initial report of another year when the State has one already (400 naming it)', async () => {
    installFakeApi({
      ...signedInAs(focalUser),
      'GET /states': ok(states),
      'POST /reports': apiError(400, 'validation_failed', 'invalid', {
        issues: [{ path: 'body.kind', message: `PER already has its initial report (2014, ${otherId})` }],
      }),
      [`GET /reports/${otherId}`]: ok(reportDetail({ id: otherId, kind: 'initial', year: 2014 })),
    });
    const { user } = await renderApp('/reports/start');
    await user.click(
      await screen.findByRole('radio', { name: 'Initial report (Art. 7(1))' }, { timeout: 10_000 }),
    );
    await user.click(screen.getByRole('button', { name: 'Start the report' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Initial report: Peru' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  }, 20_000);

  it('refuses a year outside the Convention without asking the server', async () => {
    const api = installFakeApi({ ...signedInAs(focalUser), 'GET /states': ok(states) });
    const { user } = await renderApp('/reports/start');
    const year = await screen.findByRole('textbox', { name: /^Year of the report/ }, { timeout: 10_000 });
    await user.clear(year);
    await user.type(year, '1999');
    await user.click(screen.getByRole('button', { name: 'Start the report' }));
    expect(year).toHaveAccessibleDescription(/Enter a year between 2010 and 2100\./);
    expect(api.callsTo('POST /reports')).toHaveLength(0);
  }, 20_000);

  it('explains to staff that reports are started by focal points', async () => {
    installFakeApi({ ...signedInAs(staffUser), 'GET /states': ok(states) });
    await renderApp('/reports/start');
    expect(
      await screen.findByText(
        /^Reports are started and submitted by the national focal points/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Record a report received outside the platform' }),
    ).toHaveAttribute('href', '/reports/received');
    expect(screen.queryByRole('button', { name: 'Start the report' })).not.toBeInTheDocument();
  }, 20_000);
});
