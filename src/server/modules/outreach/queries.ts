import { and, asc, count, desc, eq, inArray, isNull, max, ne, sql } from 'drizzle-orm';
import { todayUtc } from '../../../domain/calendar.js';
import {
  type OutreachActivity,
  type OutreachListItem,
  type OutreachListQuery,
  type OutreachNextStep,
  type OutreachPriority,
  outreachStatuses,
} from '../../../shared/contracts/outreach.js';
import type { Queryable } from '../../db/tx.js';
import { listStates, type Registry, summarise } from '../states/queries.js';
import { states, treatyEvents } from '../states/tables.js';
import { users } from '../users/tables.js';
import { outreachRoles } from './policy.js';
import { outreachActivities, outreachNextSteps, outreachProfiles } from './tables.js';

type Lang = OutreachListQuery['lang'];
type OutreachStatus = (typeof outreachStatuses)[number];
const isOutreachStatus = (status: string): status is OutreachStatus =>
  (outreachStatuses as readonly string[]).includes(status);
type NextStep = NonNullable<OutreachListItem['nextStep']>;
export type Overview = {
  priority: Map<string, OutreachPriority>;
  lastActivity: Map<string, string>;
  openSteps: Map<string, number>;
  nextStep: Map<string, NextStep>;
};

const ownerName = sql<string | null>`coalesce(${users.name}, ${outreachNextSteps.ownerText})`;

/** Per State: priority, last activity, open steps and the one due first. Four small grouped reads. */
export async function loadOverview(db: Queryable): Promise<Overview> {
  const open = isNull(outreachNextSteps.doneAt);
  const [profiles, activities, counts, firstSteps] = await Promise.all([
    db.select({ iso3: outreachProfiles.iso3, priority: outreachProfiles.priority }).from(outreachProfiles),
    db
      .select({ iso3: outreachActivities.iso3, last: max(outreachActivities.date) })
      .from(outreachActivities)
      .groupBy(outreachActivities.iso3),
    db
      .select({ iso3: outreachNextSteps.iso3, n: count() })
      .from(outreachNextSteps)
      .where(open)
      .groupBy(outreachNextSteps.iso3),
    db
      .selectDistinctOn([outreachNextSteps.iso3], {
        iso3: outreachNextSteps.iso3,
        id: outreachNextSteps.id,
        description: outreachNextSteps.description,
        dueDate: outreachNextSteps.dueDate,
        ownerName,
      })
      .from(outreachNextSteps)
      .leftJoin(users, eq(users.id, outreachNextSteps.ownerUserId))
      .where(open)
      .orderBy(outreachNextSteps.iso3, asc(outreachNextSteps.dueDate), asc(outreachNextSteps.createdAt)),
  ]);
  return {
    priority: new Map(profiles.map((p) => [p.iso3, p.priority])),
    lastActivity: new Map(activities.flatMap((a) => (a.last ? [[a.iso3, a.last] as const] : []))),
    openSteps: new Map(counts.map((c) => [c.iso3, c.n])),
    nextStep: new Map(firstSteps.map(({ iso3, ...step }) => [iso3, step])),
  };
}

const priorityRank = (p: OutreachPriority | null) =>
  p === 'high' ? 0 : p === 'medium' ? 1 : p === 'low' ? 2 : 3;
const statusRank = { signatory: 0, not_party: 1, withdrawn: 2 } as const;

/** Compares two optional values; a missing one always sorts last, whatever the direction. */
function optional<T>(a: T | null, b: T | null, dir: 1 | -1, cmp: (x: T, y: T) => number) {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return dir * cmp(a, b);
}
const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The default order is the work order: highest priority first (unset last), then the earliest
 * due next step (none last), then the name.
 */
export function compareOutreach(
  sort: OutreachListQuery['sort'],
  order: OutreachListQuery['order'],
  lang: Lang,
) {
  const dir = order === 'desc' ? -1 : 1;
  const byName = (a: OutreachListItem, b: OutreachListItem) => a.name.localeCompare(b.name, lang);
  const byDue = (a: OutreachListItem, b: OutreachListItem, d: 1 | -1 = 1) =>
    optional(a.nextStep?.dueDate ?? null, b.nextStep?.dueDate ?? null, d, text);
  const byPriority = (a: OutreachListItem, b: OutreachListItem, d: 1 | -1 = 1) =>
    optional(
      a.priority && priorityRank(a.priority),
      b.priority && priorityRank(b.priority),
      d,
      (x, y) => x - y,
    );
  const chains: Record<OutreachListQuery['sort'], (a: OutreachListItem, b: OutreachListItem) => number> = {
    priority: (a, b) => byPriority(a, b, dir) || byDue(a, b) || byName(a, b),
    name: (a, b) => dir * byName(a, b),
    status: (a, b) => dir * (statusRank[a.status] - statusRank[b.status]) || byName(a, b),
    lastActivity: (a, b) => optional(a.lastActivityDate, b.lastActivityDate, dir, text) || byName(a, b),
    nextDue: (a, b) => byDue(a, b, dir) || byPriority(a, b) || byName(a, b),
  };
  return chains[sort];
}

