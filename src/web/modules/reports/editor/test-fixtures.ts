import { stockpileReport2023 } from '../../../../domain/reports/examples';
import { prefillReport } from '../../../../domain/reports/prefill';
import type { ReportData } from '../../../../domain/reports/report-data';
import { makeCurrentUser } from '../../../test/fake-api';
import type { ReportDetail } from '../api-editor';
import { timing } from './timing';

/** Fixtures of the editor's web tests: a focal point of Peru and its 2025 annual report. */

export const reportId = '11111111-1111-4111-8111-111111111111';
export const previousId = '22222222-2222-4222-8222-222222222222';

export const focalUser = makeCurrentUser({
  role: 'state_focal_point',
  name: 'Lucía Focal',
  email: 'lucia@example.org',
  stateIso3: 'PER',
  totpEnabled: false,
  abilities: { manageUsers: false, readAudit: false, readOutbox: false, staff: false },
});
export const staffUser = makeCurrentUser({
  role: 'isu_staff',
  name: 'Sam Staff',
  abilities: { manageUsers: false, readAudit: false, readOutbox: false, staff: true },
});

export const states = {
  items: [
    { iso3: 'PER', name: 'Peru' },
    { iso3: 'LAO', name: "Lao People's Democratic Republic" },
    { iso3: 'ZZA', name: 'Zedland' },
  ].map((s) => ({
    ...s,
    names: { en: s.name, fr: s.name, es: s.name },
    status: 'state_party',
    region: 'Americas',
    ccmRegion: 'americas',
    signatureDate: null,
    depositDate: null,
    depositType: null,
    entryIntoForce: '2013-03-01',
  })),
  total: 3,
  asOf: '2026-03-01',
};

/** The 2024 report, as submitted: the "previous" report of the 2025 one. */
export const previousData: ReportData = {
  ...stockpileReport2023,
  header: { ...stockpileReport2023.header, state: 'PER' },
};

/** The 2025 draft as the platform opens it: every form "unchanged since" the previous report. */
export function draftData(patch: Partial<ReportData> = {}): ReportData {
  const data = prefillReport(previousData, { lastSubmittedYear: 2024 });
  return { ...data, ...patch };
}

/** A draft with nothing left to fill (the date of submission is given). */
export const completeDraft = () =>
  draftData({ header: { ...draftData().header, submissionDate: '2025-04-20' } });

/** A draft whose point of contact has no organization: the one thing missing. */
export function draftWithoutOrganization(): ReportData {
  const base = draftData();
  const [contact] = base.header.contacts as Record<string, unknown>[];
  const { organization: _dropped, ...rest } = contact ?? {};
  return { ...base, header: { ...base.header, contacts: [rest as Record<string, string>] } };
}

export function reportDetail(overrides: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id: reportId,
    iso3: 'PER',
    stateName: 'Peru',
    kind: 'annual',
    year: 2025,
    status: 'draft',
    channel: 'platform',
    formatVersion: '1MSP',
    latestVersion: null,
    publishedVersion: null,
    receivedOn: null,
    dueOn: '2025-04-30',
    onTime: null,
    correctionInProgress: false,
    updatedAt: '2025-03-01T10:00:00.000Z',
    data: draftData() as ReportDetail['data'],
    shows: 'draft',
    draftRevision: 3,
    draftUpdatedAt: '2025-03-01T10:00:00.000Z',
    findings: { errors: [], warnings: [] },
    versions: [],
    files: [],
    previous: { id: previousId, year: 2024, kind: 'annual', data: previousData as ReportDetail['data'] },
    abilities: { edit: true, submit: true, amend: false, discardCorrection: false },
    ...overrides,
  };
}

export const editUrl = (section?: string) =>
  `/reports/${reportId}/edit${section ? `?section=${section}` : ''}`;

/** Short waits, so that tests do not sit through the real pauses before checking and saving. */
export function fastTiming() {
  const saved = { ...timing };
  beforeEach(() => {
    timing.checkMs = 5;
    timing.saveMs = 40;
  });
  afterEach(() => {
    Object.assign(timing, saved);
  });
}
