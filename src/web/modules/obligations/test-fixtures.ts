import { makeCurrentUser } from '../../test/fake-api';
import type { ExtensionRequest, Obligation, ObligationRow } from './api';

export const staffUser = makeCurrentUser({
  role: 'isu_staff',
  name: 'Sam Staff',
  abilities: {
    manageUsers: false,
    readAudit: false,
    readOutbox: false,
    staff: true,
    obligationsDashboard: true,
  },
});
export const coordinatorUser = makeCurrentUser({
  role: 'coordinator',
  name: 'Carmen Coordinator',
  totpEnabled: false,
  abilities: {
    manageUsers: false,
    readAudit: false,
    readOutbox: false,
    staff: false,
    obligationsDashboard: true,
  },
});
export const focalUser = makeCurrentUser({
  role: 'state_focal_point',
  name: 'Lucía Focal',
  stateIso3: 'PER',
  totpEnabled: false,
  abilities: {
    manageUsers: false,
    readAudit: false,
    readOutbox: false,
    staff: false,
    obligationsDashboard: false,
  },
});

export const states = {
  items: [
    { iso3: 'LAO', name: "Lao People's Democratic Republic", entryIntoForce: '2010-08-01' },
    { iso3: 'LBN', name: 'Lebanon', entryIntoForce: '2011-05-01' },
    { iso3: 'NIU', name: 'Niue', entryIntoForce: '2021-02-01' },
    { iso3: 'PER', name: 'Peru', entryIntoForce: '2013-03-01' },
    { iso3: 'USA', name: 'United States of America', entryIntoForce: null },
  ].map((s) => ({
    ...s,
    names: { en: s.name, fr: s.name, es: s.name },
    status: s.entryIntoForce ? 'state_party' : 'not_party',
    region: 'Asia',
    ccmRegion: 'asia_pacific',
    signatureDate: null,
    depositDate: null,
    depositType: null,
  })),
  total: 5,
  asOf: '2026-03-01',
};

export const obligation = (overrides: Partial<Obligation> = {}): Obligation => ({
  article: '4',
  applies: true,
  originalDeadline: '2020-08-01',
  currentDeadline: '2025-08-01',
  status: 'overdue',
  completedOn: null,
  extensions: [],
  ...overrides,
});

export const row = (iso3: string, name: string, overrides: Partial<Obligation> = {}): ObligationRow => ({
  ...obligation(overrides),
  iso3,
  name,
  ccmRegion: 'asia_pacific',
});

export const meetings = {
  items: [
    {
      id: '13MSP',
      name: 'Thirteenth Meeting of States Parties',
      kind: 'msp',
      startDate: '2025-09-16',
      endDate: '2025-09-19',
      place: 'Geneva',
    },
    {
      id: '14MSP',
      name: 'Fourteenth Meeting of States Parties',
      kind: 'msp',
      startDate: '2026-09-15',
      endDate: '2026-09-18',
      place: 'Geneva',
    },
  ],
};

export const noAbilities = {
  read: true,
  readComments: false,
  edit: false,
  submit: false,
  startAnalysis: false,
  comment: false,
  reply: false,
  decide: false,
  withdraw: false,
};

export const request = (overrides: Partial<ExtensionRequest> = {}): ExtensionRequest => ({
  id: '5b1c3f4e-9a2b-4c6d-8e7f-0a1b2c3d4e5f',
  iso3: 'NIU',
  stateName: 'Niue',
  article: '4',
  status: 'draft',
  currentDeadline: '2031-02-01',
  requestedUntil: '2036-02-01',
  submittedOn: null,
  exceptionalCircumstances: null,
  contents: { a: 'Five years' },
  meeting: null,
  decision: null,
  grantedUntil: null,
  decidedOn: null,
  decidedAt: null,
  decisionDocument: null,
  renews: null,
  checks: { errors: [], warnings: [] },
  comments: [],
  version: 3,
  abilities: { ...noAbilities },
  ...overrides,
});