/** Potential new States Parties (signatories, States not party, withdrawn), with their outreach. */
export function listPotentialParties(registry: Registry, overview: Overview, query: OutreachListQuery) {
  const asOf = todayUtc();
  const { items: summaries } = listStates(registry, {
    ccmRegion: query.ccmRegion,
    q: query.q,
    lang: query.lang,
    asOf,
  });
  const items: OutreachListItem[] = [];
  for (const s of summaries) {
    if (!isOutreachStatus(s.status)) continue;
    if (query.status && s.status !== query.status) continue;
    const priority = overview.priority.get(s.iso3) ?? null;
    if (query.priority && (priority ?? 'none') !== query.priority) continue;
    items.push({
      iso3: s.iso3,
      name: s.name,
      status: s.status,
      ccmRegion: s.ccmRegion,
      signatureDate: s.signatureDate,
      priority,
      lastActivityDate: overview.lastActivity.get(s.iso3) ?? null,
      openSteps: overview.openSteps.get(s.iso3) ?? 0,
      nextStep: overview.nextStep.get(s.iso3) ?? null,
    });
  }
  items.sort(compareOutreach(query.sort, query.order, query.lang));
  return { items, total: items.length, asOf };
}

/** One State's summary and status today, from its own events (inside a transaction if given one). */
export async function stateOf(db: Queryable, iso3: string, lang: Lang = 'en') {
  const [state] = await db.select().from(states).where(eq(states.iso3, iso3));
  if (!state) return null;
  const events = await db
    .select()
    .from(treatyEvents)
    .where(eq(treatyEvents.iso3, iso3))
    .orderBy(asc(treatyEvents.date), asc(treatyEvents.createdAt));
  return summarise(state, events, todayUtc(), lang);
}

const activityColumns = {
  id: outreachActivities.id,
  iso3: outreachActivities.iso3,
  date: outreachActivities.date,
  kind: outreachActivities.kind,
  who: outreachActivities.who,
  notes: outreachActivities.notes,
  createdByName: users.name,
  createdAt: outreachActivities.createdAt,
  version: outreachActivities.version,
};
const stepColumns = {
  id: outreachNextSteps.id,
  iso3: outreachNextSteps.iso3,
  description: outreachNextSteps.description,
  dueDate: outreachNextSteps.dueDate,
  ownerUserId: outreachNextSteps.ownerUserId,
  ownerText: outreachNextSteps.ownerText,
  ownerName,
  doneAt: outreachNextSteps.doneAt,
  version: outreachNextSteps.version,
};

const toActivity = (row: Omit<OutreachActivity, 'createdAt'> & { createdAt: Date }): OutreachActivity => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});
const toStep = (row: Omit<OutreachNextStep, 'doneAt'> & { doneAt: Date | null }): OutreachNextStep => ({
  ...row,
  doneAt: row.doneAt?.toISOString() ?? null,
});

export async function activitiesOf(db: Queryable, iso3: string, id?: string) {
  const rows = await db
    .select(activityColumns)
    .from(outreachActivities)
    .leftJoin(users, eq(users.id, outreachActivities.createdBy))
    .where(and(eq(outreachActivities.iso3, iso3), id ? eq(outreachActivities.id, id) : undefined))
    .orderBy(desc(outreachActivities.date), desc(outreachActivities.createdAt));
  return rows.map(toActivity);
}

/** Open steps first, by due date; done ones after, most recently done first. */
export async function nextStepsOf(db: Queryable, iso3: string, id?: string) {
  const rows = await db
    .select(stepColumns)
    .from(outreachNextSteps)
    .leftJoin(users, eq(users.id, outreachNextSteps.ownerUserId))
    .where(and(eq(outreachNextSteps.iso3, iso3), id ? eq(outreachNextSteps.id, id) : undefined))
    .orderBy(
      sql`${outreachNextSteps.doneAt} is not null`,
      asc(outreachNextSteps.dueDate),
      desc(outreachNextSteps.doneAt),
    );
  return rows.map(toStep);
}

export async function profileOf(db: Queryable, iso3: string) {
  const [row] = await db
    .select({
      priority: outreachProfiles.priority,
      summaryMd: outreachProfiles.summaryMd,
      version: outreachProfiles.version,
      updatedAt: outreachProfiles.updatedAt,
      updatedByName: users.name,
    })
    .from(outreachProfiles)
    .leftJoin(users, eq(users.id, outreachProfiles.updatedBy))
    .where(eq(outreachProfiles.iso3, iso3));
  return row ? { ...row, updatedAt: row.updatedAt.toISOString() } : null;
}

/** The people a next step can be given to: active staff and coordinators. */
export async function ownerCandidates(db: Queryable, id?: string) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(
      and(
        inArray(users.role, [...outreachRoles]),
        ne(users.status, 'deactivated'),
        id ? eq(users.id, id) : undefined,
      ),
    )
    .orderBy(asc(users.name));
}
