import { screen, waitFor, within } from '@testing-library/react';
import type { OutreachDetail, OutreachListItem } from '../../../shared/contracts/outreach';
import { renderApp } from '../../test/render-app';
import { renderMarkdown } from './components/markdown';

type Call = { method: string; path: string; body: unknown };
let calls: Call[] = [];
let routes: Record<string, (call: Call) => unknown> = {};

const staffUser = {
  id: '11111111-1111-4111-8111-111111111111',
  email: 'ana@example.org',
  name: 'Ana Staff',
  role: 'isu_staff',
  stateIso3: null,
  language: 'en',
  totpEnabled: true,
  abilities: { manageUsers: false, readAudit: false, readOutbox: false, staff: true, outreach: true },
};

const item = (iso3: string, name: string, extra: Partial<OutreachListItem> = {}): OutreachListItem => ({
  iso3,
  name,
  status: 'signatory',
  ccmRegion: 'africa',
  signatureDate: '2008-12-03',
  priority: null,
  lastActivityDate: null,
  openSteps: 0,
  nextStep: null,
  ...extra,
});
const list = [
  item('AGO', 'Angola', {
    priority: 'high',
    lastActivityDate: '2025-11-20',
    openSteps: 2,
    nextStep: {
      id: '22222222-2222-4222-8222-222222222222',
      description: 'Letter to the Minister',
      dueDate: '2099-02-01',
      ownerName: 'Ana Staff',
    },
  }),
  item('USA', 'United States of America', {
    status: 'not_party',
    ccmRegion: 'americas',
    signatureDate: null,
    priority: 'medium',
  }),
];

const step = {
  id: '33333333-3333-4333-8333-333333333333',
  iso3: 'AGO',
  description: 'Letter to the Minister',
  dueDate: '2099-02-01',
  ownerUserId: staffUser.id,
  ownerText: null,
  ownerName: 'Ana Staff',
  doneAt: null,
  version: 4,
};
const angola = (extra: Partial<OutreachDetail> = {}): OutreachDetail => ({
  iso3: 'AGO',
  name: 'Angola',
  names: { en: 'Angola', fr: 'Angola', es: 'Angola' },
  status: 'signatory',
  ccmRegion: 'africa',
  signatureDate: '2008-12-03',
  profile: {
    priority: 'high',
    summaryMd: '# Situation\n\nSigned in **2008**. <script>alert(1)</script>',
    version: 3,
    updatedAt: '2026-01-05T10:00:00Z',
    updatedByName: 'Ana Staff',
  },
  activities: [
    {
      id: '44444444-4444-4444-8444-444444444444',
      iso3: 'AGO',
      date: '2025-11-20',
      kind: 'demarche',
      who: 'ISU Director',
      notes: 'Raised Actions 10–11',
      createdByName: 'Ana Staff',
      createdAt: '2025-11-20T09:00:00Z',
      version: 1,
    },
  ],
  nextSteps: [step],
  abilities: { edit: true },
  ...extra,
});

function json(status: number, body: unknown) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

