// Where `npm test` builds the second copy of the site, served under a base path (see
// tests/e2e/base-path.test.ts). Inside node_modules/.cache: ignored by git, never published.

/** The base path of the test build, as on a GitHub Pages project site. */
export const BASE_PATH = '/leadership/';
/** Output directory of the test build (the OUT_DIR environment variable of astro.config.mjs). */
export const BASE_PATH_OUT_DIR = 'node_modules/.cache/base-path-build';
