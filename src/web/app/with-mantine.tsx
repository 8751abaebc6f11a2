import { type ComponentProps, type ComponentType, createElement } from 'react';

// biome-ignore lint/suspicious/noExplicitAny: the same bound as React.lazy's own.
export type AnyComponent = ComponentType<any>;

/**
 * Wraps a page's dynamic import so that the page renders inside MantineProvider, whose code and
 * stylesheet load in parallel with the page's own chunk:
 *   const ProfilePage = lazy(withMantine(() => import('./pages/ProfilePage').then(…)));
 * (app/routes.tsx has mantinePage(), which adds the page's translation namespace.)
 *
 * Why not one MantineProvider around the whole application: the provider pulls Mantine's core
 * (Box, theme, style props: about 20 KB gzipped) and its 40 KB stylesheet into the download of
 * every page, and the public pages most people visit (home, States dashboard) need none of it;
 * the shell and those pages use plain elements (components/plain.tsx). Every page that uses a
 * Mantine component must be loaded through withMantine (Mantine throws without its provider; the
 * page's tests, which render through the routes, show it at once).
 */
export function withMantine<T extends AnyComponent>(
  load: () => Promise<{ default: T }>,
): () => Promise<{ default: T }> {
  return () =>
    Promise.all([load(), import('./MantineScope')]).then(([page, { MantineScope }]) => {
      const Page = page.default as ComponentType<ComponentProps<T>>;
      // biome-ignore lint/correctness/noComponentHookFactories: made once, when React.lazy loads the page.
      const InMantine = (props: ComponentProps<T>) => (
        <MantineScope>{createElement(Page, props)}</MantineScope>
      );
      return { default: InMantine as unknown as T };
    });
}
