import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit', include: ['test/unit/**/*.test.ts', 'test/dom/**/*.test.ts', 'test/dom/**/*.test.tsx'],
          // The interface's words come from _locales/en, as in an English browser (there is no browser.i18n here).
          setupFiles: ['test/support/i18n-setup.ts'],
        },
      },
      {
        extends: true,
        // Real browsers: one file at a time, never two browsers at once (2 cores).
        test: {
          name: 'e2e', include: ['test/e2e/**/*.test.ts'], fileParallelism: false,
          // Expected words computed in Node (KIND_WORDS...) are the English the browsers show by default.
          setupFiles: ['test/support/i18n-setup.ts'],
          testTimeout: 120_000, hookTimeout: 120_000,
        },
      },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
