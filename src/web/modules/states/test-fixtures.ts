// Sample API answers for the States module's web tests.
import type { StateDetail, StateSummary, Universalization } from './api';

export const summary = (iso3: string, en: string, extra: Partial<StateSummary> = {}): StateSummary => ({
  iso3,
  name: en,
  names: { en, fr: `${en} (fr)`, es: `${en} (es)` },
  status: 'not_party',
  region: 'Asia',
  ccmRegion: 'asia_pacific',
  signatureDate: null,
  depositDate: null,
  depositType: null,
  entryIntoForce: null,
  ...extra,
});

export const LAO = summary('LAO', "Lao People's Democratic Republic", {
  names: {
    en: "Lao People's Democratic Republic",
    fr: 'République démocratique populaire lao',
    es: 'República Democrática Popular Lao',
  },
  status: 'state_party',
  signatureDate: '2008-12-03',
  depositDate: '2009-03-18',
  depositType: 'ratification',
  entryIntoForce: '2010-08-01',
});
export const AGO = summary('AGO', 'Angola', {
  status: 'signatory',
  region: 'Africa',
  ccmRegion: 'africa',
  signatureDate: '2008-12-03',
});
export const USA = summary('USA', 'United States of America', { region: 'Americas', ccmRegion: 'americas' });
export const LTU = summary('LTU', 'Lithuania', {
  status: 'withdrawn',
  region: 'Europe',
  ccmRegion: 'europe',
  signatureDate: '2008-12-03',
  depositDate: '2011-03-24',
  depositType: 'ratification',
  entryIntoForce: '2011-09-01',
});
export const VUT = summary('VUT', 'Vanuatu', {
  status: 'party_not_in_force',
  region: 'Oceania',
  depositDate: '2025-09-05',
  depositType: 'accession',
  entryIntoForce: '2026-03-01',
});
/** Too small for the 1:110m outlines: a marker on the map. */
export const TUV = summary('TUV', 'Tuvalu', { region: 'Oceania' });

export const STATES = [AGO, LAO, LTU, TUV, USA, VUT];

export const UNIVERSALIZATION: Universalization = {
  asOf: '2026-02-03',
  parties: 112,
  inForce: 111,
  byStatus: { state_party: 111, party_not_in_force: 1, signatory: 12, not_party: 72, withdrawn: 1 },
  byRegion: [],
  byCcmRegion: [
    {
      region: 'africa',
      byStatus: { state_party: 37, party_not_in_force: 0, signatory: 8, not_party: 9, withdrawn: 0 },
    },
    {
      region: 'europe',
      byStatus: { state_party: 36, party_not_in_force: 0, signatory: 1, not_party: 10, withdrawn: 1 },
    },
  ],
  partiesByYear: [
    { year: 2008, parties: 4, inForce: 0 },
    { year: 2009, parties: 26, inForce: 0 },
    { year: 2010, parties: 48, inForce: 48 },
  ],
  targets: [
    {
      id: '0b7a6a4e-6d4e-4c55-9a53-2f0b5b0f2a11',
      label: 'Dubrovnik Action Plan: 130 States Parties',
      parties: 130,
      byDate: '2020-12-31',
      source: 'Dubrovnik Action Plan (2RC, 2020)',
      version: 1,
    },
  ],
};

export const laoDetail = (extra: Partial<StateDetail> = {}): StateDetail => ({
  ...LAO,
  withdrawalEffective: null,
  dates: {
    entryIntoForce: '2010-08-01',
    initialReportDue: '2011-01-28',
    article3Deadline: '2018-08-01',
    article4Deadline: '2020-08-01',
  },
  events: [
    {
      id: '5d1c7a52-1a0e-4d7e-9d0c-9a1a3b1f0001',
      type: 'ratification',
      date: '2009-03-18',
      effectiveDate: null,
      notification: 'C.N.150.2009.TREATIES-3',
      detail: null,
      source: 'UN Treaty Collection',
    },
    {
      id: '5d1c7a52-1a0e-4d7e-9d0c-9a1a3b1f0000',
      type: 'signature',
      date: '2008-12-03',
      effectiveDate: null,
      notification: null,
      detail: 'Signed in Oslo',
      source: 'UN Treaty Collection',
    },
  ],
  abilities: { recordEvent: false, readOutreach: false },
  ...extra,
});
