import type { Role } from '../../shared/roles.js';

/**
 * Who may call each endpoint. Every module adds its endpoints here; access-matrix.test.ts calls
 * each one as every kind of caller and expects 401/403 exactly for those not listed.
 * Requests carry deliberately incomplete bodies: a permitted caller gets past the guard and
 * fails validation (400) without changing anything that matters.
 */
export type Caller = 'anonymous' | Role | 'other_state_focal_point';
/** reportId: an annual report of ownState, published as reportVersion, with a correction in progress. */
export type Fixture = { userId: string; ownState: string; reportId: string; reportVersion: string };

export type AccessRule = {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string | ((fixture: Fixture) => string);
  allowed: readonly Caller[] | 'everyone';
  payload?: unknown;
};

const signedIn = [
  'isu_admin',
  'isu_staff',
  'coordinator',
  'state_focal_point',
  'other_state_focal_point',
] as const;
const adminOnly = ['isu_admin'] as const;
const staffOnly = ['isu_admin', 'isu_staff'] as const;
const outreach = ['isu_admin', 'isu_staff', 'coordinator'] as const;
const reportParties = ['isu_admin', 'isu_staff', 'state_focal_point', 'other_state_focal_point'] as const;
const outreachItem = (f: Fixture, kind: string) => `/api/v1/outreach/${f.ownState}/${kind}/${f.userId}`;

/** The year of the fixture's report (see access-matrix.test.ts). */
export const fixtureReportYear = 2020;

function reportWorkflowRules(): AccessRule[] {
  const own = ['state_focal_point'] as const;
  const report = (f: Fixture, path = '') => `/api/v1/reports/${f.reportId}${path}`;
  const data = { version: '1MSP', kind: 'annual', cover: {}, header: { note: 'stale' } };
  return [
    {
      method: 'POST',
      url: '/api/v1/reports',
      allowed: own,
      payload: { iso3: 'LAO', kind: 'annual', year: fixtureReportYear },
    },
    { method: 'GET', url: (f) => report(f), allowed: 'everyone' },
    { method: 'PUT', url: (f) => report(f, '/draft'), allowed: own, payload: { revision: 999, data } },
    { method: 'DELETE', url: (f) => report(f, '/draft?revision=999'), allowed: own },
    { method: 'POST', url: (f) => report(f, '/submit'), allowed: own, payload: { revision: 999 } },
    { method: 'POST', url: (f) => report(f, '/amend'), allowed: own },
    { method: 'GET', url: (f) => report(f, '/versions'), allowed: 'everyone' },
    { method: 'GET', url: (f) => report(f, `/versions/${f.reportVersion}`), allowed: 'everyone' },
    {
      method: 'GET',
      url: (f) => report(f, `/versions/${f.reportVersion}/diff?against=1`),
      allowed: 'everyone',
    },
  ];
}

