import { addDays, addMonths, addYears, firstOfMonth, type IsoDate, isOnOrBefore } from '../calendar.js';

/** Facts of the Convention (treaty-rules.md §1). */
export const convention = {
  adopted: '2008-05-30',
  openedForSignature: '2008-12-03',
  thirtiethDeposit: '2010-02-16',
  entryIntoForce: '2010-08-01',
} as const;

/**
 * Art. 17: the Convention entered into force on 1 Aug 2010 for the first thirty; for a later
 * deposit, on the first day of the sixth month after the month of deposit.
 */
export function entryIntoForceFor(deposit: IsoDate): IsoDate {
  if (isOnOrBefore(deposit, convention.thirtiethDeposit)) return convention.entryIntoForce;
  return addMonths(firstOfMonth(deposit), 6);
}

/** Art. 7(1): the initial transparency report, 180 days after entry into force for the State. */
export const initialReportDue = (entryIntoForce: IsoDate): IsoDate => addDays(entryIntoForce, 180);

/** Art. 3(2): stockpiles destroyed within 8 years of entry into force. */
export const article3Deadline = (entryIntoForce: IsoDate): IsoDate => addYears(entryIntoForce, 8);

/** Art. 4(1)(a): remnants cleared within 10 years of entry into force. */
export const article4Deadline = (entryIntoForce: IsoDate): IsoDate => addYears(entryIntoForce, 10);

/** Art. 20(2): a withdrawal takes effect six months after the Depositary receives it. */
export const withdrawalEffective = (received: IsoDate): IsoDate => addMonths(received, 6);

/** Art. 15: signature was open from 3 Dec 2008 until entry into force; later States accede. */
export const signatureOpen = (date: IsoDate): boolean =>
  date >= convention.openedForSignature && date < convention.entryIntoForce;

export function datesForDeposit(deposit: IsoDate) {
  const eif = entryIntoForceFor(deposit);
  return {
    entryIntoForce: eif,
    initialReportDue: initialReportDue(eif),
    article3Deadline: article3Deadline(eif),
    article4Deadline: article4Deadline(eif),
  };
}
