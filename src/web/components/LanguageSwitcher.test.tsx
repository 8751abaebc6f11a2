import { screen, within } from '@testing-library/react';
import { applyDocumentLanguage, i18n, LANGUAGE_STORAGE_KEY } from '../lib/i18n';
import { renderApp } from '../test/render-app';

describe('language switcher', () => {
  it('is a native select named "Language" offering each language in its own name', async () => {
    await renderApp('/');
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select.tagName).toBe('SELECT');
    const options = within(select).getAllByRole('option');
    expect(options.map((o) => [o.getAttribute('value'), o.textContent, o.getAttribute('lang')])).toEqual([
      ['en', 'English', 'en'],
      ['fr', 'Français', 'fr'],
      ['es', 'Español', 'es'],
    ]);
    expect(select).toHaveValue('en');
  });

  it('switches to French: visible text, <html lang/dir>, title and the stored choice', async () => {
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'The Convention on Cluster Munitions' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'La Convention sur les armes à sous-munitions' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller au contenu principal' })).toBeInTheDocument();
    // The switcher's own label follows the language; dates are formatted in French too.
    expect(screen.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
    expect(screen.getByText('1 août 2010')).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(document.title).toBe('Accueil · Convention sur les armes à sous-munitions');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
  });

  it('switches to Spanish and back to English', async () => {
    const { user } = await renderApp('/');
    const select = screen.getByRole('combobox', { name: 'Language' });

    await user.selectOptions(select, 'es');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'La Convención sobre Municiones en Racimo' }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'es');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Idioma' }), 'en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The Convention on Cluster Munitions' }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('sets dir="rtl" for a right-to-left language, as i18next reports it', async () => {
    await renderApp('/');
    expect(i18n.dir('ar')).toBe('rtl');
    applyDocumentLanguage('ar');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    applyDocumentLanguage('en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });
});
