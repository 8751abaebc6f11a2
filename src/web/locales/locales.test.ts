/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGUAGES } from '../lib/languages';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';

// Vitest runs from the repository root (see vitest.config.ts).
const WEB_DIR = resolve(process.cwd(), 'src/web');
const LOCALES: Record<string, unknown> = { en, fr, es };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Flattens nested translation objects to { "home.heading": "…" }. */
function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { [prefix]: value };
  return Object.entries(value).reduce<Record<string, unknown>>(
    (acc, [key, child]) => Object.assign(acc, flatten(child, prefix ? `${prefix}.${key}` : key)),
    {},
  );
}

/** Keys with plural suffixes folded, since languages need different plural forms. */
function baseKeys(flat: Record<string, unknown>): string[] {
  return [...new Set(Object.keys(flat).map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const flatEnglish = flatten(en);

describe('locale files', () => {
  it('exist for exactly the languages the switcher offers', () => {
    const files = readdirSync(join(WEB_DIR, 'locales'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace('.json', ''))
      .sort();
    expect(files).toEqual(LANGUAGES.map((l) => l.code).sort());
    expect(Object.keys(LOCALES).sort()).toEqual(files);
  });

  describe.each(Object.entries(LOCALES))('%s.json', (code, messages) => {
    const flat = flatten(messages);

    it('has the same keys as en.json', () => {
      expect(baseKeys(flat)).toEqual(baseKeys(flatEnglish));
    });

    it('has only non-empty strings', () => {
      const bad = Object.entries(flat).filter(([, text]) => typeof text !== 'string' || text.trim() === '');
      expect(bad).toEqual([]);
    });

    it('uses the same interpolation variables as en.json in every message', () => {
      const mismatches = Object.entries(flat)
        .filter(([key]) => !PLURAL_SUFFIX.test(key))
        .filter(([key, text]) => {
          const english = flatEnglish[key];
          return typeof english === 'string' && typeof text === 'string'
            ? variables(english).join() !== variables(text).join()
            : false;
        })
        .map(([key]) => key);
      expect(mismatches).toEqual([]);
    });

    it('has every plural form the language needs', () => {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      const pluralBases = new Set(
        Object.keys(flat)
          .filter((k) => PLURAL_SUFFIX.test(k))
          .map((k) => k.replace(PLURAL_SUFFIX, '')),
      );
      const missing = [...pluralBases].flatMap((base) =>
        categories.filter((c) => !(`${base}_${c}` in flat)).map((c) => `${base}_${c}`),
      );
      expect(missing).toEqual([]);
    });
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('translation keys used in the code', () => {
  it('all exist in en.json (literal t("…") calls and labelKey fields)', () => {
    const used = sourceFiles(WEB_DIR).flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return [...code.matchAll(/\bt\(\s*'([^']+)'|labelKey:\s*'([^']+)'/g)].map((m) => ({
        file: file.slice(WEB_DIR.length + 1),
        key: m[1] ?? m[2] ?? '',
      }));
    });
    expect(used.length).toBeGreaterThan(20);
    const missing = used.filter(({ key }) => !(key in flatEnglish) && !(`${key}_other` in flatEnglish));
    expect(missing).toEqual([]);
  });
});