beforeEach(() => {
  calls = [];
  routes = {
    'GET /api/v1/auth/session': () => ({ stage: 'signed_in' }),
    'GET /api/v1/auth/me': () => staffUser,
    'GET /api/v1/outreach': () => ({ items: list, total: list.length, asOf: '2026-01-10' }),
    'GET /api/v1/outreach/owners': () => ({
      items: [{ id: staffUser.id, name: 'Ana Staff', role: 'isu_staff' }],
    }),
    'GET /api/v1/outreach/AGO': () => angola(),
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://localhost');
      const call = {
        method: init.method ?? 'GET',
        path: url.pathname + url.search,
        body: init.body ? JSON.parse(String(init.body)) : undefined,
      };
      calls.push(call);
      const handler = routes[`${call.method} ${url.pathname}`];
      return handler
        ? json(200, handler(call))
        : json(404, { error: { code: 'not_found', message: 'no route' } });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('outreach list', () => {
  it('shows potential States Parties in the server order, with priority, next step and a CSV link', async () => {
    await renderApp('/outreach');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Outreach to potential States Parties' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Potential new States Parties' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Angola',
      'United States of America',
    ]);
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Angola' })).toHaveAttribute(
      'href',
      '/outreach/AGO',
    );
    expect(rows[0]).toHaveTextContent('High');
    expect(rows[0]).toHaveTextContent('Letter to the Minister');
    expect(rows[0]).toHaveTextContent('Owner: Ana Staff');
    expect(rows[1]).toHaveTextContent('Medium');
    expect(screen.getByRole('link', { name: 'Download as CSV' })).toHaveAttribute(
      'href',
      '/api/v1/outreach/export.csv?lang=en',
    );
    expect(document.title).toBe('Outreach · Convention on Cluster Munitions');
  });

  it('sends filters and sorting to the server and keeps them in the address and the CSV link', async () => {
    const { user } = await renderApp('/outreach');
    await screen.findByRole('table');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'signatory');
    await waitFor(() =>
      expect(calls.some((c) => c.path.startsWith('/api/v1/outreach?status=signatory'))).toBe(true),
    );
    await user.click(screen.getByRole('button', { name: /Last activity/ }));
    await waitFor(() => expect(calls.some((c) => c.path.includes('sort=lastActivity'))).toBe(true));
    expect(screen.getByRole('link', { name: 'Download as CSV' })).toHaveAttribute(
      'href',
      '/api/v1/outreach/export.csv?status=signatory&sort=lastActivity&lang=en',
    );
  });

  it('is refused to a focal point without calling the API', async () => {
    routes['GET /api/v1/auth/me'] = () => ({
      ...staffUser,
      role: 'state_focal_point',
      stateIso3: 'AGO',
      abilities: { staff: false, outreach: false },
    });
    await renderApp('/outreach');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
    expect(calls.some((c) => c.path.startsWith('/api/v1/outreach'))).toBe(false);
  });
});

