import { defineConfig } from 'vitest/config';

// Two projects: the server suite runs in Node against a real PostgreSQL server
// (one per run, see src/server/test/global-setup.ts); the web suite runs in jsdom.
// A third, e2e, drives Chromium against the built app (e2e/global-setup.ts starts the server);
// scripts/test.mjs runs it only when /usr/bin/chromium exists.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['src/server/**/*.test.ts', 'src/domain/**/*.test.ts', 'src/shared/**/*.test.ts'],
          globalSetup: ['src/server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: './vite.config.ts',
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['src/web/**/*.test.{ts,tsx}'],
          setupFiles: ['src/web/test/setup.ts'],
          globals: true,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file runs its own Chromium: two at a time is what two cores take.
          maxWorkers: 2,
        },
      },
    ],
  },
});
