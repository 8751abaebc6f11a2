import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web and is built into dist/web, which the Fastify server serves with an
// SPA fallback. Under Vitest (the `web` project extends this file) the root stays at the repository
// root so that the test include patterns and setup files in vitest.config.ts resolve as written.
const underVitest = Boolean(process.env.VITEST);

export default defineConfig({
  root: underVitest ? undefined : 'src/web',
  // Absolute asset URLs: deep links such as /states/FR are served index.html by the fallback.
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Source maps stay out of the public build; the server serves dist/web as is.
    sourcemap: false,
    // Anything that grows a single chunk past this deserves a look (budget: < 150 KB gzip first load).
    chunkSizeWarningLimit: 400,
  },
  server: {
    // In development the API runs as a separate Fastify process; proxy keeps requests same-origin
    // so cookies and the CSP connect-src 'self' behave as in production.
    proxy: {
      '/api': { target: process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
