import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The web app lives in src/web and is built into dist/web, which the Fastify server serves with an
// SPA fallback. Under Vitest (the `web` project extends this file) the root stays at the repository
// root so that the test include patterns and setup files in vitest.config.ts resolve as written.
const underVitest = Boolean(process.env.VITEST);

/** Architecture budget: JavaScript every page loads (entry chunk + its static imports), gzipped. */
const FIRST_LOAD_BUDGET_KB = 150;

/**
 * Fails the build when the JavaScript every visitor downloads before any page chunk exceeds the
 * budget, and prints the figure so growth is visible in each build log.
 */
function firstLoadBudget(limitKb: number): Plugin {
  return {
    name: 'ccm:first-load-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      if (entry?.type !== 'chunk') return;
      const files = [entry.fileName, ...entry.imports];
      const bytes = files.reduce((sum, name) => {
        const file = bundle[name];
        return file?.type === 'chunk' ? sum + gzipSync(file.code).length : sum;
      }, 0);
      const kb = bytes / 1000; // kB as Vite prints them
      const message = `first-load JavaScript: ${kb.toFixed(1)} kB gzipped (budget ${limitKb} kB)`;
      if (kb > limitKb) this.error(message);
      this.info(message);
    },
  };
}

export default defineConfig({
  root: underVitest ? undefined : 'src/web',
  // Absolute asset URLs: deep links such as /states/FR are served index.html by the fallback.
  base: '/',
  plugins: [react(), firstLoadBudget(FIRST_LOAD_BUDGET_KB)],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Source maps stay out of the public build; the server serves dist/web as is.
    sourcemap: false,
    // Minified size; React, React DOM, Mantine, i18next and TanStack Query together are ~410 KB
    // (~127 KB gzipped). The gzipped budget itself is enforced by firstLoadBudget above.
    chunkSizeWarningLimit: 480,
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
