import { screen, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';

describe('layout', () => {
  it('renders the landmarks: banner, named main navigation, main and content info', async () => {
    await renderApp('/');
    await screen.findByRole('heading', { level: 1 });

    expect(screen.getByRole('banner')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Implementation Support Unit');
  });

  it('has exactly one h1 on the home page, and sets the document title', async () => {
    await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'The Convention on Cluster Munitions',
    );
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(document.title).toBe('Home · Convention on Cluster Munitions');
  });

  it('offers a skip link as the first stop of the Tab key, which moves focus to <main>', async () => {
    const { user } = await renderApp('/');
    await screen.findByRole('heading', { level: 1 });

    await user.tab();
    const skipLink = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skipLink).toHaveFocus();
    expect(skipLink).toHaveAttribute('href', '#main');

    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('shows the not-found page inside the layout for unknown addresses', async () => {
    await renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Page not found · Convention on Cluster Munitions');
  });

  it('moves focus to <main> after a client-side navigation', async () => {
    const { user } = await renderApp('/missing');
    await user.click(await screen.findByRole('link', { name: 'Go to the home page' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The Convention on Cluster Munitions' }),
    ).toBeVisible();
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('injects no <style> element, which the Content-Security-Policy (style-src self) would block', async () => {
    await renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });
});
