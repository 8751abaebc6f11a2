import type { CoverStatus } from './format-types.js';
import type { FormId, ReportKind } from './kinds.js';
import type { ReportData, SectionData } from './report-data.js';

/**
 * What demonstration reports are made of: a small seeded random generator (so that a seed always
 * gives the same reports) and catalogues of real munition types and invented places.
 */

export type Random = {
  /** A number in [0, 1). */
  next: () => number;
  /** A whole number in [min, max]. */
  int: (min: number, max: number) => number;
  between: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(list: readonly T[]) => T;
  /** `count` different items, in the list's order. */
  sample: <T>(list: readonly T[], count: number) => T[];
};

/** mulberry32: tiny, fast and good enough for demonstration data (not for anything secret). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (list) => list[int(0, list.length - 1)] as (typeof list)[number],
    sample: (list, count) => {
      const chosen = new Set<number>();
      while (chosen.size < Math.min(count, list.length)) chosen.add(int(0, list.length - 1));
      return [...chosen].sort((a, b) => a - b).map((i) => list[i] as (typeof list)[number]);
    },
  };
}

/**
 * Cluster munition types and the explosive submunitions each carries, as commonly cited by the
 * Cluster Munition Monitor (M26: 644 M77; BL755: 147; M483A1: 64 M42 + 24 M46…).
 */
export const munitionTypes = [
  {
    type: 'M26 rocket',
    submunitions: 644,
    dimensions: 'Length 3.94 m, diameter 227 mm',
    fusing: 'M445 time fuze; M223 impact fuze on each M77 submunition',
  },
  {
    type: 'BL755 bomb',
    submunitions: 147,
    dimensions: 'Length 2.45 m, diameter 419 mm',
    fusing: 'Mechanical time fuze; impact fuze on each submunition',
  },
  {
    type: 'M483A1 155 mm projectile',
    submunitions: 88,
    dimensions: 'Calibre 155 mm, length 0.94 m',
    fusing: 'M577 mechanical time fuze; M223 impact fuze on each M42/M46',
  },
  {
    type: 'CBU-87 bomb',
    submunitions: 202,
    dimensions: 'Length 2.34 m, diameter 396 mm',
    fusing: 'FZU-39 proximity sensor; BLU-97 impact fuze',
  },
  {
    type: 'Mk-20 Rockeye bomb',
    submunitions: 247,
    dimensions: 'Length 2.34 m, diameter 335 mm',
    fusing: 'Mk 339 mechanical time fuze; Mk 118 impact fuze',
  },
  {
    type: 'BLG-66 Belouga bomb',
    submunitions: 151,
    dimensions: 'Length 3.30 m, diameter 360 mm',
    fusing: 'Time fuze; impact fuze on each submunition',
  },
  {
    type: 'RBK-500 PTAB-1M bomb',
    submunitions: 268,
    dimensions: 'Length 2.50 m, diameter 450 mm',
    fusing: 'Time fuze; impact fuze on each PTAB-1M',
  },
] as const;

export type MunitionType = (typeof munitionTypes)[number];

export const remnantTypes = ['BLU-26', 'BLU-61', 'BLU-63', 'M77', 'M42', 'PTAB-1M', 'AO-1SCh'] as const;

export const provinces = [
  'Northern Province',
  'Central Province',
  'Eastern Province',
  'Southern Province',
  'Western Province',
  'Highlands District',
  'River Valley District',
  'Coastal District',
] as const;

export const currencies = ['EUR', 'USD', 'CHF', 'GBP', 'NOK', 'SEK', 'AUD', 'JPY'] as const;

export const assistanceDestinations = [
  { destination: 'UNMAS Voluntary Trust Fund for Assistance in Mine Action', recipientState: null },
  { destination: 'Mine Action Authority of State ZZB', recipientState: 'ZZB' },
  { destination: 'Clearance operator in State ZZC', recipientState: 'ZZC' },
  { destination: 'Victim assistance programme in State ZZD', recipientState: 'ZZD' },
] as const;

export const riskEducationActivities = [
  'Village risk education sessions',
  'School risk education programme',
  'Radio spots in local languages',
  'Community liaison visits',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
/** A day of a month that exists in every year (1 to 28). */
export const dayIn = (random: Random, year: number, month: number, from = 1, to = 28): string =>
  `${year}-${pad(month)}-${pad(random.int(from, to))}`;

/** What the generator of one report knows: the year, the report before it, and when each form last changed. */
export type DemoContext = {
  random: Random;
  /** The year the report falls due (annual: covers the calendar year before). */
  year: number;
  kind: ReportKind;
  previous: ReportData | undefined;
  /** The year of the report that last gave each form's information. */
  lastGiven: Partial<Record<FormId, number>>;
};

export type FormEntry = { status: CoverStatus; data?: SectionData };

export const notApplicable = (): FormEntry => ({ status: { choice: 'not_applicable' } });

export function changed(context: DemoContext, form: FormId, data: SectionData): FormEntry {
  context.lastGiven[form] = context.year;
  return { status: { choice: 'changed' }, data };
}

/** "Unchanged since" the last year the form changed, keeping its data as a prefilled report does. */
export function unchanged(context: DemoContext, form: FormId): FormEntry {
  const year = context.lastGiven[form];
  if (year === undefined || context.kind === 'initial') return notApplicable();
  const data = context.previous?.[form];
  return { status: { choice: 'unchanged_since', year }, ...(data ? { data: structuredClone(data) } : {}) };
}

/** A period of the calendar year the annual report covers, or the initial report's period. */
export const periodYear = (context: DemoContext) => context.year - 1;
