import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { apiError, installFakeApi, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import type { ExtensionRequest } from './api';
import {
  coordinatorUser,
  focalUser,
  meetings,
  noAbilities,
  request,
  staffUser,
  states,
} from './test-fixtures';

const base = request();
const url = `/obligations/requests/${base.id}`;
const missing = 'bcdefghi'.split('').map((item) => ({
  field: `contents.${item}`,
  message: `item (${item}) of Art. 4(6) is not addressed`,
}));
const draft = request({
  requestedUntil: '2030-01-01',
  meeting: meetings.items[1] ?? null,
  checks: {
    errors: [
      { field: 'requestedUntil', message: 'must be after the current deadline (2031-02-01)' },
      ...missing,
    ],
    warnings: [
      {
        field: 'meeting',
        message:
          'submitted less than 9 months before Fourteenth Meeting of States Parties (2026-09-15), which the treaty asks for',
      },
    ],
  },
  abilities: { ...noAbilities, edit: true, submit: true, withdraw: true },
});

function requestApi(user: typeof staffUser, current: ExtensionRequest) {
  return installFakeApi({
    ...signedInAs(user),
    'GET /states': ok(states),
    'GET /meetings': ok(meetings),
    [`GET /extension-requests/${base.id}`]: ok(current),
  });
}

describe('extension request page', () => {
  it("shows the server's checks next to each field and blocks submission until they are corrected", async () => {
    const api = requestApi(focalUser, draft);
    const { user } = await renderApp(url);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Extension request: Niue, Art. 4 clearance of cluster munition remnants',
      }),
    ).toBeInTheDocument();
    const checks = screen.getByRole('region', { name: 'Checks' });
    expect(checks).toHaveTextContent('9 errors (block submission)');
    expect(checks).toHaveTextContent('1 warning');
    expect(checks).toHaveTextContent(
      'Submitted less than nine months before Fourteenth Meeting of States Parties (15 September 2026)',
    );
    const itemB = within(checks).getByRole('link', { name: /Not addressed yet: \(b\) Detailed reasons/ });
    expect(itemB).toHaveAttribute('href', '#request-contents-b');

    const b = screen.getByRole('textbox', { name: /^\(b\) Detailed reasons/ });
    expect(b).toHaveAttribute('id', 'request-contents-b');
    expect(b).toHaveAttribute('aria-invalid', 'true');
    expect(b).toHaveAccessibleDescription(/Not addressed yet/);
    expect(screen.getByRole('textbox', { name: /^\(a\) Duration/ })).toHaveValue('Five years');
    expect(screen.getByLabelText(/^Requested deadline/)).toHaveAccessibleDescription(
      /must be after the current deadline \(1 February 2031\)/,
    );
    expect(screen.getByRole('button', { name: 'Submit the request' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Withdraw the request' })).toBeInTheDocument();
    // Only the actions this person may take.
    expect(screen.queryByRole('button', { name: 'Open the analysis' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Decision of the meeting' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Analysis' })).not.toBeInTheDocument();

    // An unsaved change: leaving asks first, and "Save and submit" becomes possible.
    await user.click(b);
    await user.paste('Funding from the national budget');
    const leave = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leave);
    expect(leave.defaultPrevented).toBe(true);
    expect(screen.getByRole('button', { name: 'Save and submit' })).toBeEnabled();
    expect(checks).toHaveTextContent('These checks are for the last saved version');

    const saved = request({
      ...draft,
      version: 4,
      contents: { a: 'Five years', b: 'Funding from the national budget' },
    });
    saved.checks = { errors: draft.checks.errors.filter((e) => e.field !== 'contents.b'), warnings: [] };
    api.on(`PATCH /extension-requests/${base.id}`, ok(saved));
    await user.click(screen.getByRole('button', { name: 'Save the draft' }));
    await screen.findByText('Draft saved; the checks were updated.');
    expect(api.callsTo('PATCH /extension-requests/:id')[0]?.body).toEqual({
      version: 3,
      requestedUntil: '2030-01-01',
      exceptionalCircumstances: null,
      contents: { a: 'Five years', b: 'Funding from the national budget' },
      meetingId: '14MSP',
    });
    expect(checks).toHaveTextContent('8 errors (block submission)');
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  }, 15_000);

  it('shows the field errors of a refused submission and tells the user to reload on a stale version', async () => {
    const ready = request({ abilities: { ...noAbilities, edit: true, submit: true } });
    const api = requestApi(staffUser, ready);
    api.on(
      `POST /extension-requests/${base.id}/submit`,
      apiError(400, 'validation_failed', 'invalid', {
        issues: [{ path: 'body.contents.c', message: 'item (c) of Art. 4(6) is not addressed' }],
      }),
    );
    const { user } = await renderApp(url);
    await user.click(await screen.findByRole('button', { name: 'Submit the request' }));
    const c = screen.getByRole('textbox', { name: /^\(c\) Preparation of future work/ });
    await waitFor(() => expect(c).toHaveAccessibleDescription(/is not addressed/));
    expect(api.callsTo('POST /extension-requests/:id/submit')[0]?.body).toEqual({ version: 3 });

    api.on(`PATCH /extension-requests/${base.id}`, apiError(409, 'conflict', 'changed'));
    await user.type(c, 'x');
    await user.click(screen.getByRole('button', { name: 'Save the draft' }));
    expect(
      await screen.findByText('Someone else changed this record meanwhile. Reload and try again.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });

  it('lets a coordinator read a submitted request and ask a question, and nothing more', async () => {
    const submitted = request({
      status: 'under_analysis',
      submittedOn: '2026-02-10',
      contents: Object.fromEntries('abcdefghi'.split('').map((k) => [k, `Answer ${k}`])),
      comments: [
        {
          id: '0b7c6f2e-1111-4a2b-8c3d-000000000001',
          kind: 'question',
          body: 'What area remains?',
          authorName: 'Sam Staff',
          authorRole: 'isu_staff',
          createdAt: '2026-02-12T09:00:00Z',
        },
      ],
      abilities: { ...noAbilities, readComments: true, comment: true },
    });
    const api = requestApi(coordinatorUser, submitted);
    const { user } = await renderApp(url);
    await screen.findByRole('heading', { level: 2, name: 'Contents required by Article 4(6)' });
    expect(screen.getByText('Answer g')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Submit|Withdraw|Open the analysis|Save/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Decision of the meeting' })).not.toBeInTheDocument();
    const progress = screen.getByRole('list', { name: 'Progress of the request' });
    expect(
      within(progress)
        .getByText(/Under analysis/)
        .closest('li'),
    ).toHaveAttribute('aria-current', 'step');

    const thread = screen.getByRole('region', { name: 'Analysis' });
    expect(thread).toHaveTextContent('Question · Sam Staff (ISU staff)');
    expect(within(thread).getByRole('combobox', { name: 'Kind' })).toHaveValue('question');
    api.on(
      `POST /extension-requests/${base.id}/comments`,
      ok({ ...submitted, comments: submitted.comments }),
    );
    await user.click(within(thread).getByRole('textbox', { name: 'Your question' }));
    await user.paste('And the budget?');
    await user.click(within(thread).getByRole('button', { name: 'Ask the question' }));
    await screen.findByText('Posted.');
    expect(api.callsTo('POST /extension-requests/:id/comments')[0]?.body).toEqual({
      kind: 'question',
      body: 'And the budget?',
    });
  });

  it('lets ISU staff open the analysis and record the decision', async () => {
    const submitted = request({
      status: 'submitted',
      submittedOn: '2026-02-10',
      meeting: meetings.items[0] ?? null,
      abilities: { ...noAbilities, readComments: true, comment: true, startAnalysis: true, decide: true },
    });
    const api = requestApi(staffUser, submitted);
    const analysed = { ...submitted.abilities, startAnalysis: false };
    api.on(
      `POST /extension-requests/${base.id}/analysis`,
      ok({ ...submitted, status: 'under_analysis', version: 4, abilities: analysed }),
    );
    const decided = request({
      ...submitted,
      status: 'decided',
      decision: 'granted',
      grantedUntil: '2036-02-01',
      decidedOn: '2025-09-19',
      decidedAt: meetings.items[0] ?? null,
      abilities: { ...noAbilities, readComments: true },
    });
    api.on(`POST /extension-requests/${base.id}/decision`, ok(decided));
    const { user } = await renderApp(url);
    await user.click(await screen.findByRole('button', { name: 'Open the analysis' }));
    await screen.findByText('The analysis is open.');
    expect(screen.queryByRole('button', { name: 'Open the analysis' })).not.toBeInTheDocument();

    const form = screen.getByRole('region', { name: 'Decision of the meeting' });
    expect(
      within(form).getByText('The new deadline will be the one requested: 1 February 2036.'),
    ).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: 'Decision document' }), 'CCM/MSP/2025/10');
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    await screen.findByText('Decision recorded; the deadline was updated.');
    expect(api.callsTo('POST /extension-requests/:id/decision')[0]?.body).toEqual({
      version: 4,
      decision: 'granted',
      grantedUntil: null,
      decidedOn: '2025-09-19',
      meetingId: '13MSP',
      document: 'CCM/MSP/2025/10',
    });
    expect(screen.queryByRole('region', { name: 'Decision of the meeting' })).not.toBeInTheDocument();
    const progress = screen.getByRole('list', { name: 'Progress of the request' });
    expect(progress).toHaveTextContent(
      'Decided — Granted as requested, 19 September 2025, Thirteenth Meeting of States Parties',
    );
  });
});

describe('extension requests list', () => {
  it('lets a focal point draft a request for their own State and opens it', async () => {
    const api = installFakeApi({
      ...signedInAs(focalUser),
      'GET /states': ok(states),
      'GET /meetings': ok(meetings),
      'GET /extension-requests': ok({ items: [] }),
    });
    const created = request({
      iso3: 'PER',
      stateName: 'Peru',
      article: '3',
      abilities: { ...noAbilities, edit: true },
    });
    api.on('POST /extension-requests', ok(created, 201));
    api.on(`GET /extension-requests/${created.id}`, ok(created));
    const { user } = await renderApp('/obligations/requests');
    const form = await screen.findByRole('region', { name: 'Draft a new request' });
    expect(within(form).getByText('For Peru')).toBeInTheDocument();
    expect(within(form).queryByRole('combobox', { name: 'State' })).not.toBeInTheDocument();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Obligation' }), '3');
    await user.click(within(form).getByRole('button', { name: 'Create the draft' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Extension request: Peru, Art. 3 stockpile destruction',
      }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST /extension-requests')[0]?.body).toEqual({ iso3: 'PER', article: '3' });
    expect(screen.getAllByRole('textbox', { name: /^\([a-f]\)/ })).toHaveLength(6);
    expect(screen.getByRole('textbox', { name: 'Exceptional circumstances' })).toBeInTheDocument();
  });

  it('offers no draft form to a coordinator and filters by the address', async () => {
    const api = installFakeApi({
      ...signedInAs(coordinatorUser),
      'GET /states': ok(states),
      'GET /extension-requests': ok({ items: [{ ...base, status: 'submitted', submittedOn: '2026-02-10' }] }),
    });
    const { user } = await renderApp('/obligations/requests?state=NIU&status=bogus');
    const table = await screen.findByRole('table', { name: 'Extension requests' });
    expect(within(table).getByRole('link', { name: 'Niue' })).toHaveAttribute('href', url);
    expect(screen.queryByRole('region', { name: 'Draft a new request' })).not.toBeInTheDocument();
    expect(api.callsTo('GET /extension-requests')[0]?.query.toString()).toBe('state=NIU');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Obligation' }), '4');
    await waitFor(() =>
      expect(api.callsTo('GET /extension-requests').at(-1)?.query.toString()).toBe('state=NIU&article=4'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(api.callsTo('GET /extension-requests').at(-1)?.query.toString()).toBe(''));
  });
});

describe('documents attached to checklist items', () => {
  it('lists them with download links and attaches a new one to a draft', async () => {
    const api = requestApi(focalUser, draft);
    api.on(`GET /extension-requests/${base.id}/attachments`, {
      body: {
        items: [
          {
            id: 'att-1',
            item: 'd',
            filename: 'survey.pdf',
            contentType: 'application/pdf',
            size: 4096,
            createdAt: '2026-11-01T10:00:00Z',
          },
        ],
      },
    });
    api.on(`POST /extension-requests/${base.id}/attachments`, ok({ id: 'att-2' }, 201));
    const { user } = await renderApp(url);
    const link = await screen.findByRole('link', { name: 'survey.pdf' });
    expect(link).toHaveAttribute('href', `/api/v1/extension-requests/${base.id}/attachments/att-1`);
    const input = screen.getByLabelText('Attach a document to item (a)');
    await user.upload(input, new File(['%PDF'], 'plan.pdf', { type: 'application/pdf' }));
    const attachButtons = screen.getAllByRole('button', { name: 'Attach' });
    const enabled = attachButtons.find((button) => !(button as HTMLButtonElement).disabled);
    expect(enabled).toBeDefined();
    fireEvent.click(enabled as HTMLElement);
    await waitFor(() =>
      expect(api.callsTo(`POST /extension-requests/${base.id}/attachments`)).toHaveLength(1),
    );
    const sent = api.callsTo(`POST /extension-requests/${base.id}/attachments`)[0]?.body as FormData;
    expect(sent).toBeInstanceOf(FormData);
    expect(sent.get('item')).toBe('a');
    expect((sent.get('file') as File).name).toBe('plan.pdf');
  });
});
