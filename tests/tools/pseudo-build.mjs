// Where `npm test` builds the copy of the site with the pseudo-locale (PSEUDO_LOCALE=1): English
// as usual, and every page again under /en-xa/ in en-XA, whose every text is visibly transformed
// (see pseudoText in src/lib/i18n.ts). Inside node_modules/.cache: ignored by git, never published.
//   OUT_DIR=node_modules/.cache/pseudo-build PSEUDO_LOCALE=1 npx astro build

/** Output directory of the pseudo-locale build (the OUT_DIR environment variable of astro.config.mjs). */
export const PSEUDO_OUT_DIR = 'node_modules/.cache/pseudo-build';
/** The environment that makes the build add the pseudo-locale. */
export const PSEUDO_ENV = { PSEUDO_LOCALE: '1', OUT_DIR: PSEUDO_OUT_DIR };
/** The pseudo-locale's code, as on `<html lang>`, and the path its pages live under. */
export const PSEUDO_CODE = 'en-XA';
export const PSEUDO_PATH = '/en-xa/';
