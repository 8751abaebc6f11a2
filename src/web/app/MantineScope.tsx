// The rest of Mantine's stylesheet (the components) comes with this chunk; main.tsx loads only
// the base layers (reset, CSS variables, focus classes) that plain pages need too.
import '@mantine/core/styles.layer.css';

import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { theme } from './theme';

/**
 * MantineProvider for the pages that use Mantine components; see with-mantine.tsx for why it is
 * not around the whole application. Content-Security-Policy notes (style-src 'self', no nonce):
 * - withCssVariables / withGlobalClasses are off because each injects an inline <style>; the same
 *   CSS ships in theme-vars.css (kept in sync by theme-css.test.tsx).
 * - Mantine also injects <style> for responsive style props (`p={{ base: 0, sm: 'md' }}`), Grid,
 *   SimpleGrid, responsive Flex and AppShell. Use CSS modules with media queries instead.
 * - No dark mode yet: the header and footer colours are designed for light only.
 */
export function MantineScope({ children }: { children: ReactNode }) {
  return (
    <MantineProvider
      theme={theme}
      withCssVariables={false}
      withGlobalClasses={false}
      forceColorScheme="light"
    >
      {children}
    </MantineProvider>
  );
}
