/// <reference types="node" />
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { cssVariablesResolver, theme } from './theme';

// Read with fs: Vitest stubs CSS imports, ?raw included. It runs from the repository root.
const STATIC_FILE = resolve(process.cwd(), 'src/web/app/theme-vars.css');

interface Rule {
  context: string;
  selector: string;
  declarations: string[];
}

/** Parses CSS with jsdom's CSS parser, so formatting differences (Biome, hand edits) do not matter. */
function parseRules(css: string): Rule[] {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const rules: Rule[] = [];
  const walk = (list: CSSRuleList, context: string) => {
    for (const rule of Array.from(list)) {
      if (rule instanceof CSSMediaRule) walk(rule.cssRules, `@media ${rule.conditionText}`);
      else if (rule instanceof CSSStyleRule) {
        const declarations = Array.from(rule.style).map((property) => {
          const priority = rule.style.getPropertyPriority(property);
          return `${property}: ${rule.style.getPropertyValue(property).trim()}${priority ? ` !${priority}` : ''}`;
        });
        const selector = rule.selectorText.replace(/\s+/g, ' ').replace(/\s*,\s*/g, ', ');
        rules.push({ context, selector, declarations });
      }
    }
  };
  if (style.sheet) walk(style.sheet.cssRules, '');
  style.remove();
  return rules;
}

/** Comparable lines; whitespace is dropped because jsdom keeps custom property values verbatim. */
function flatten(rules: Rule[]): string[] {
  return rules
    .flatMap((r) => r.declarations.map((d) => `${r.context} | ${r.selector} | ${d.replace(/\s+/g, '')}`))
    .sort();
}

/** Spaces values the way Biome formats them, so a regenerated file passes `biome check` as is. */
function biomeSpacing(declaration: string): string {
  return declaration.replace(/,\s*/g, ', ').replace(/\s*\*\s*/g, ' * ');
}

function formatCss(rules: Rule[]): string {
  const header =
    '/* biome-ignore-all lint/complexity/noImportantStyles: Mantine hidden-from/visible-from rely on it. */\n' +
    '/* Generated from src/web/app/theme.ts by theme-css.test.tsx; do not edit by hand.\n' +
    ' * Regenerate: UPDATE_THEME_CSS=1 npx vitest run --project web src/web/app/theme-css.test.tsx */\n';
  const blocks = rules.map(({ context, selector, declarations }) => {
    const body = declarations.map((d) => `  ${biomeSpacing(d)};`).join('\n');
    const block = `${selector.split(/,\s*/).join(',\n')} {\n${body}\n}`;
    return context ? `${context} {\n${block.replace(/^/gm, '  ')}\n}` : block;
  });
  return `${header}\n${blocks.join('\n\n')}\n`;
}

describe('theme-vars.css', () => {
  it('holds exactly the CSS that MantineProvider would otherwise inject as inline <style>', () => {
    // Render the provider as Mantine ships it, injecting its <style> elements, to learn what they hold.
    render(
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <span />
      </MantineProvider>,
    );
    const injected = Array.from(document.querySelectorAll('style[data-mantine-styles]'))
      .map((element) => element.textContent ?? '')
      .join('\n');
    const expected = parseRules(injected);
    expect(expected.length).toBeGreaterThan(0);

    if (process.env.UPDATE_THEME_CSS) writeFileSync(STATIC_FILE, formatCss(expected));
    else
      expect(
        flatten(parseRules(readFileSync(STATIC_FILE, 'utf8'))),
        'theme-vars.css is stale: rerun with UPDATE_THEME_CSS=1',
      ).toEqual(flatten(expected));
  });
});