describe('outreach country page', () => {
  it('shows the profile, renders the summary safely, and lists steps and activities', async () => {
    await renderApp('/outreach/AGO');
    expect(await screen.findByRole('heading', { level: 1, name: 'Outreach: Angola' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('high');
    expect(screen.getByRole('textbox', { name: /Summary \(Markdown\)/ })).toHaveValue(
      angola().profile?.summaryMd,
    );
    expect(screen.getByRole('table', { name: 'Outreach activities, newest first' })).toHaveTextContent(
      'Démarche',
    );
    expect(screen.getByRole('table', { name: /Next steps/ })).toHaveTextContent('Letter to the Minister');
    // Nothing on the page may inject a <style> element (the Content-Security-Policy would block it).
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('previews the Markdown summary with HTML shown as text', async () => {
    const { user } = await renderApp('/outreach/AGO');
    await user.click(await screen.findByRole('tab', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(within(preview).getByRole('heading', { level: 3, name: 'Situation' })).toBeInTheDocument();
    expect(within(preview).getByText('2008').tagName).toBe('STRONG');
    expect(preview).toHaveTextContent('<script>alert(1)</script>');
    expect(preview.querySelector('script')).toBeNull();
  });

  it('saves the profile with the version read', async () => {
    routes['PUT /api/v1/outreach/AGO/profile'] = (call) => ({
      ...(call.body as object),
      version: 4,
      updatedAt: '2026-01-06T10:00:00Z',
      updatedByName: 'Ana Staff',
    });
    const { user } = await renderApp('/outreach/AGO');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Priority' }), 'low');
    await user.click(screen.getByRole('button', { name: 'Save priority and summary' }));
    expect(await screen.findByText('Priority and summary saved.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      version: 3,
      priority: 'low',
      summaryMd: angola().profile?.summaryMd,
    });
  });

  it('logs an activity, asking for "who" first', async () => {
    routes['POST /api/v1/outreach/AGO/activities'] = (call) => ({
      ...(call.body as object),
      id: '55555555-5555-4555-8555-555555555555',
    });
    const { user } = await renderApp('/outreach/AGO');
    const form = await screen.findByRole('form', { name: 'Log an activity' });
    await user.click(within(form).getByRole('button', { name: 'Add to the log' }));
    expect(within(form).getByText('Say who took part.')).toBeInTheDocument();
    await user.clear(within(form).getByLabelText(/^Date/));
    await user.type(within(form).getByLabelText(/^Date/), '2026-01-09');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'workshop');
    await user.type(within(form).getByRole('textbox', { name: /^Who/ }), 'Coordinators');
    await user.type(within(form).getByRole('textbox', { name: 'Notes' }), 'Regional workshop');
    await user.click(within(form).getByRole('button', { name: 'Add to the log' }));
    expect(await screen.findByText('Activity logged.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      date: '2026-01-09',
      kind: 'workshop',
      who: 'Coordinators',
      notes: 'Regional workshop',
    });
  });

  it('adds a next step for someone else and marks a step done', async () => {
    routes['POST /api/v1/outreach/AGO/next-steps'] = (call) => ({
      ...step,
      ...(call.body as object),
      id: '66666666-6666-4666-8666-666666666666',
    });
    routes['PATCH /api/v1/outreach/AGO/next-steps/33333333-3333-4333-8333-333333333333'] = () => ({
      ...step,
      doneAt: '2026-01-09T10:00:00Z',
      version: 5,
    });
    const { user } = await renderApp('/outreach/AGO');
    await user.click(await screen.findByRole('button', { name: 'Mark “Letter to the Minister” done' }));
    expect(await screen.findByText('“Letter to the Minister” marked done.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ version: 4, done: true });

    const form = screen.getByRole('form', { name: 'Plan a next step' });
    await user.type(
      within(form).getByRole('textbox', { name: /What is to be done/ }),
      'Side event at the MSP',
    );
    await user.type(within(form).getByLabelText(/^Due date/), '2026-09-01');
    await waitFor(() => expect(within(form).getByRole('option', { name: 'Ana Staff' })).toBeInTheDocument());
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Owner' }), 'other');
    await user.type(within(form).getByRole('textbox', { name: /Owner's name/ }), 'ICBL');
    await user.click(within(form).getByRole('button', { name: 'Add the step' }));
    expect(await screen.findByText('Next step added.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      description: 'Side event at the MSP',
      dueDate: '2026-09-01',
      ownerText: 'ICBL',
    });
  });

  it('keeps a Party’s history readable without any form', async () => {
    routes['GET /api/v1/outreach/AGO'] = () => angola({ status: 'state_party', abilities: { edit: false } });
    await renderApp('/outreach/AGO');
    expect(await screen.findByText(/Angola is a Party to the Convention/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('button', { name: /Mark/ })).toBeNull();
    expect(await screen.findByRole('heading', { level: 3, name: 'Situation' })).toBeInTheDocument();
  });

  it('shows the not-found page for an unknown State', async () => {
    await renderApp('/outreach/XYZ');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('renderMarkdown', () => {
  it('escapes raw HTML, drops script links and images, and starts headings at level 3', () => {
    const html = renderMarkdown(
      '# Title\n\n<img src=x onerror=alert(1)>\n\n[bad](javascript:alert(1)) [good](https://example.org "t")\n\n![pic](https://evil.example/x.png)',
    );
    const div = document.createElement('div');
    div.innerHTML = html;
    expect(div.querySelector('h3')?.textContent).toBe('Title');
    expect(div.querySelector('h1')).toBeNull();
    expect(div.querySelector('img')).toBeNull();
    expect(div.textContent).toContain('<img src=x onerror=alert(1)>');
    const links = [...div.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([null, 'https://example.org']);
    expect(html).not.toContain('javascript:');
    expect(div.textContent).toContain('pic');
  });
});
