import { screen, waitFor, within } from '@testing-library/react';
import { initialReport } from '../../../domain/reports/examples';
import { apiError, installFakeApi, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { detail, focalUser, referenceRoutes, reportId, staffUser, withData } from './fixtures-view';

beforeAll(() => import('./ReportsRoutes'), 30_000);

const url = `/reports/${reportId}`;
const thread = {
  items: [
    {
      id: '0f0e0d0c-0b0a-4908-8706-050403020100',
      kind: 'query',
      body: 'Form B: please give the lot numbers of the BL755 bombs.',
      author: 'Sam Staff',
      createdAt: '2024-05-03T08:00:00Z',
    },
  ],
};

/** The row of the cover page's table for a form. */
const coverRow = (form: string) =>
  within(screen.getByRole('table', { name: 'Status of each form' }))
    .getByRole('rowheader', { name: new RegExp(`^Form ${form}:`) })
    .closest('tr') as HTMLElement;

describe('report page', { timeout: 20_000 }, () => {
  it('shows the public a published report laid out like the official forms, with downloads', async () => {
    const api = installFakeApi({ ...referenceRoutes, [`GET /reports/${reportId}`]: ok(detail()) });
    await renderApp(url);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Atlantis: Annual report 2024' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Cover page' })).toBeInTheDocument();

    // Cover page: the tick of each form, with the year of an "unchanged" form.
    const formA = coverRow('A');
    expect(within(formA).getAllByText('Ticked')).toHaveLength(1);
    expect(formA).toHaveTextContent('2021');
    expect(within(formA).getByText('Not offered for this form')).toBeInTheDocument();
    expect(within(coverRow('B')).getByTestId('cover-B-changed')).toHaveTextContent('Ticked');
    expect(within(coverRow('E')).getByTestId('cover-E-not_applicable')).toHaveTextContent('Ticked');
    expect(
      within(screen.getByRole('table', { name: 'Status of each form' })).getByRole('columnheader', {
        name: 'Unchanged (last reporting: year)',
      }),
    ).toBeInTheDocument();

    // Header: the State named, the contacts table.
    const contacts = screen.getByRole('table', { name: 'National point(s) of contact' });
    expect(contacts).toHaveTextContent('Ministry of Foreign Affairs, Arms Control Division');
    const header = screen.getByRole('region', { name: /^Report header/ });
    expect(within(header).getByRole('rowheader', { name: 'State Party' }).closest('tr')).toHaveTextContent(
      'Atlantis',
    );
    expect(
      within(header).getByRole('rowheader', { name: 'Date of submission' }).closest('tr'),
    ).toHaveTextContent('28 April 2024');

    // Form B: its fields and its repeatable tables with the format's columns, numbers formatted.
    const formB = screen.getByTestId('form-B');
    expect(
      within(formB).getByRole('heading', { name: 'Form B: Stockpiles and destruction' }),
    ).toBeInTheDocument();
    const stockpile = within(formB).getByRole('table', { name: /^Cluster munitions under jurisdiction/ });
    expect(
      within(stockpile).getByRole('columnheader', { name: 'Type of cluster munition' }),
    ).toBeInTheDocument();
    expect(within(stockpile).getByRole('rowheader', { name: 'M26 rocket' }).closest('tr')).toHaveTextContent(
      /1,200.*772,800.*800.*515,200/,
    );
    expect(formB).toHaveTextContent('IATG 10.10; national environmental permit 2019/44');
    // Forms marked on the cover page say so.
    expect(screen.getByTestId('form-A')).toHaveTextContent(
      'Unchanged since the report of 2021 (cover page).',
    );
    expect(screen.getByTestId('form-E')).toHaveTextContent('Not applicable (cover page).');
    expect(within(screen.getByTestId('form-E')).queryByRole('table')).not.toBeInTheDocument();
    // What an "unchanged" form still holds is shown under the note, as the State left it.
    expect(screen.getByTestId('form-A')).toHaveTextContent('Act on the Prohibition');
    expect(screen.getByTestId('form-F')).not.toHaveTextContent('No rows.');

    const downloads = screen.getByRole('list', { name: 'The report as a document' });
    expect(within(downloads).getByRole('link', { name: 'PDF' })).toHaveAttribute(
      'href',
      `/api/v1/reports/${reportId}/document.pdf?lang=en`,
    );
    expect(within(downloads).getByRole('link', { name: 'Data (Excel)' })).toHaveAttribute(
      'href',
      `/api/v1/reports/${reportId}/document.xlsx?lang=en`,
    );
    expect(screen.getByRole('table', { name: 'Versions submitted, newest first' })).toHaveTextContent(
      'Version 1',
    );

    // The public sees neither the ISU's actions nor the thread, and the thread is not even asked for.
    expect(screen.queryByRole('button', { name: /Publish/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Queries and replies' })).not.toBeInTheDocument();
    expect(api.callsTo(`GET /reports/${reportId}/messages`)).toHaveLength(0);
  });

  it('lets staff publish the latest version after confirming, and send a query', async () => {
    let published = false;
    const api = installFakeApi({
      ...signedInAs(staffUser),
      ...referenceRoutes,
      [`GET /reports/${reportId}`]: () =>
        ok(
          detail(
            {
              status: published ? 'published' : 'submitted',
              latestVersion: 2,
              publishedVersion: published ? 2 : 1,
              shows: 2,
              versions: [
                ...detail().versions,
                {
                  number: 2,
                  submittedAt: '2024-06-01T10:00:00Z',
                  submittedBy: 'Ada Focal',
                  receivedOn: '2024-04-28',
                  note: 'Lot numbers added.',
                  channel: 'platform',
                  published,
                },
              ],
            },
            { readThread: true, query: true, publish: !published, readUnpublished: true },
          ),
        ),
      [`POST /reports/${reportId}/publish`]: () => {
        published = true;
        return { status: 204 };
      },
      [`GET /reports/${reportId}/messages`]: ok(thread),
      [`POST /reports/${reportId}/messages`]: ok(thread.items[0], 201),
    });
    const { user } = await renderApp(url);
    expect(await screen.findByRole('link', { name: 'Changes in version 2 since version 1' })).toHaveAttribute(
      'href',
      `/reports/${reportId}/versions/2/diff`,
    );

    await user.click(screen.getByRole('button', { name: 'Publish version 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish version 2?' });
    expect(dialog).toHaveTextContent('Version 2 of Atlantis, Annual report 2024 will be public at once');
    await user.click(within(dialog).getByRole('button', { name: 'Publish version 2' }));
    await waitFor(() => expect(api.callsTo(`POST /reports/${reportId}/publish`)).toHaveLength(1));
    expect(api.callsTo(`POST /reports/${reportId}/publish`)[0]?.body).toEqual({ version: 2 });
    expect(await screen.findByText('Version 2 is published.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Publish version 2' })).not.toBeInTheDocument(),
    );

    const threadSection = screen.getByRole('region', { name: 'Queries and replies' });
    expect(threadSection).toHaveTextContent('please give the lot numbers');
    await user.click(within(threadSection).getByRole('button', { name: 'Send the query' }));
    expect(await within(threadSection).findByText('Write a message first.')).toBeInTheDocument();
    await user.type(within(threadSection).getByRole('textbox', { name: 'Query to the State' }), 'Thank you.');
    await user.click(within(threadSection).getByRole('button', { name: 'Send the query' }));
    await waitFor(() => expect(api.callsTo(`POST /reports/${reportId}/messages`)).toHaveLength(1));
    expect(api.callsTo(`POST /reports/${reportId}/messages`)[0]?.body).toEqual({ body: 'Thank you.' });
    expect(await screen.findByText('Your message is sent.')).toBeInTheDocument();
  });

  it("gives the State's focal point the thread with a reply box and the correction link", async () => {
    installFakeApi({
      ...signedInAs(focalUser),
      ...referenceRoutes,
      [`GET /reports/${reportId}`]: ok(
        detail(
          { status: 'submitted' },
          { readThread: true, reply: true, amend: true, readUnpublished: true },
        ),
      ),
      [`GET /reports/${reportId}/messages`]: ok(thread),
    });
    await renderApp(url);
    expect(await screen.findByRole('link', { name: 'Start a correction' })).toHaveAttribute(
      'href',
      `/reports/${reportId}/edit`,
    );
    expect(await screen.findByRole('textbox', { name: 'Your reply to the ISU' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send the reply' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Publish/ })).not.toBeInTheDocument();
  });

  it('shows an initial report without a cover page, in French', async () => {
    installFakeApi({
      ...referenceRoutes,
      [`GET /reports/${reportId}`]: ok(
        detail({ kind: 'initial', year: 2012, data: withData(initialReport) }),
      ),
    });
    await renderApp(url, 'fr');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Atlantis : Rapport initial (2012)' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: "Formulaire A : Mesures d'application nationales" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Page de couverture' })).not.toBeInTheDocument();
    expect(screen.getByTestId('form-A')).toHaveTextContent('Act on the Prohibition of Cluster Munitions');
    expect(screen.getByTestId('form-A')).toHaveTextContent('15 juin 2011');
    expect(screen.getByTestId('form-B')).toHaveTextContent('Sans objet (page de couverture).');
    expect(screen.getByRole('link', { name: 'PDF' })).toHaveAttribute(
      'href',
      `/api/v1/reports/${reportId}/document.pdf?lang=fr`,
    );
  });

  it('offers the public the changes since the last version it may read, never one it may not', async () => {
    // Versions 1 and 3 are published; version 2 was never published, so the public does not see it.
    const version = (number: number) => ({
      number,
      submittedAt: '2024-04-28T10:00:00Z',
      submittedBy: 'Ada Focal',
      receivedOn: '2024-04-28',
      note: number > 1 ? `Correction ${number}` : null,
      channel: 'platform' as const,
      published: true,
    });
    installFakeApi({
      ...referenceRoutes,
      [`GET /reports/${reportId}`]: ok(
        detail({ latestVersion: 3, publishedVersion: 3, shows: 3, versions: [version(1), version(3)] }),
      ),
    });
    await renderApp(url);
    const versions = await screen.findByRole('table', { name: 'Versions submitted, newest first' });
    expect(
      within(versions).getByRole('link', { name: 'Changes in version 3 since version 1' }),
    ).toHaveAttribute('href', `/reports/${reportId}/versions/3/diff?against=1`);
    expect(within(versions).queryByRole('link', { name: /^Changes in version 1/ })).not.toBeInTheDocument();
  });

  it('answers a report one may not read with the not-found page', async () => {
    installFakeApi({ ...referenceRoutes, [`GET /reports/${reportId}`]: apiError(404, 'not_found') });
    await renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
