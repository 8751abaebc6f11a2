import i18next, { type BackendModule, type ReadCallback, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type account from '../locales/account.en.json';
import type audit from '../locales/audit.en.json';
import type depositaryImport from '../locales/depositaryImport.en.json';
import type translation from '../locales/en.json';
import type obligations from '../locales/obligations.en.json';
import type outbox from '../locales/outbox.en.json';
import type outreach from '../locales/outreach.en.json';
import type reportEditor from '../locales/reportEditor.en.json';
import type reports from '../locales/reports.en.json';
import type states from '../locales/states.en.json';
import type users from '../locales/users.en.json';
import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode, matchLanguage } from './languages';

/**
 * The translation namespaces, typed from the English files. `translation` (locales/<lang>.json)
 * holds the shell and the keys modules share (common, table, errors, fields…); each module has its
 * own namespace in locales/<namespace>.<lang>.json, loaded only when one of its pages is shown.
 * Adding a namespace: its three files, one line here and one in NAMESPACE_LIST below.
 */
interface Resources {
  translation: typeof translation;
  account: typeof account;
  audit: typeof audit;
  depositaryImport: typeof depositaryImport;
  obligations: typeof obligations;
  outbox: typeof outbox;
  outreach: typeof outreach;
  reportEditor: typeof reportEditor;
  reports: typeof reports;
  states: typeof states;
  users: typeof users;
}

export type Namespace = keyof Resources;

// Makes TypeScript check every key against the English files. With fallbackNS, a module component
// (`useTranslation('states')`) can also use the shared keys (common, table, errors, fields…).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    fallbackNS: 'translation';
    resources: Resources;
  }
}

// A Record, so TypeScript reports a namespace missing from the list (the locale test then checks
// the list against the files on disk).
const NAMESPACE_LIST: Record<Namespace, true> = {
  translation: true,
  account: true,
  audit: true,
  depositaryImport: true,
  obligations: true,
  outbox: true,
  outreach: true,
  reportEditor: true,
  reports: true,
  states: true,
  users: true,
};
export const NAMESPACES = Object.keys(NAMESPACE_LIST) as Namespace[];

/** localStorage key holding the language the user chose explicitly. */
export const LANGUAGE_STORAGE_KEY = 'ccm.language';

// One dynamic import per language and namespace: Vite emits each file as its own small chunk, so a
// visitor downloads only the language being shown, and only the namespaces of the pages visited.
const localeFiles = import.meta.glob<{ default: ResourceKey }>('../locales/*.json');

function localeFile(language: LanguageCode, namespace: string): string {
  return namespace === 'translation'
    ? `../locales/${language}.json`
    : `../locales/${namespace}.${language}.json`;
}

const lazyLocaleBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const code = matchLanguage(language);
    const load = code ? localeFiles[localeFile(code, namespace)] : undefined;
    if (!load) {
      callback(new Error(`No ${namespace} translations for ${language}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export const i18n = i18next.createInstance();

function readStoredLanguage(): LanguageCode | undefined {
  try {
    return matchLanguage(window.localStorage.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    // Storage can be unavailable (privacy modes, sandboxed frames); fall back to the browser.
    return undefined;
  }
}

/** The stored choice, else the first supported browser language, else English. */
export function detectLanguage(): LanguageCode {
  const stored = readStoredLanguage();
  if (stored) return stored;
  const browserLanguages =
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of browserLanguages) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

/** Keeps <html lang> and <html dir> in step with the interface language (screen readers, RTL). */
export function applyDocumentLanguage(language: string): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = i18n.dir(language);
}

let initialised: Promise<unknown> | undefined;

/** Initialises i18next once and resolves when the first language file has loaded. */
export function initI18n(language: LanguageCode = detectLanguage()): Promise<unknown> {
  if (!initialised) {
    i18n.on('languageChanged', applyDocumentLanguage);
    initialised = i18n
      .use(lazyLocaleBackend)
      .use(initReactI18next)
      .init({
        lng: language,
        supportedLngs: LANGUAGES.map((l) => l.code),
        // No fallback language: it would make French and Spanish visitors download English too.
        // Missing keys cannot ship because the locale test requires every file to be complete.
        fallbackLng: false,
        load: 'currentOnly',
        ns: ['translation'],
        defaultNS: 'translation',
        fallbackNS: 'translation',
        interpolation: { escapeValue: false }, // React already escapes rendered text.
        returnNull: false,
      });
  }
  return initialised;
}

/**
 * Switches the interface language and remembers the choice for the next visit. The file is loaded
 * first: if that fails (offline, stale deployment) the page stays in the current language instead
 * of switching to one that would show raw keys.
 */
export async function setLanguage(language: LanguageCode): Promise<void> {
  await i18n.loadLanguages(language);
  if (!i18n.hasResourceBundle(language, 'translation')) {
    throw new Error(`Could not load the ${language} translations`);
  }
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not persisting is acceptable; the switch itself must still work.
  }
  await i18n.changeLanguage(language);
}

/**
 * Wraps a page's dynamic import so its namespace downloads in parallel with its code: without it
 * the page would render, suspend on the missing namespace and only then fetch it (two round trips
 * in a row, which is what hurts on a slow connection). A failed namespace does not fail the page:
 * useTranslation retries and the error boundary handles what remains.
 */
export function withNamespace<T>(namespace: Namespace, load: () => Promise<T>): () => Promise<T> {
  return () => {
    const translations = i18n.loadNamespaces(namespace).catch(() => undefined);
    return Promise.all([load(), translations]).then(([module]) => module);
  };
}
