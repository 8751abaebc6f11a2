import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemsWithNewEvent } from './event-rules.js';
import { positionOn, type TreatyEvent } from './status.js';

const lithuania: TreatyEvent[] = [
  { type: 'signature', date: '2008-12-03' },
  { type: 'ratification', date: '2011-03-24' },
  { type: 'provisional_application', date: '2011-03-24' },
  { type: 'withdrawal', date: '2024-09-06' },
];
const vanuatu: TreatyEvent[] = [{ type: 'accession', date: '2025-09-05' }];

describe('status on a date', () => {
  it('follows Lithuania from signatory to withdrawn', () => {
    expect(positionOn(lithuania, '2008-12-02').status).toBe('not_party');
    expect(positionOn(lithuania, '2010-01-01').status).toBe('signatory');
    expect(positionOn(lithuania, '2011-06-01').status).toBe('party_not_in_force');
    expect(positionOn(lithuania, '2011-09-01')).toMatchObject({
      status: 'state_party',
      entryIntoForce: '2011-09-01',
      depositType: 'ratification',
    });
    expect(positionOn(lithuania, '2025-03-05').status).toBe('state_party');
    expect(positionOn(lithuania, '2025-03-06')).toMatchObject({
      status: 'withdrawn',
      withdrawalEffective: '2025-03-06',
    });
  });

  it('shows a Party not yet bound between deposit and entry into force (Vanuatu)', () => {
    expect(positionOn(vanuatu, '2026-02-03').status).toBe('party_not_in_force');
    expect(positionOn(vanuatu, '2026-03-01').status).toBe('state_party');
  });

  it('delays a withdrawal when an armed conflict postpones it (Art. 20(3))', () => {
    const delayed = lithuania.map((e) =>
      e.type === 'withdrawal' ? { ...e, effectiveDate: '2026-01-01' } : e,
    );
    expect(positionOn(delayed, '2025-06-01').status).toBe('state_party');
    expect(positionOn(delayed, '2026-01-01').status).toBe('withdrawn');
  });

  it('does not depend on the order events are given in', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(lithuania, { minLength: lithuania.length }),
        fc.date({ min: new Date('2008-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        (shuffled, day) => {
          const asOf = day.toISOString().slice(0, 10);
          expect(positionOn(shuffled, asOf)).toEqual(positionOn(lithuania, asOf));
        },
      ),
    );
  });

  it('never goes back from Party to signatory as time passes', () => {
    const rank = { not_party: 0, signatory: 1, party_not_in_force: 2, state_party: 3, withdrawn: 4 };
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2008-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 4000 }),
        (day, gap) => {
          const a = day.toISOString().slice(0, 10);
          const b = new Date(day.getTime() + gap * 86_400_000).toISOString().slice(0, 10);
          return rank[positionOn(lithuania, a).status] <= rank[positionOn(lithuania, b).status];
        },
      ),
    );
  });
});

describe('recording a new event', () => {
  const today = '2026-11-23';
  const messages = (history: TreatyEvent[], event: TreatyEvent) =>
    problemsWithNewEvent(history, event, today).map((p) => p.message);

  it('accepts an accession by a State that never signed', () => {
    expect(problemsWithNewEvent([], { type: 'accession', date: '2026-10-01' }, today)).toEqual([]);
  });

  it('refuses an accession by a signatory', () => {
    expect(
      messages([{ type: 'signature', date: '2008-12-03' }], { type: 'accession', date: '2026-10-01' })[0],
    ).toMatch(/signatory ratifies/);
  });

  it('refuses a deposit before the signature', () => {
    expect(
      messages([{ type: 'signature', date: '2009-05-01' }], { type: 'ratification', date: '2009-01-01' })[0],
    ).toMatch(/cannot come before the signature/);
  });

  it('refuses a date in the future', () => {
    expect(problemsWithNewEvent([], { type: 'accession', date: '2026-11-24' }, today)).toEqual([
      { field: 'date', message: 'must not be in the future' },
    ]);
  });

  it('refuses a second deposit', () => {
    expect(messages(vanuatu, { type: 'accession', date: '2026-01-01' })[0]).toMatch(/already a Party/);
  });

  it('refuses a signature after entry into force of the Convention', () => {
    expect(messages([], { type: 'signature', date: '2011-01-01' })[0]).toMatch(/States now accede/);
  });

  it('refuses a withdrawal by a non-Party and a second withdrawal', () => {
    expect(messages([], { type: 'withdrawal', date: '2026-01-01' })[0]).toMatch(/only a State Party/);
    expect(messages(lithuania, { type: 'withdrawal', date: '2026-01-01' })[0]).toMatch(
      /only a State Party|already recorded/,
    );
  });

  it('lets a State that withdrew join again by accession', () => {
    expect(problemsWithNewEvent(lithuania, { type: 'accession', date: '2026-06-01' }, today)).toEqual([]);
  });
});
