import { formatDate } from '../../lib/format';
import { intlLocale } from '../../lib/languages';

/**
 * A date known to the year, month or day ("2023", "2023-06", "2023-06-15"), printed in the
 * interface language at the precision it is known: "2023", "June 2023", "15 June 2023".
 */
export function formatPartialDate(value: string, language: string): string {
  if (/^\d{4}$/.test(value)) return value;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(intlLocale(language), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  }
  return formatDate(value, language);
}

/** A calendar date or a dash. */
export const dateOrDash = (value: string | null | undefined, language: string) =>
  value ? formatDate(value, language) : '—';

type ArticleKey = '3' | '3-8' | '4' | '5' | '7-initial' | '7-annual' | '9';

/** The translation key of an article ("3.8" would read as a nested key): `obligations.article.${…}`. */
export const articleKey = (article: string) => article.replace('.', '-') as ArticleKey;
