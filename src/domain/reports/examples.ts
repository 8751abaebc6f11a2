import type { ReportData } from './report-data.js';

/**
 * Example reports in the 1MSP format, for tests, demonstrations and the web app's previews. The
 * States are fictional ('ZZA', 'ZZB' are user-assigned codes) and every figure is invented; the
 * munition types and their submunition counts are real (M26: 644 M77; BL755: 147).
 */

/** A State destroying its stockpile in 2023 and retaining a few bombs for training. */
export const stockpileReport2023: ReportData = {
  version: '1MSP',
  kind: 'annual',
  cover: {
    A: { choice: 'unchanged_since', year: 2021 },
    B: { choice: 'changed' },
    C: { choice: 'unchanged_since', year: 2012 },
    D: { choice: 'changed' },
    E: { choice: 'not_applicable' },
    F: { choice: 'not_applicable' },
    G: { choice: 'not_applicable' },
    H: { choice: 'not_applicable' },
    I: { choice: 'changed' },
    J: { choice: 'not_applicable' },
  },
  header: {
    state: 'ZZA',
    submissionDate: '2024-04-28',
    periodFrom: '2023-01-01',
    periodTo: '2023-12-31',
    contacts: [
      {
        organization: 'Ministry of Foreign Affairs, Arms Control Division',
        telephone: '+00 1 234 5678',
        fax: null,
        email: 'arms.control@example.org',
      },
    ],
  },
  A: {
    measures: [
      {
        kind: 'legal',
        instrument: 'Act on the Prohibition of Cluster Munitions',
        adopted: '2011-06-15',
        effective: '2011-09-01',
        description: 'Prohibits every activity of Art. 1; violations carry up to 10 years of imprisonment.',
        penalSanctions: true,
      },
    ],
  },
  B: {
    programmeStatus:
      'Destruction continued at the national demilitarisation facility; 62% of the stockpile at entry into force is destroyed.',
    methods: 'Disassembly; incineration of the explosive content in a static kiln.',
    sites: 'National demilitarisation facility, Northern District',
    standards: 'IATG 10.10; national environmental permit 2019/44',
    stockpile: [
      {
        type: 'M26 rocket',
        munitionsAtStart: 1200,
        submunitionsAtStart: 772_800,
        munitionsAtEnd: 800,
        submunitionsAtEnd: 515_200,
        lotNumbers: 'LOT-86-112 to LOT-86-140',
      },
      {
        type: 'BL755 bomb',
        munitionsAtStart: 300,
        submunitionsAtStart: 44_100,
        munitionsAtEnd: 190,
        submunitionsAtEnd: 27_930,
        lotNumbers: null,
      },
    ],
    destroyed: [
      {
        type: 'M26 rocket',
        munitions: 400,
        submunitions: 257_600,
        method: 'Disassembly and incineration',
        site: 'National demilitarisation facility',
      },
      {
        type: 'BL755 bomb',
        munitions: 100,
        submunitions: 14_700,
        method: 'Open detonation',
        site: 'Range 4',
      },
    ],
  },
  C: {
    types: [
      {
        type: 'M26 rocket',
        producedBeforeEif: false,
        ownedOrPossessed: true,
        dimensions: 'Length 3.94 m, diameter 227 mm',
        fusing: 'M445 time fuze; M223 impact fuze on each M77 submunition',
        explosiveContent: '644 M77 dual-purpose submunitions, about 30 g of Composition A5 each',
      },
    ],
  },
  D: {
    retained: [
      {
        type: 'BL755 bomb',
        munitions: 10,
        submunitions: 1470,
        plannedUse: 'Training of explosive ordnance disposal teams',
        actualUse: 'None yet',
      },
    ],
    movements: [
      {
        date: '2023-05-10',
        movement: 'retained_from_stockpile',
        purpose: 'development_training',
        type: 'BL755 bomb',
        munitions: 10,
        submunitions: 1470,
      },
    ],
  },
  I: {
    nationalResources: [
      {
        article: '3',
        resourceKind: 'financial',
        amount: 2_500_000,
        currency: 'EUR',
        description: 'Budget of the destruction programme',
      },
    ],
  },
};

/** A State clearing contaminated land in 2023. */
export const clearanceReport2023: ReportData = {
  version: '1MSP',
  kind: 'annual',
  cover: {
    A: { choice: 'unchanged_since', year: 2020 },
    B: { choice: 'not_applicable' },
    C: { choice: 'not_applicable' },
    D: { choice: 'not_applicable' },
    E: { choice: 'not_applicable' },
    F: { choice: 'changed' },
    G: { choice: 'changed' },
    H: { choice: 'changed' },
    I: { choice: 'changed' },
    J: { choice: 'not_applicable' },
  },
  header: {
    state: 'ZZB',
    submissionDate: '2024-04-30',
    periodFrom: '2023-01-01',
    periodTo: '2023-12-31',
    contacts: [{ organization: 'National Mine Action Authority', email: 'info@nmaa.example.org' }],
  },
  F: {
    programmeStatus: 'Survey and clearance by three operators under the national strategy 2021–2030.',
    contaminatedAreas: [
      {
        location: 'Northern Province',
        areaSqm: 12_500_000,
        status: 'confirmed',
        remnantTypes: 'BLU-26, BLU-61',
        remnantQuantity: 4000,
        whenUsed: '1965–1973',
      },
      { location: 'Central Province', areaSqm: 3_200_000, status: 'suspected' },
    ],
    clearedAreas: [
      { location: 'Northern Province', areaSqm: 2_100_000, dateCompleted: '2023-11-30' },
      { location: 'Central Province', areaSqm: 450_000 },
    ],
    remnantsDestroyed: [
      {
        location: 'Northern Province',
        category: 'unexploded_submunition',
        remnantType: 'BLU-26',
        quantity: 1830,
      },
    ],
  },
  G: {
    measures: 'Village sessions and school programmes in the two provinces; radio spots in three languages.',
    activities: [
      {
        location: 'Northern Province',
        activity: 'Village risk education sessions',
        women: 1200,
        men: 1100,
        girls: 900,
        boys: 950,
      },
    ],
  },
  H: {
    implementationStatus:
      'The national disability plan covers cluster munition victims; two rehabilitation centres opened.',
    focalPoint: 'Ministry of Labour and Social Welfare',
    casualties: [
      { period: '2023', outcome: 'injured', men: 3, boys: 2 },
      { period: '2023', outcome: 'killed', boys: 1 },
    ],
  },
  I: {
    nationalResources: [{ article: '4', resourceKind: 'financial', amount: 1_000_000, currency: 'USD' }],
  },
};

/** An initial report: no cover page; the forms that apply are given in full. */
export const initialReport: ReportData = {
  version: '1MSP',
  kind: 'initial',
  cover: {
    B: { choice: 'not_applicable' },
    C: { choice: 'not_applicable' },
    D: { choice: 'not_applicable' },
    E: { choice: 'not_applicable' },
    F: { choice: 'not_applicable' },
    G: { choice: 'not_applicable' },
    H: { choice: 'not_applicable' },
    I: { choice: 'not_applicable' },
  },
  header: {
    state: 'ZZA',
    submissionDate: '2012-01-20',
    periodFrom: '2011-08-01',
    periodTo: '2012-01-20',
    contacts: [{ organization: 'Permanent Mission to the United Nations in Geneva' }],
  },
  A: {
    measures: [
      { kind: 'legal', instrument: 'Act on the Prohibition of Cluster Munitions', adopted: '2011-06-15' },
    ],
  },
};
