import { addDays, addMonths, type IsoDate, isIsoDate } from '../calendar.js';

/**
 * A date known to the year, the month or the day ('2023', '2023-06', '2023-06-15'): sources often
 * say only "completed in June 2023". Kept as given, compared by its last possible day.
 */
export type PartialDate = string;

export function isPartialDate(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  if (/^\d{4}-\d{2}$/.test(value)) return isIsoDate(`${value}-01`);
  return isIsoDate(value);
}

/** The last day the partial date can mean: '2023-06' → '2023-06-30'. */
export function lastDayOf(value: PartialDate): IsoDate {
  if (/^\d{4}$/.test(value)) return `${value}-12-31`;
  if (/^\d{4}-\d{2}$/.test(value)) return addDays(addMonths(`${value}-01`, 1), -1);
  return value;
}

/** The first day the partial date can mean: '2023-06' → '2023-06-01'. */
export function firstDayOf(value: PartialDate): IsoDate {
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return value;
}
