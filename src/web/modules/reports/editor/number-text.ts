import type { Language } from '../../../../domain/reports/kinds';

/**
 * Numbers as people type them: "1,200" in English, "1 200,5" in French and Spanish. What cannot
 * be read as a number is kept as typed (the checks then say "must be a number") rather than lost.
 */
export function parseNumber(text: string, lang: Language): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  let plain = trimmed.replace(/[\s\u00a0\u202f']/g, '');
  if (lang === 'en') plain = plain.replace(/,/g, '');
  else if (plain.includes(',')) plain = plain.replace(/\./g, '').replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(plain) ? Number(plain) : trimmed;
}

/** A stored value as the input shows it. */
export function showNumber(value: unknown, lang: Language): string {
  if (typeof value === 'number') return lang === 'en' ? String(value) : String(value).replace('.', ',');
  return typeof value === 'string' ? value : '';
}
