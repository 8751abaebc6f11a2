import { MantineProvider } from '@mantine/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../lib/i18n';
import { theme } from './theme';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/**
 * Everything a page needs from context. Content-Security-Policy notes (style-src 'self', no nonce):
 * - withCssVariables / withGlobalClasses are off because each injects an inline <style>; the same
 *   CSS ships in theme-vars.css (kept in sync by theme-css.test.tsx).
 * - Mantine also injects <style> for responsive style props (`p={{ base: 0, sm: 'md' }}`), Grid,
 *   SimpleGrid, responsive Flex and AppShell. Use CSS modules with media queries instead.
 * - No dark mode yet: the header and footer colours are designed for light only.
 */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={theme}
        withCssVariables={false}
        withGlobalClasses={false}
        forceColorScheme="light"
      >
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
