import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The web app lives in src/web and is built into dist/web, which the Fastify server serves with an
// SPA fallback. Under Vitest (the `web` project extends this file) the root stays at the repository
// root so that the test include patterns and setup files in vitest.config.ts resolve as written.
const underVitest = Boolean(process.env.VITEST);

const repositoryRoot = fileURLToPath(new URL('.', import.meta.url));

interface Budget {
  name: string;
  limitKb: number;
  /** What is loaded after the entry, from the repository root: page chunks, translation files. */
  lazy: string[];
}

/**
 * Architecture budgets for JavaScript, gzipped (level 9, as scripts/build.mjs precompresses).
 * Each counts the entry chunk, every chunk it imports (transitively: all that index.html loads),
 * and the listed dynamic chunks with their own imports. The translation files count too: Vite
 * makes each a JavaScript module. The dashboard figure is checked again in a browser by
 * e2e/states.test.ts, which measures what the page really loaded.
 */
const BUDGETS: Budget[] = [
  { name: 'every page (shell + English strings)', limitKb: 125, lazy: ['src/web/locales/en.json'] },
  {
    name: 'States dashboard with the map',
    limitKb: 150,
    lazy: [
      'src/web/locales/en.json',
      'src/web/locales/states.en.json',
      'src/web/modules/states/StatesRoutes.tsx',
      'src/web/modules/states/map/WorldMap.tsx',
    ],
  },
];

/** Fails the build when a budget is exceeded, and prints the figures so growth shows in each build log. */
function firstLoadBudgets(budgets: Budget[]): Plugin {
  return {
    name: 'ccm:first-load-budget',
    apply: 'build',
    // writeBundle, not generateBundle: Vite fills in the preload lists of dynamic imports late in
    // generateBundle, so only here is each chunk's code what the server sends.
    writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) return;
      const byModule = new Map(chunks.map((chunk) => [chunk.facadeModuleId, chunk]));
      const gzipped = (name: string) => {
        const file = bundle[name];
        return file?.type === 'chunk' ? gzipSync(file.code, { level: 9 }).length : 0;
      };
      for (const budget of budgets) {
        const loaded = new Set<string>();
        const load = (name: string) => {
          if (loaded.has(name)) return;
          loaded.add(name);
          for (const imported of bundle[name]?.type === 'chunk' ? bundle[name].imports : []) load(imported);
        };
        load(entry.fileName);
        for (const module of budget.lazy) {
          const chunk = byModule.get(path.join(repositoryRoot, module));
          if (!chunk) this.error(`Budget "${budget.name}": no chunk for ${module}`);
          load(chunk.fileName);
        }
        const kb = [...loaded].reduce((sum, name) => sum + gzipped(name), 0) / 1000;
        const message = `JavaScript for ${budget.name}: ${kb.toFixed(1)} kB gzipped in ${loaded.size} files (budget ${budget.limitKb} kB)`;
        if (kb > budget.limitKb) this.error(message);
        this.info(message);
      }
    },
  };
}

export default defineConfig({
  root: underVitest ? undefined : 'src/web',
  // Absolute asset URLs: deep links such as /states/FR are served index.html by the fallback.
  base: '/',
  plugins: [react(), firstLoadBudgets(BUDGETS)],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Source maps stay out of the public build; the server serves dist/web as is.
    sourcemap: false,
    // Minified size of the shell chunk below (React, React DOM, React Router, i18next, TanStack
    // Query: ~370 KB, ~116 KB gzipped). The gzipped budgets are enforced by firstLoadBudgets above.
    chunkSizeWarningLimit: 480,
    // No modulepreload polyfill (every supported browser has modulepreload), and with the single
    // shell chunk below index.html preloads nothing anyway.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything index.html loads goes into one chunk: left to itself the bundler splits the
        // shell into ten files (React, i18next, TanStack Query pieces shared with page chunks),
        // which all load at once anyway and compress about 3 KB worse apart.
        codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    // In development the API runs as a separate Fastify process; the proxy keeps requests
    // same-origin so cookies and the CSP's connect-src 'self' behave as in production.
    proxy: {
      '/api': { target: process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:3000' },
    },
  },
  preview: {
    proxy: {
      '/api': { target: process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:3000' },
    },
  },
});
