import { problemsWithNewEvent } from '../../../domain/treaty/event-rules.js';
import { isDeposit, type TreatyEvent, type TreatyEventType } from '../../../domain/treaty/status.js';
import type { DepositaryChange, DepositaryRefusal } from '../../../shared/contracts/depositary-import.js';
import type { DepositaryPage, ParsedParticipant } from './depositary-parse.js';

/**
 * What a Depositary status page says that the platform's records do not, State by State, and
 * which of those differences may be applied. Pure: the service loads the records and writes.
 */

export type RecordedEvent = {
  id: string;
  type: TreatyEventType;
  date: string;
  effectiveDate: string | null;
  notification: string | null;
};
export type KnownState = { iso3: string; nameEn: string };
type Snapshot = NonNullable<DepositaryChange['current']>;
/** A change plus the recorded event it corrects, which never leaves the server. */
export type DiffChange = DepositaryChange & { eventId: string | null };

/** Case, accents, punctuation and "&" do not tell two names apart; anything else does. */
export const normaliseName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const slots = ['signature', 'deposit', 'provisional_application', 'withdrawal'] as const;
type Slot = (typeof slots)[number];

const snapshotOf = (event: RecordedEvent): Snapshot => ({
  type: event.type,
  date: event.date,
  effectiveDate: event.effectiveDate,
  notification: event.notification,
});

function recordedIn(slot: Slot, events: RecordedEvent[]): RecordedEvent | null {
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = <T>(list: T[]) => list[list.length - 1] ?? null;
  if (slot === 'signature') return sorted.find((e) => e.type === 'signature') ?? null;
  if (slot === 'provisional_application')
    return sorted.find((e) => e.type === 'provisional_application') ?? null;
  const deposit = last(sorted.filter((e) => isDeposit(e.type)));
  if (slot === 'deposit') return deposit;
  // A withdrawal counts only while no later deposit brought the State back.
  const withdrawal = last(sorted.filter((e) => e.type === 'withdrawal'));
  return withdrawal && (!deposit || withdrawal.date >= deposit.date) ? withdrawal : null;
}

function onPage(slot: Slot, p: ParsedParticipant): Snapshot | null {
  const plain = (type: TreatyEventType, date: string | null): Snapshot | null =>
    date ? { type, date, effectiveDate: null, notification: null } : null;
  if (slot === 'signature') return plain('signature', p.signature);
  if (slot === 'provisional_application') return plain('provisional_application', p.provisionalApplication);
  if (slot === 'deposit') return p.deposit ? plain(p.deposit.type, p.deposit.date) : null;
  return p.bracketed && p.withdrawal ? { type: 'withdrawal', ...p.withdrawal } : null;
}

function compareSlot(
  slot: Slot,
  state: KnownState,
  participant: ParsedParticipant | undefined,
  events: RecordedEvent[],
  statusAsAt: string | null,
): DiffChange | null {
  const recorded = recordedIn(slot, events);
  const current = recorded ? snapshotOf(recorded) : null;
  const base = {
    id: `${state.iso3}:${slot}`,
    iso3: state.iso3,
    name: participant?.name ?? state.nameEn,
    current,
    eventId: recorded?.id ?? null,
  };
  const proposed = participant ? onPage(slot, participant) : null;
  if (slot === 'withdrawal' && participant?.bracketed && !current && !proposed)
    return {
      ...base,
      kind: 'unrecorded_withdrawal',
      eventType: 'withdrawal',
      proposed: null,
      applicable: false,
    };
  if (slot === 'withdrawal' && participant?.bracketed && current) return null;
  if (proposed && !current)
    return { ...base, kind: 'new_event', eventType: proposed.type, proposed, applicable: true };
  if (proposed && current) {
    const kind =
      proposed.type !== current.type
        ? 'changed_type'
        : proposed.date !== current.date
          ? 'changed_date'
          : null;
    if (!kind) return null;
    const corrected = {
      ...proposed,
      notification: current.notification,
      effectiveDate: current.effectiveDate,
    };
    return { ...base, kind, eventType: proposed.type, proposed: corrected, applicable: true };
  }
  // The page cannot show what happened after its date.
  if (current && (!statusAsAt || current.date <= statusAsAt))
    return { ...base, kind: 'missing_from_page', eventType: current.type, proposed: null, applicable: false };
  return null;
}

export function diffDepositaryPage(
  page: DepositaryPage,
  states: readonly KnownState[],
  eventsOf: ReadonlyMap<string, RecordedEvent[]>,
): DiffChange[] {
  const byName = new Map(page.participants.map((p) => [normaliseName(p.name), p]));
  const known = new Set<string>();
  const changes: DiffChange[] = [];
  for (const state of [...states].sort((a, b) => a.nameEn.localeCompare(b.nameEn, 'en'))) {
    const key = normaliseName(state.nameEn);
    const participant = byName.get(key);
    if (participant) known.add(key);
    for (const slot of slots) {
      const change = compareSlot(slot, state, participant, eventsOf.get(state.iso3) ?? [], page.statusAsAt);
      if (change) changes.push(change);
    }
  }
  for (const [key, participant] of byName) {
    if (known.has(key)) continue;
    changes.push({
      id: `unknown:${key.replace(/ /g, '-')}`,
      iso3: null,
      name: participant.name,
      kind: 'unknown_name',
      eventType: null,
      current: null,
      proposed: null,
      applicable: false,
      eventId: null,
    });
  }
  return changes;
}

export type PlannedWrite = { change: DiffChange & { iso3: string; proposed: Snapshot } };
export type ApplyPlan = { writes: PlannedWrite[]; refused: DepositaryRefusal[]; unchanged: string[] };

/**
 * Checks the selected changes against each State's history (src/domain/treaty/event-rules.ts), in
 * the order signature, deposit, provisional application, withdrawal, each one seeing the changes
 * before it. Ids no longer in the diff are already applied: nothing to do, not an error.
 */
export function planApply(
  changes: readonly DiffChange[],
  selectedIds: readonly string[],
  eventsOf: ReadonlyMap<string, RecordedEvent[]>,
  today: string,
): ApplyPlan {
  const selected = new Set(selectedIds);
  const found = changes.filter((c) => selected.has(c.id));
  const foundIds = new Set(found.map((c) => c.id));
  const plan: ApplyPlan = {
    writes: [],
    refused: [],
    unchanged: [...selected].filter((id) => !foundIds.has(id)),
  };
  const histories = new Map<string, (TreatyEvent & { id?: string })[]>();
  for (const change of found) {
    if (!change.applicable || !change.iso3 || !change.proposed) {
      plan.refused.push({
        id: change.id,
        reasons: [`${change.kind.replace(/_/g, ' ')}: nothing to apply; update the records by hand`],
      });
      continue;
    }
    const history = histories.get(change.iso3) ?? [...(eventsOf.get(change.iso3) ?? [])];
    const rest = history.filter((e) => !change.eventId || e.id !== change.eventId);
    const problems = problemsWithNewEvent(rest, change.proposed, today);
    if (problems.length > 0) {
      plan.refused.push({ id: change.id, reasons: problems.map((p) => `${p.field}: ${p.message}`) });
      continue;
    }
    histories.set(change.iso3, [...rest, { ...change.proposed, id: change.eventId ?? undefined }]);
    plan.writes.push({ change: change as PlannedWrite['change'] });
  }
  return plan;
}
