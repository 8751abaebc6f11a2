import { intlLocale } from './languages';

/**
 * Formats a calendar date sent as ISO `YYYY-MM-DD` for the interface language. The date is read
 * and printed in UTC so that no time zone can move it to the previous or next day.
 */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Formats an instant (ISO date-time) in the reader's time zone, e.g. "3 Mar 2026, 14:05". */
export function formatDateTime(isoInstant: string, language: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}
