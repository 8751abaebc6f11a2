/**
 * Formats a calendar date sent as ISO `YYYY-MM-DD` in the reader's language. The date is read and
 * printed in UTC so that no time zone can move it to the previous or next day.
 */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
