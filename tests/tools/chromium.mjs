// The system Chromium and the flags every browser run uses (tests/e2e/harness.ts and
// `npm run bench`): no browser is downloaded, and its absence fails with the fix.
import { existsSync } from 'node:fs';

/**
 * Chromium's headless shell first: the same Blink and V8 without the browser's windows and UI, so
 * a fresh page costs half the CPU of the full browser's headless mode (this suite opens hundreds).
 * Debian packages it at the same version as Chromium (`chromium-headless-shell`); Playwright's own
 * downloads use it for headless runs too. The full browser is the fallback.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium to drive: CHROMIUM_PATH, else the system one. Throws with the fix if none.
 * `browser: true` prefers the full browser (the one people use) over the headless shell: the speed
 * benchmark measures with it, the tests with the lighter shell.
 * @param {{ browser?: boolean }} [options]
 * @returns {string}
 */
export function chromiumPath({ browser = false } = {}) {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const order = browser ? [...BROWSERS, HEADLESS_SHELL] : [HEADLESS_SHELL, ...BROWSERS];
  const found = order.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium-headless-shell`, ' +
        'or `chromium`) ' +
        'or point CHROMIUM_PATH at a Chrome or Chromium binary, then run `npm test` again.',
    );
  }
  return found;
}

/** Command-line flags for a headless Chromium on a CI machine (no sandbox, no GPU, no network chatter). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
