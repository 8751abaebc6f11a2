import { stockpileReport2023 } from '../../../domain/reports/examples';
import { format1msp } from '../../../domain/reports/format-1msp';
import type { ReportData } from '../../../domain/reports/report-data';
import { makeCurrentUser, ok } from '../../test/fake-api';
import type { ReportDetail, ReportSummary } from './api';

/** Fixtures of the read-only report pages' tests. States are fictional, as in the domain's examples. */

export const staffUser = makeCurrentUser({
  role: 'isu_staff',
  name: 'Sam Staff',
  abilities: { manageUsers: false, readAudit: false, readOutbox: false, staff: true },
});

export const focalUser = makeCurrentUser({
  role: 'state_focal_point',
  name: 'Ada Focal',
  stateIso3: 'ZZA',
  totpEnabled: false,
  abilities: { manageUsers: false, readAudit: false, readOutbox: false, staff: false },
});

export const states = {
  items: [
    { iso3: 'ZZA', name: 'Atlantis', entryIntoForce: '2011-08-01' },
    { iso3: 'ZZB', name: 'Borduria', entryIntoForce: '2012-03-01' },
    { iso3: 'ZZC', name: 'Cagliostro', entryIntoForce: null },
  ].map((s) => ({
    ...s,
    names: { en: s.name, fr: s.name, es: s.name },
    status: s.entryIntoForce ? 'state_party' : 'signatory',
    region: 'Europe',
    ccmRegion: 'europe',
    signatureDate: null,
    depositDate: null,
    depositType: null,
  })),
  total: 3,
  asOf: '2026-03-01',
};

export const reportId = '7a1e0c1e-2f4b-4c3d-9e8f-0a1b2c3d4e5f';

export function summary(overrides: Partial<ReportSummary> = {}): ReportSummary {
  return {
    id: reportId,
    iso3: 'ZZA',
    stateName: 'Atlantis',
    kind: 'annual',
    year: 2024,
    status: 'published',
    channel: 'platform',
    formatVersion: '1MSP',
    latestVersion: 1,
    publishedVersion: 1,
    receivedOn: '2024-04-28',
    dueOn: '2024-04-30',
    onTime: true,
    correctionInProgress: false,
    updatedAt: '2024-05-02T09:00:00Z',
    ...overrides,
  };
}

const noAbilities = {
  read: true,
  readUnpublished: false,
  edit: false,
  submit: false,
  amend: false,
  discardCorrection: false,
  readThread: false,
  query: false,
  reply: false,
  publish: false,
  attach: false,
};

export function detail(
  overrides: Partial<ReportDetail> = {},
  abilities: Partial<typeof noAbilities> = {},
): ReportDetail {
  return {
    ...summary(),
    id: reportId,
    status: 'published',
    channel: 'platform',
    formatVersion: '1MSP',
    data: stockpileReport2023 as ReportDetail['data'],
    shows: 1,
    draftRevision: null,
    draftUpdatedAt: null,
    findings: { errors: [], warnings: [] },
    versions: [
      {
        number: 1,
        submittedAt: '2024-04-28T10:00:00Z',
        submittedBy: 'Ada Focal',
        receivedOn: '2024-04-28',
        note: null,
        channel: 'platform',
        published: true,
      },
    ],
    files: [],
    previous: null,
    abilities: { ...noAbilities, ...abilities },
    ...overrides,
  };
}

/** The routes every report page needs: States named, the real 1MSP format. */
export const referenceRoutes = {
  'GET /states': ok(states),
  'GET /report-formats/:version': ok(format1msp),
};

export const withData = (data: ReportData) => data as ReportDetail['data'];
