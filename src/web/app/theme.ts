import { Anchor, type CSSVariablesResolver, createTheme } from '@mantine/core';

/**
 * The Mantine theme. The CSP forbids inline <style>, so MantineProvider runs with
 * withCssVariables={false}: any CSS variable this theme or `cssVariablesResolver` changes from
 * Mantine's defaults must also be written in theme-vars.css. theme-css.test.tsx compares the two
 * and prints the exact CSS to paste when they drift.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 6 (#228be6) gives 3.6:1 with white, below WCAG AA for text; shade 8 (#1971c2) gives 5:1
  // for filled buttons, links and the focus ring alike.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  components: {
    // Links must not rely on colour alone to stand out from surrounding text (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Mantine's "dimmed" text is gray.6 (#868e96, 3.3:1 on white); gray.7 passes AA (8.2:1).
  // Error text (field errors, invalid inputs) is red.6 (#fa5252, 3.3:1 on white); red.9 gives 5.5:1.
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
