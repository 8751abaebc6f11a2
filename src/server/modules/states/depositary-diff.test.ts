import { describe, expect, it } from 'vitest';
import { diffDepositaryPage, normaliseName, planApply, type RecordedEvent } from './depositary-diff.js';
import type { DepositaryPage, ParsedParticipant } from './depositary-parse.js';

const states = [
  { iso3: 'ALB', nameEn: 'Albania' },
  { iso3: 'CIV', nameEn: "Côte d'Ivoire" },
  { iso3: 'JPN', nameEn: 'Japan' },
  { iso3: 'KEN', nameEn: 'Kenya' },
  { iso3: 'LTU', nameEn: 'Lithuania' },
  { iso3: 'TON', nameEn: 'Tonga' },
];
let ids = 0;
const event = (
  type: RecordedEvent['type'],
  date: string,
  extra: Partial<RecordedEvent> = {},
): RecordedEvent => ({
  id: `e${++ids}`,
  type,
  date,
  effectiveDate: null,
  notification: null,
  ...extra,
});
const recorded = new Map<string, RecordedEvent[]>([
  ['ALB', [event('signature', '2008-12-03'), event('ratification', '2009-06-16')]],
  ['CIV', [event('signature', '2008-12-04'), event('ratification', '2012-03-12')]],
  ['JPN', [event('signature', '2008-12-03'), event('acceptance', '2009-07-14')]],
  ['KEN', [event('signature', '2008-12-03')]],
  [
    'LTU',
    [
      event('signature', '2008-12-03'),
      event('ratification', '2011-03-24'),
      event('withdrawal', '2024-09-06', {
        effectiveDate: '2025-03-06',
        notification: 'C.N.347.2024.TREATIES-XXVI-6',
      }),
    ],
  ],
]);
const participant = (name: string, rest: Partial<ParsedParticipant> = {}): ParsedParticipant => ({
  name,
  footnotes: [],
  signature: null,
  provisionalApplication: null,
  deposit: null,
  bracketed: false,
  withdrawal: null,
  ...rest,
});
const samePage: DepositaryPage = {
  statusAsAt: '2026-02-03',
  participants: [
    participant('Albania', {
      signature: '2008-12-03',
      deposit: { date: '2009-06-16', type: 'ratification' },
    }),
    participant('COTE D’IVOIRE', {
      signature: '2008-12-04',
      deposit: { date: '2012-03-12', type: 'ratification' },
    }),
    participant('Japan', { signature: '2008-12-03', deposit: { date: '2009-07-14', type: 'acceptance' } }),
    participant('Kenya', { signature: '2008-12-03' }),
    participant('Lithuania', {
      signature: '2008-12-03',
      deposit: { date: '2011-03-24', type: 'ratification' },
      bracketed: true,
    }),
  ],
};
const withParticipants = (...edits: ParsedParticipant[]): DepositaryPage => ({
  ...samePage,
  participants: [...samePage.participants.filter((p) => !edits.some((e) => e.name === p.name)), ...edits],
});
const brief = (page: DepositaryPage, events = recorded) =>
  diffDepositaryPage(page, states, events).map(({ id, kind, applicable }) => ({ id, kind, applicable }));

