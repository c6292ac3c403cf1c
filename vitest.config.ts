// Test projects: unit (node + fake-indexeddb), component (jsdom), e2e and reliability (real Chromium against the built PWA).
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/reliability/**'],
          environment: 'node',
          setupFiles: ['tests/setup-indexeddb.ts', 'tests/setup-locale.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'tests/reliability/**'],
          environment: 'jsdom',
          setupFiles: ['tests/setup-indexeddb.ts', 'tests/setup-locale.ts', 'tests/setup-effects.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // Hostile scenarios in real Chromium (full storage, moved clocks, two tabs, deploys mid-session, kills).
          name: 'reliability',
          sequence: { groupOrder: 1 },
          include: ['tests/reliability/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
