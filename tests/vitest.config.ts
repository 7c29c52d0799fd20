import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { ExtraBuildsLater } from './tools/extra-builds-later.mjs';

/**
 * Four levels of tests, run in this order by `npm test` (tests/tools/run-tests.mjs):
 * unit (pure src/lib), component (islands in happy-dom), build (dist/ HTML and budgets),
 * e2e (real Chromium driving the built site).
 */
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    // The browser tests that serve the base-path and pseudo-locale builds run later: `npm test`
    // makes those builds while the others run (tests/tools/extra-builds.mjs).
    sequence: { sequencer: ExtraBuildsLater },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Worker threads, each running file after file in one module graph (modules that a file
          // resets, it resets itself: tests/unit/reload-language.ts): half the CPU of a forked
          // process per file, and the files pass in any order (checked with --sequence.shuffle).
          pool: 'threads',
          isolate: false,
          testTimeout: 60_000,
          setupFiles: ['tests/i18n-setup.ts'],
        },
      },
      {
        extends: true,
        plugins: [preact()],
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // As the unit tests: each file unmounts what it rendered (Testing Library's cleanup).
          pool: 'threads',
          isolate: false,
          setupFiles: ['tests/i18n-setup.ts', 'tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Two files run side by side on two cores, so a test may get half a core: the limit is
          // for a test that hangs, not for a slow machine.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // Files share their worker, so they share its Chromium (tests/e2e/harness.ts); each test
          // still opens fresh browser contexts. `npm test` runs two workers side by side.
          isolate: false,
          // A person waits a few seconds on a slow machine; a poll should too before it fails.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
