import { detectLanguage, LANGUAGE_STORAGE_KEY } from './i18n';
import { matchLanguage } from './languages';

describe('detectLanguage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prefers the language the visitor chose before', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR']);
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'es');
    expect(detectLanguage()).toBe('es');
  });

  it('otherwise takes the first supported browser language', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-CH', 'fr-CH', 'en']);
    expect(detectLanguage()).toBe('fr');
  });

  it('ignores a stored value that is not a supported language', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-419']);
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(detectLanguage()).toBe('es');
  });

  it('falls back to English', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'ja']);
    expect(detectLanguage()).toBe('en');
  });
});

describe('matchLanguage', () => {
  it('reduces BCP 47 tags to a supported language', () => {
    expect(matchLanguage('fr-CA')).toBe('fr');
    expect(matchLanguage('ES_es')).toBe('es');
    expect(matchLanguage('en')).toBe('en');
    expect(matchLanguage('ar')).toBeUndefined();
    expect(matchLanguage(null)).toBeUndefined();
  });
});