export const accessRules: AccessRule[] = [
  { method: 'GET', url: '/api/health/live', allowed: 'everyone' },
  { method: 'GET', url: '/api/openapi.json', allowed: 'everyone' },
  // auth
  { method: 'POST', url: '/api/v1/auth/sign-in', allowed: 'everyone', payload: {} },
  { method: 'POST', url: '/api/v1/auth/password-reset', allowed: 'everyone', payload: {} },
  { method: 'POST', url: '/api/v1/auth/password-reset/complete', allowed: 'everyone', payload: {} },
  { method: 'POST', url: '/api/v1/auth/invitations/accept', allowed: 'everyone', payload: {} },
  { method: 'POST', url: '/api/v1/auth/tokens/describe', allowed: 'everyone', payload: {} },
  { method: 'GET', url: '/api/v1/auth/session', allowed: 'everyone' },
  { method: 'POST', url: '/api/v1/auth/sign-out', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/auth/me', allowed: signedIn },
  { method: 'POST', url: '/api/v1/auth/totp', allowed: [], payload: {} },
  // account
  { method: 'PATCH', url: '/api/v1/account', allowed: signedIn, payload: { language: 'xx' } },
  { method: 'POST', url: '/api/v1/account/password', allowed: signedIn, payload: {} },
  { method: 'GET', url: '/api/v1/account/sessions', allowed: signedIn },
  { method: 'POST', url: '/api/v1/account/sign-out-everywhere', allowed: signedIn },
  { method: 'DELETE', url: '/api/v1/account/sessions/:id', allowed: signedIn },
  { method: 'POST', url: '/api/v1/account/totp/enrol', allowed: signedIn },
  { method: 'POST', url: '/api/v1/account/totp/confirm', allowed: signedIn, payload: {} },
  { method: 'POST', url: '/api/v1/account/totp/recovery-codes', allowed: signedIn, payload: {} },
  // users
  { method: 'GET', url: '/api/v1/users', allowed: adminOnly },
  { method: 'POST', url: '/api/v1/users', allowed: adminOnly, payload: {} },
  { method: 'GET', url: (f) => `/api/v1/users/${f.userId}`, allowed: adminOnly },
  { method: 'PATCH', url: (f) => `/api/v1/users/${f.userId}`, allowed: adminOnly, payload: {} },
  { method: 'POST', url: (f) => `/api/v1/users/${f.userId}/deactivate`, allowed: adminOnly },
  { method: 'POST', url: (f) => `/api/v1/users/${f.userId}/reactivate`, allowed: adminOnly },
  { method: 'POST', url: (f) => `/api/v1/users/${f.userId}/resend-invitation`, allowed: adminOnly },
  // states
  { method: 'GET', url: '/api/v1/states', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/states/export.csv', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/states/export.xlsx', allowed: 'everyone' },
  { method: 'GET', url: (f) => `/api/v1/states/${f.ownState}`, allowed: 'everyone' },
  { method: 'POST', url: (f) => `/api/v1/states/${f.ownState}/events`, allowed: staffOnly, payload: {} },
  { method: 'GET', url: '/api/v1/treaty/dates?deposit=2020-01-01', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/universalization', allowed: 'everyone' },
  { method: 'PUT', url: '/api/v1/universalization/targets/:id', allowed: staffOnly, payload: {} },
  { method: 'POST', url: '/api/v1/treaty/depositary-import/preview', allowed: staffOnly, payload: {} },
  { method: 'POST', url: '/api/v1/treaty/depositary-import/apply', allowed: staffOnly, payload: {} },
  // outreach: ISU staff and coordinators only (LAO is a Party, and any id will do: writes get past the guard, then 400)
  { method: 'GET', url: '/api/v1/outreach', allowed: outreach },
  { method: 'GET', url: '/api/v1/outreach/export.csv', allowed: outreach },
  { method: 'GET', url: '/api/v1/outreach/owners', allowed: outreach },
  { method: 'GET', url: (f) => `/api/v1/outreach/${f.ownState}`, allowed: outreach },
  { method: 'PUT', url: (f) => `/api/v1/outreach/${f.ownState}/profile`, allowed: outreach, payload: {} },
  { method: 'POST', url: (f) => `/api/v1/outreach/${f.ownState}/activities`, allowed: outreach, payload: {} },
  { method: 'PATCH', url: (f) => outreachItem(f, 'activities'), allowed: outreach, payload: {} },
  { method: 'DELETE', url: (f) => outreachItem(f, 'activities'), allowed: outreach },
  { method: 'POST', url: (f) => `/api/v1/outreach/${f.ownState}/next-steps`, allowed: outreach, payload: {} },
  { method: 'PATCH', url: (f) => outreachItem(f, 'next-steps'), allowed: outreach, payload: {} },
  { method: 'DELETE', url: (f) => outreachItem(f, 'next-steps'), allowed: outreach },
  // obligations and extension requests
  { method: 'GET', url: (f) => `/api/v1/states/${f.ownState}/obligations`, allowed: 'everyone' },
  { method: 'GET', url: (f) => `/api/v1/states/${f.ownState}/obligation-records`, allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/obligations', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/obligations/export.csv', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/obligations/export.xlsx', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/obligations/calendar.ics', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/meetings', allowed: 'everyone' },
  { method: 'POST', url: (f) => `/api/v1/states/${f.ownState}/facts`, allowed: staffOnly, payload: {} },
  { method: 'POST', url: (f) => `/api/v1/states/${f.ownState}/completions`, allowed: staffOnly, payload: {} },
  {
    method: 'PUT',
    url: (f) => `/api/v1/states/${f.ownState}/national-measures`,
    allowed: staffOnly,
    payload: {},
  },
  {
    method: 'POST',
    url: (f) => `/api/v1/states/${f.ownState}/report-submissions`,
    allowed: staffOnly,
    payload: {},
  },
  {
    method: 'PUT',
    url: (f) => `/api/v1/states/${f.ownState}/victim-assistance`,
    allowed: staffOnly,
    payload: {},
  },
  { method: 'GET', url: '/api/v1/extension-requests', allowed: 'everyone' },
  { method: 'POST', url: '/api/v1/extension-requests', allowed: signedIn, payload: {} },
  { method: 'GET', url: '/api/v1/extension-requests/:id', allowed: 'everyone' },
  { method: 'PATCH', url: '/api/v1/extension-requests/:id', allowed: signedIn, payload: {} },
  { method: 'POST', url: '/api/v1/extension-requests/:id/submit', allowed: signedIn, payload: {} },
  { method: 'POST', url: '/api/v1/extension-requests/:id/analysis', allowed: staffOnly },
  { method: 'POST', url: '/api/v1/extension-requests/:id/comments', allowed: signedIn, payload: {} },
  { method: 'POST', url: '/api/v1/extension-requests/:id/decision', allowed: staffOnly, payload: {} },
  { method: 'POST', url: '/api/v1/extension-requests/:id/withdraw', allowed: signedIn },
  { method: 'GET', url: '/api/v1/extension-requests/:id/attachments', allowed: 'everyone' },
  { method: 'POST', url: '/api/v1/extension-requests/:id/attachments', allowed: signedIn, payload: {} },
  { method: 'GET', url: '/api/v1/extension-requests/:id/attachments/:attachmentId', allowed: 'everyone' },
  { method: 'DELETE', url: '/api/v1/extension-requests/:id/attachments/:attachmentId', allowed: signedIn },
  // Article 7 reports, ISU side and public reads (which State's report a focal point may touch is
  // checked past the guard: reports.test files cover it)
  { method: 'GET', url: '/api/v1/reports', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/reports/export.csv', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/reports/export.xlsx', allowed: 'everyone' },
  { method: 'POST', url: '/api/v1/reports/received', allowed: staffOnly, payload: {} },
  { method: 'GET', url: '/api/v1/reports/:id/messages', allowed: reportParties },
  { method: 'POST', url: '/api/v1/reports/:id/messages', allowed: reportParties, payload: {} },
  { method: 'POST', url: '/api/v1/reports/:id/publish', allowed: staffOnly, payload: {} },
  { method: 'POST', url: '/api/v1/reports/:id/files', allowed: reportParties, payload: {} },
  { method: 'GET', url: '/api/v1/reports/:id/files/:fileId', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/reports/:id/document.:format', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/report-formats', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/report-formats/:version', allowed: 'everyone' },
  // Article 7 analysis and open data: figures of published reports and dates of receipt, public
  { method: 'GET', url: '/api/v1/reports/summary', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/reports/summary.docx', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/reports/rates', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/reports/rates.csv', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/reports/rates.xlsx', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/reports/overdue', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/reports/overdue.csv', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/open-data/reports', allowed: 'everyone' },
  { method: 'GET', url: '/api/v1/open-data/reports.csv', allowed: 'everyone' },
  // Article 7 reports, the State's workflow: only its own focal point gets past the policy (to a
  // 409, as the fixture's report exists and the revisions named are stale); others 403
  ...reportWorkflowRules(),
  // audit and mail
  { method: 'GET', url: '/api/v1/audit', allowed: adminOnly },
  { method: 'GET', url: '/api/v1/audit/export.csv', allowed: adminOnly },
  { method: 'GET', url: '/api/v1/outbox', allowed: adminOnly },
];
