// The vocabularies of treaty events and statuses, free of any import so the web app can use them
// without pulling in the date arithmetic.
export const depositTypes = ['ratification', 'acceptance', 'approval', 'accession'] as const;
export type DepositType = (typeof depositTypes)[number];

export const eventTypes = [
  'signature',
  ...depositTypes,
  'provisional_application',
  'withdrawal',
  'declaration',
] as const;
export type TreatyEventType = (typeof eventTypes)[number];

export const treatyStatuses = [
  'not_party',
  'signatory',
  'party_not_in_force',
  'state_party',
  'withdrawn',
] as const;
export type TreatyStatus = (typeof treatyStatuses)[number];
