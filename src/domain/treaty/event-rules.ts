import { convention, signatureOpen } from './dates.js';
import { isDeposit, positionOn, type TreatyEvent, withdrawalTakesEffect } from './status.js';

export type EventProblem = { field: 'type' | 'date' | 'effectiveDate'; message: string };

/**
 * Whether a new event fits the State's history; each problem says why in the terms of the
 * Convention. An empty list means it may be recorded.
 */
export function problemsWithNewEvent(
  history: readonly TreatyEvent[],
  event: TreatyEvent,
  today: string,
): EventProblem[] {
  if (event.date > today) return [{ field: 'date', message: 'must not be in the future' }];
  if (event.date < convention.adopted)
    return [{ field: 'date', message: 'is before the Convention was adopted (30 May 2008)' }];
  const before = positionOn(history, event.date);
  const ever = positionOn(history, '9999-12-31');
  const problems: EventProblem[] = [];
  const add = (field: EventProblem['field'], message: string) => problems.push({ field, message });

  if (event.type === 'signature') {
    if (!signatureOpen(event.date))
      add('date', 'signature was open only from 3 December 2008 until 1 August 2010; States now accede');
    if (ever.signatureDate) add('type', `this State already signed, on ${ever.signatureDate}`);
    if (ever.depositDate && ever.depositDate < event.date)
      add('date', `is after the deposit of ${ever.depositDate}`);
  } else if (isDeposit(event.type)) {
    const isParty = before.status === 'state_party' || before.status === 'party_not_in_force';
    const later = history.find((e) => isDeposit(e.type) && e.date > event.date);
    if (isParty) add('type', `this State is already a Party (deposit of ${before.depositDate})`);
    else if (later) add('type', `this State already deposited an instrument later, on ${later.date}`);
    const rejoining = before.status === 'withdrawn';
    if (event.type === 'accession' && before.signatureDate && !rejoining) {
      add(
        'type',
        'a signatory ratifies, accepts or approves; only a State that did not sign accedes (Art. 16)',
      );
    }
    if (event.type !== 'accession' && !before.signatureDate) {
      add(
        'type',
        ever.signatureDate
          ? `the deposit cannot come before the signature of ${ever.signatureDate}`
          : 'a State that did not sign joins by accession (Art. 16)',
      );
    }
  } else if (event.type === 'withdrawal') {
    if (!(before.status === 'state_party' || before.status === 'party_not_in_force')) {
      add('type', 'only a State Party can withdraw (Art. 20)');
    } else if (history.some((e) => e.type === 'withdrawal' && e.date >= (before.depositDate ?? ''))) {
      add('type', 'a withdrawal is already recorded');
    }
    if (
      event.effectiveDate &&
      event.effectiveDate < withdrawalTakesEffect({ ...event, effectiveDate: null })
    ) {
      add('effectiveDate', 'cannot be earlier than six months after receipt (Art. 20(2))');
    }
  } else if (event.type === 'provisional_application') {
    if (!before.depositDate)
      add('type', 'provisional application is declared upon depositing an instrument (Art. 18)');
    if (before.status === 'state_party') add('type', 'the Convention is already in force for this State');
  }
  return problems;
}
