import i18next, { type BackendModule, type ReadCallback, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from '../locales/en.json';
import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode, matchLanguage } from './languages';

// Makes TypeScript check every translation key against the English file.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

/** localStorage key holding the language the user chose explicitly. */
export const LANGUAGE_STORAGE_KEY = 'ccm.language';

// One dynamic import per language: Vite emits each locale as its own small chunk, so a visitor
// downloads only the language being shown. The files grow with every module, so this matters more
// over time than it does for the shell.
const loaders: Record<LanguageCode, () => Promise<{ default: ResourceKey }>> = {
  en: () => import('../locales/en.json'),
  fr: () => import('../locales/fr.json'),
  es: () => import('../locales/es.json'),
};

const lazyLocaleBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language: string, _namespace: string, callback: ReadCallback) {
    const code = matchLanguage(language);
    if (!code) {
      callback(new Error(`Unsupported language: ${language}`), false);
      return;
    }
    loaders[code]().then(
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
