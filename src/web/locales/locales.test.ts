/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NAMESPACES } from '../lib/i18n';
import { LANGUAGES } from '../lib/languages';

// Vitest runs from the repository root (see vitest.config.ts).
const WEB_DIR = resolve(process.cwd(), 'src/web');
const LOCALES_DIR = join(WEB_DIR, 'locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const CODES = LANGUAGES.map((l) => l.code);

/** `translation` is <lang>.json; every other namespace is <namespace>.<lang>.json. */
function fileName(namespace: string, code: string): string {
  return namespace === 'translation' ? `${code}.json` : `${namespace}.${code}.json`;
}

function readLocale(namespace: string, code: string): unknown {
  return JSON.parse(readFileSync(join(LOCALES_DIR, fileName(namespace, code)), 'utf8'));
}

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

const englishByNamespace = Object.fromEntries(
  NAMESPACES.map((namespace) => [namespace, flatten(readLocale(namespace, 'en'))]),
);

describe('locale files', () => {
  it('exist for exactly the languages the switcher offers and the namespaces i18n.ts declares', () => {
    const files = readdirSync(LOCALES_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort();
    const expected = NAMESPACES.flatMap((namespace) => CODES.map((code) => fileName(namespace, code))).sort();
    expect(files).toEqual(expected);
  });

  it('keep each top-level section in one namespace only', () => {
    const owners = new Map<string, string[]>();
    for (const namespace of NAMESPACES) {
      for (const section of Object.keys(readLocale(namespace, 'en') as object)) {
        owners.set(section, [...(owners.get(section) ?? []), namespace]);
      }
    }
    expect([...owners].filter(([, namespaces]) => namespaces.length > 1)).toEqual([]);
  });

  describe.each(
    NAMESPACES.flatMap((namespace) => CODES.map((code) => [fileName(namespace, code), namespace, code])),
  )('%s', (_file, namespace, code) => {
    const flat = flatten(readLocale(namespace, code));
    const flatEnglish = englishByNamespace[namespace] ?? {};

    it('has the same keys as the English file', () => {
      expect(baseKeys(flat)).toEqual(baseKeys(flatEnglish));
    });

    it('has only non-empty strings', () => {
      const bad = Object.entries(flat).filter(([, text]) => typeof text !== 'string' || text.trim() === '');
      expect(bad).toEqual([]);
    });

    it('uses the same interpolation variables as the English file in every message', () => {
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

/**
 * The English keys a file can reach: those of the namespaces it names in useTranslation('…') or
 * withNamespace('…') plus `translation` (the fallback); a helper that only receives `t` may be
 * called from any namespace.
 */
function reachableKeys(code: string): Set<string> {
  const named = [...code.matchAll(/\b(?:useTranslation|withNamespace)\(\s*'([^']+)'/g)].map((m) => m[1]);
  const namespaces = named.length > 0 ? ['translation', ...named] : NAMESPACES;
  return new Set(namespaces.flatMap((namespace) => Object.keys(englishByNamespace[namespace ?? ''] ?? {})));
}

describe('translation keys used in the code', () => {
  it('all exist in a namespace the file loads (literal t("…") calls and labelKey fields)', () => {
    const used = sourceFiles(WEB_DIR).flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      const keys = reachableKeys(code);
      return [...code.matchAll(/\bt\(\s*'([^']+)'|labelKey:\s*'([^']+)'/g)].map((m) => ({
        file: file.slice(WEB_DIR.length + 1),
        key: m[1] ?? m[2] ?? '',
        keys,
      }));
    });
    expect(used.length).toBeGreaterThan(20);
    const missing = used
      .filter(({ key, keys }) => !keys.has(key) && !keys.has(`${key}_other`))
      .map(({ file, key }) => ({ file, key }));
    expect(missing).toEqual([]);
  });
});
