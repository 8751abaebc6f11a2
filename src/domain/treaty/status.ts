import { type IsoDate, isOnOrBefore } from '../calendar.js';
import { entryIntoForceFor, withdrawalEffective } from './dates.js';
import { type DepositType, depositTypes, type TreatyEventType, type TreatyStatus } from './kinds.js';

export * from './kinds.js';

export type TreatyEvent = {
  type: TreatyEventType;
  date: IsoDate;
  /** For a withdrawal: when it took effect, if not six months after receipt (Art. 20(3), armed conflict). */
  effectiveDate?: IsoDate | null;
};

export type TreatyPosition = {
  status: TreatyStatus;
  signatureDate: IsoDate | null;
  depositDate: IsoDate | null;
  depositType: DepositType | null;
  entryIntoForce: IsoDate | null;
  withdrawalEffective: IsoDate | null;
};

export const isDeposit = (type: TreatyEventType): type is DepositType =>
  (depositTypes as readonly string[]).includes(type);

export const withdrawalTakesEffect = (event: TreatyEvent): IsoDate =>
  event.effectiveDate ?? withdrawalEffective(event.date);

/**
 * A State's position towards the Convention on a date, from its events only (Arts. 15–18, 20).
 * A deposit makes it a Party, bound from entry into force; a withdrawal ends that when it takes
 * effect; a later accession would make it a Party again.
 */
export function positionOn(events: readonly TreatyEvent[], asOf: IsoDate): TreatyPosition {
  const known = events
    .filter((event) => isOnOrBefore(event.date, asOf))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let signatureDate: IsoDate | null = null;
  let deposit: TreatyEvent | null = null;
  let withdrawal: TreatyEvent | null = null;
  for (const event of known) {
    if (event.type === 'signature') signatureDate ??= event.date;
    else if (isDeposit(event.type)) {
      deposit = event;
      withdrawal = null;
    } else if (event.type === 'withdrawal' && deposit) withdrawal = event;
  }
  const entryIntoForce = deposit ? entryIntoForceFor(deposit.date) : null;
  const effective = withdrawal ? withdrawalTakesEffect(withdrawal) : null;
  const base = {
    signatureDate,
    depositDate: deposit?.date ?? null,
    depositType: deposit ? (deposit.type as DepositType) : null,
    entryIntoForce,
    withdrawalEffective: effective,
  };
  if (effective && isOnOrBefore(effective, asOf)) return { status: 'withdrawn', ...base };
  if (deposit && entryIntoForce)
    return { status: isOnOrBefore(entryIntoForce, asOf) ? 'state_party' : 'party_not_in_force', ...base };
  return { status: signatureDate ? 'signatory' : 'not_party', ...base };
}

/** Parties as the Depositary and the ISU count them: instrument deposited, not withdrawn. */
export const countsAsParty = (status: TreatyStatus) =>
  status === 'state_party' || status === 'party_not_in_force';
