import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { initI18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';
import { AppProviders } from './AppProviders';
import { ErrorBoundary } from './ErrorBoundary';

function Broken(): never {
  throw new Error('boom');
}

const wrapper = ({ children }: { children: ReactNode }) => (
  <AppProviders queryClient={createQueryClient()}>{children}</AppProviders>
);

describe('ErrorBoundary', () => {
  beforeAll(() => initI18n('en'));

  it('replaces a failing page with a message and a reload link, and recovers on navigation', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <ErrorBoundary resetKey="/broken">
        <Broken />
      </ErrorBoundary>,
      { wrapper },
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Reload the page' })).toHaveAttribute(
      'href',
      window.location.href,
    );

    rerender(
      <ErrorBoundary resetKey="/elsewhere">
        <p>Recovered</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Recovered')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
