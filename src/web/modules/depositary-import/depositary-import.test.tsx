import { screen, waitFor, within } from '@testing-library/react';
import { apiError, installFakeApi, makeCurrentUser, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import type { DepositaryChange } from './api';

const staff = makeCurrentUser({ role: 'isu_staff' });
const page = '<html><body><table><tr><td>Participant</td></tr></table></body></html>';
const file = () => new File([page], 'status.html', { type: 'text/html' });
const event = (type: string, date: string) => ({ type, date, effectiveDate: null, notification: null });

const albania: DepositaryChange = {
  id: 'ALB:deposit',
  iso3: 'ALB',
  name: 'Albania',
  kind: 'changed_date',
  eventType: 'ratification',
  current: event('ratification', '2009-06-16') as DepositaryChange['current'],
  proposed: event('ratification', '2009-06-17') as DepositaryChange['proposed'],
  applicable: true,
};
const tonga: DepositaryChange = {
  id: 'TON:deposit',
  iso3: 'TON',
  name: 'Tonga',
  kind: 'new_event',
  eventType: 'accession',
  current: null,
  proposed: event('accession', '2026-01-10') as DepositaryChange['proposed'],
  applicable: true,
};
const atlantis: DepositaryChange = {
  id: 'unknown:atlantis',
  iso3: null,
  name: 'Atlantis',
  kind: 'unknown_name',
  eventType: null,
  current: null,
  proposed: null,
  applicable: false,
};
const kenya: DepositaryChange = {
  ...atlantis,
  id: 'KEN:signature',
  iso3: 'KEN',
  name: 'Kenya',
  kind: 'missing_from_page',
  eventType: 'signature',
  current: event('signature', '2008-12-03') as DepositaryChange['current'],
};
const previewOf = (changes: DepositaryChange[]) =>
  ok({ statusAsAt: '2026-02-03', participants: 126, changes });

async function upload(routes: Parameters<typeof installFakeApi>[0]) {
  const api = installFakeApi({ ...signedInAs(staff), ...routes });
  const view = await renderApp('/admin/depositary-import');
  await screen.findByRole('heading', { level: 1, name: 'Import the Depositary status page' });
  await view.user.upload(screen.getByLabelText('Status page (HTML file)'), file());
  return { api, ...view };
}

describe('Depositary import', () => {
  it('previews the differences with none selected, lists unknown names apart, and applies the chosen ones', async () => {
    let applied = false;
    const { api, user } = await upload({
      'POST /treaty/depositary-import/preview': () =>
        previewOf(applied ? [albania, atlantis, kenya] : [albania, tonga, atlantis, kenya]),
      'POST /treaty/depositary-import/apply': () => {
        applied = true;
        return ok({ statusAsAt: '2026-02-03', applied: [tonga], unchanged: [] });
      },
    });
    const table = await screen.findByRole('table', { name: 'Changes the page proposes' });
    expect(api.callsTo('POST /treaty/depositary-import/preview')[0]?.body).toEqual({ html: page });
    expect(screen.getByText('Status page as at 3 February 2026: 126 participants.')).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Albania (ALB)');
    expect(rows[1]).toHaveTextContent('Different date');
    expect(rows[1]).toHaveTextContent('Ratification, 16 June 2009');
    expect(rows[1]).toHaveTextContent('Ratification, 17 June 2009');
    expect(rows[2]).toHaveTextContent('Accession, 10 January 2026');
    for (const box of within(table).getAllByRole('checkbox')) expect(box).not.toBeChecked();

    const unknown = screen.getByRole('region', { name: 'Names that match no State' });
    expect(within(unknown).getByRole('listitem')).toHaveTextContent('Atlantis');
    const review = screen.getByRole('region', { name: 'To review by hand' });
    expect(within(review).getByRole('listitem')).toHaveTextContent(
      'Kenya (KEN): Recorded here, not on the page — Signature, 3 December 2008',
    );

    expect(screen.getByRole('button', { name: 'Apply 0 selected changes' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Select Tonga: New event' }));
    await user.click(screen.getByRole('button', { name: 'Apply 1 selected change' }));
    const dialog = await screen.findByRole('dialog', { name: 'Apply the selected changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Apply 1 change' }));

    expect(await screen.findByText('1 change applied.')).toBeInTheDocument();
    expect(api.callsTo('POST /treaty/depositary-import/apply')[0]?.body).toEqual({
      html: page,
      changeIds: ['TON:deposit'],
    });
    await waitFor(() => expect(screen.queryByText('Tonga (TON)')).not.toBeInTheDocument());
    expect(api.callsTo('POST /treaty/depositary-import/preview')).toHaveLength(2);
  });

  it('says so when the page matches the records', async () => {
    await upload({ 'POST /treaty/depositary-import/preview': previewOf([]) });
    expect(await screen.findByText('No differences: the records match the page.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('explains why a file is not the status page', async () => {
    const message =
      'This is the status page of "Convention on the Prohibition of Anti-Personnel Mines", not of the Convention on Cluster Munitions (MTDSG XXVI-6).';
    await upload({
      'POST /treaty/depositary-import/preview': apiError(400, 'validation_failed', message, {
        problem: 'wrong_treaty',
      }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This is the status page of another treaty');
    expect(alert).toHaveTextContent(message);
  });

  it('shows why each refused change was refused, and applies nothing', async () => {
    const { user } = await upload({
      'POST /treaty/depositary-import/preview': previewOf([albania, tonga]),
      'POST /treaty/depositary-import/apply': apiError(400, 'validation_failed', 'Nothing was applied.', {
        refused: [
          { id: 'TON:deposit', reasons: ['type: a State that did not sign joins by accession (Art. 16)'] },
        ],
      }),
    });
    await user.click(await screen.findByRole('checkbox', { name: 'Select all changes' }));
    await user.click(screen.getByRole('button', { name: 'Apply 2 selected changes' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Apply 2 changes' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent("Nothing was applied: these changes do not fit the State's history");
    expect(alert).toHaveTextContent('Tonga: type: a State that did not sign joins by accession (Art. 16)');
  });

  it('is for ISU staff only', async () => {
    installFakeApi(signedInAs(makeCurrentUser({ role: 'coordinator' })));
    await renderApp('/admin/depositary-import');
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Depositary');
    expect(screen.queryByLabelText('Status page (HTML file)')).not.toBeInTheDocument();
  });
});
