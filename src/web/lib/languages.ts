/**
 * Languages the interface is translated into. Names are endonyms (each language named in itself),
 * so they are data rather than translations: a French reader looks for "Français" whatever the
 * current interface language is. Adding a language = one entry here, one file in locales/ and one
 * loader in i18n.ts; the locale test then checks the file is complete.
 */
export const LANGUAGES = [
  // Dates and numbers in English follow UN and Geneva usage (30 May 2008), not US usage.
  { code: 'en', name: 'English', intlLocale: 'en-GB' },
  { code: 'fr', name: 'Français', intlLocale: 'fr' },
  { code: 'es', name: 'Español', intlLocale: 'es' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

/** Maps a BCP 47 tag such as "fr-CH" or "es-419" to a supported language, or undefined. */
export function matchLanguage(tag: string | null | undefined): LanguageCode | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguageCode(primary) ? primary : undefined;
}

/** The locale to hand to Intl formatters for an interface language. */
export function intlLocale(language: string): string {
  return LANGUAGES.find((l) => l.code === matchLanguage(language))?.intlLocale ?? language;
}