describe('comparing a status page with the records', () => {
  it('finds nothing when they agree, whatever the accents, case and apostrophes of names', () => {
    expect(normaliseName("Côte d'Ivoire")).toBe(normaliseName('COTE D’IVOIRE'));
    expect(normaliseName('St. Kitts & Nevis')).toBe('st kitts and nevis');
    expect(diffDepositaryPage(samePage, states, recorded)).toEqual([]);
  });

  it('reports new events, changed dates and types, and unknown names with stable ids', () => {
    const page = withParticipants(
      participant('Tonga', { deposit: { date: '2026-01-10', type: 'accession' } }),
      participant('Albania', {
        signature: '2008-12-03',
        deposit: { date: '2009-06-17', type: 'ratification' },
      }),
      participant('Japan', { signature: '2008-12-03', deposit: { date: '2009-07-14', type: 'approval' } }),
      participant('Atlantis', { signature: '2009-01-01' }),
    );
    const changes = diffDepositaryPage(page, states, recorded);
    expect(changes.map(({ id, kind }) => ({ id, kind }))).toEqual([
      { id: 'ALB:deposit', kind: 'changed_date' },
      { id: 'JPN:deposit', kind: 'changed_type' },
      { id: 'TON:deposit', kind: 'new_event' },
      { id: 'unknown:atlantis', kind: 'unknown_name' },
    ]);
    expect(changes[0]).toMatchObject({
      iso3: 'ALB',
      eventType: 'ratification',
      current: { type: 'ratification', date: '2009-06-16' },
      proposed: { type: 'ratification', date: '2009-06-17' },
      applicable: true,
    });
    expect(changes[3]).toMatchObject({ iso3: null, name: 'Atlantis', applicable: false, proposed: null });
    expect(diffDepositaryPage(page, states, recorded).map((c) => c.id)).toEqual(changes.map((c) => c.id));
  });

  it('reports recorded events the page does not show, unless they are later than the page', () => {
    const page = withParticipants(participant('Kenya'));
    expect(brief(page)).toEqual([{ id: 'KEN:signature', kind: 'missing_from_page', applicable: false }]);
    const later = new Map(recorded).set('TON', [event('accession', '2026-05-01')]);
    expect(brief(samePage, later)).toEqual([]);
  });

  it('treats a bracketed participant whose withdrawal is recorded as no change, and proposes one that is not', () => {
    const withoutWithdrawal = new Map(recorded).set(
      'LTU',
      (recorded.get('LTU') ?? []).filter((e) => e.type !== 'withdrawal'),
    );
    expect(brief(samePage, withoutWithdrawal)).toEqual([
      { id: 'LTU:withdrawal', kind: 'unrecorded_withdrawal', applicable: false },
    ]);
    const withdrawal = {
      date: '2024-09-06',
      effectiveDate: '2025-03-06',
      notification: 'C.N.347.2024.TREATIES-XXVI-6',
    };
    const page = withParticipants({ ...(samePage.participants[4] as ParsedParticipant), withdrawal });
    expect(diffDepositaryPage(page, states, withoutWithdrawal)).toEqual([
      expect.objectContaining({
        id: 'LTU:withdrawal',
        kind: 'new_event',
        proposed: { type: 'withdrawal', ...withdrawal },
      }),
    ]);
    const unbracketed = withParticipants({
      ...(samePage.participants[4] as ParsedParticipant),
      bracketed: false,
    });
    expect(brief(unbracketed)).toEqual([
      { id: 'LTU:withdrawal', kind: 'missing_from_page', applicable: false },
    ]);
  });
});

describe('planning an apply', () => {
  const today = '2026-02-03';
  const page = withParticipants(
    participant('Tonga', { signature: '2009-03-01', deposit: { date: '2026-01-10', type: 'ratification' } }),
    participant('Kenya', { signature: '2008-12-03', deposit: { date: '2026-01-05', type: 'accession' } }),
    participant('Albania', {
      signature: '2008-12-03',
      deposit: { date: '2009-06-17', type: 'ratification' },
    }),
    participant('Atlantis', { signature: '2009-01-01' }),
  );
  const changes = diffDepositaryPage(page, states, recorded);

  it('applies a signature before the ratification that needs it, and corrects a recorded event', () => {
    const plan = planApply(changes, ['TON:deposit', 'TON:signature', 'ALB:deposit'], recorded, today);
    expect(plan.refused).toEqual([]);
    expect(plan.writes.map((w) => [w.change.id, w.change.eventId !== null])).toEqual([
      ['ALB:deposit', true],
      ['TON:signature', false],
      ['TON:deposit', false],
    ]);
  });

  it('refuses each invalid selection with its reasons', () => {
    const plan = planApply(
      changes,
      ['TON:deposit', 'KEN:deposit', 'unknown:atlantis', 'ALB:deposit'],
      recorded,
      today,
    );
    expect(plan.writes.map((w) => w.change.id)).toEqual(['ALB:deposit']);
    expect(plan.refused).toEqual([
      { id: 'KEN:deposit', reasons: [expect.stringMatching(/^type: a signatory ratifies/)] },
      { id: 'TON:deposit', reasons: ['type: a State that did not sign joins by accession (Art. 16)'] },
      { id: 'unknown:atlantis', reasons: [expect.stringMatching(/^unknown name: nothing to apply/)] },
    ]);
  });

  it('has nothing to do for ids that are no longer differences', () => {
    const plan = planApply([], ['ALB:deposit'], recorded, today);
    expect(plan).toEqual({ writes: [], refused: [], unchanged: ['ALB:deposit'] });
  });
});
