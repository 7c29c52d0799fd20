// The browser tests start once the production build is made; the two other builds they serve
// (under a base path, and with the pseudo-locale) are made meanwhile, beside them. `npm test`
// (tests/tools/run-tests.mjs) removes a marker file before those builds and writes it once both
// are made, and tells the browser tests where it is: the files that serve them wait for it, and
// run after the first few files (tests/tools/extra-builds-later.mjs), so that they seldom wait at all.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The environment variable that holds the marker's path while the builds are being made. */
export const EXTRA_BUILDS_MARKER_ENV = 'EXTRA_BUILDS_MARKER';

/** The marker `npm test` writes once the base-path and pseudo-locale builds are made. */
export const EXTRA_BUILDS_MARKER = 'node_modules/.cache/extra-builds-made';

/** The browser-test files that serve the base-path or the pseudo-locale build. */
export const EXTRA_BUILD_FILES = ['base-path.test.ts', 'languages.test.ts', 'pseudo-locale.test.ts'];

/**
 * Resolve once the extra builds are made: at once when no run is making them (the marker's
 * variable is not set, e.g. `npx vitest run --project e2e` on builds made before). Throws after
 * `timeout` ms, naming the wait, rather than testing a build still being written.
 */
export async function extraBuildsMade(timeout = 240_000) {
  const marker = process.env[EXTRA_BUILDS_MARKER_ENV];
  if (!marker) return;
  const until = Date.now() + timeout;
  while (!existsSync(marker)) {
    if (Date.now() > until)
      throw new Error(`The base-path and pseudo-locale builds were not made within ${timeout / 1000} s.`);
    await sleep(200);
  }
}

/**
 * Resolve once the build in `outDir` is ready to serve: wait for the extra builds (above), then
 * fail with the fix when there is none (`how` says what `npm test` builds it with).
 * @param {string} outDir
 * @param {string} how
 */
export async function extraBuildReady(outDir, how) {
  await extraBuildsMade();
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`${outDir}/ has no build: run \`npm test\`, which builds it with ${how}.`);
  }
}
