import { Temporal } from 'temporal-polyfill';

/**
 * Calendar dates as the treaty counts them: 'YYYY-MM-DD' strings, no time zone. Temporal's
 * PlainDate does the arithmetic; month ends clamp (31 Aug + 6 months = 28/29 Feb).
 */
export type IsoDate = string;

const pattern = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!pattern.test(value)) return false;
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' }).toString() === value;
  } catch {
    return false;
  }
}

const plain = (date: IsoDate) => Temporal.PlainDate.from(date, { overflow: 'reject' });

export const addDays = (date: IsoDate, days: number): IsoDate => plain(date).add({ days }).toString();
export const addMonths = (date: IsoDate, months: number): IsoDate => plain(date).add({ months }).toString();
export const addYears = (date: IsoDate, years: number): IsoDate => plain(date).add({ years }).toString();
export const firstOfMonth = (date: IsoDate): IsoDate => plain(date).with({ day: 1 }).toString();
export const yearOf = (date: IsoDate): number => plain(date).year;
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  plain(from).until(plain(to), { largestUnit: 'days' }).days;

/** ISO dates compare correctly as strings. */
export const isBefore = (a: IsoDate, b: IsoDate) => a < b;
export const isOnOrBefore = (a: IsoDate, b: IsoDate) => a <= b;
export const maxDate = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

/** Today in UTC, which is how the Depositary dates its notifications. */
export const todayUtc = (): IsoDate => new Date().toISOString().slice(0, 10);
