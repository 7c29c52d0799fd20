/**
 * Shared set-up for the browser tests: the built site served on 127.0.0.1 and a real Chromium
 * driven by playwright-core. No browser is downloaded: the system one is used, and its absence
 * fails the run with the fix, never a silent pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { serve } from '../tools/serve.mjs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to drive: CHROMIUM_PATH, else the system one. Throws with the fix if none. */
export function chromiumPath(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or point CHROMIUM_PATH at a Chrome or Chromium binary, then run `npm test` again.',
    );
  }
  return found;
}

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

export interface Site {
  /** The site's root URL including the base path, ending in "/". */
  url: string;
  /** Origin only, e.g. http://127.0.0.1:43210 */
  origin: string;
  browser: Browser;
  /** A fresh context (no storage shared with other tests). */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A new page in a fresh context, at `path` (relative to the site root). */
  open(path?: string, options?: BrowserContextOptions): Promise<Page>;
}

/** Serve dist/ and launch Chromium for the tests of one file; both are closed after them. */
export function useSite(options: { root?: string; base?: string } = {}): Site {
  let server: { close(): void } | undefined;
  const contexts: BrowserContext[] = [];
  const site = {} as Site;
  beforeAll(async () => {
    const executablePath = chromiumPath();
    const served = await serve({ root: options.root ?? 'dist', base: options.base ?? '/' });
    server = served.server;
    site.url = served.url;
    site.origin = served.origin;
    site.browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    site.context = async (opts) => {
      // The service worker is blocked unless a test asks for it ({ serviceWorkers: 'allow' }): a
      // worker that serves from its cache would bypass context.route() mocks in other tests.
      const context = await site.browser.newContext({ reducedMotion: 'reduce', serviceWorkers: 'block', ...opts });
      contexts.push(context);
      return context;
    };
    site.open = async (path = '', opts) => {
      const page = await (await site.context(opts)).newPage();
      await page.goto(new URL(path, site.url).href);
      return page;
    };
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    await site.browser?.close();
    server?.close();
  });
  return site;
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Run axe-core (WCAG 2.0–2.2 A and AA rules) on the page as it is now; returns the violations as
 * readable strings, so that a failing test says what is wrong and where.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's Content Security Policy does not block it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  return violations;
}

/**
 * Open the site search from the header, type `query`, and wait until the dialog announces its
 * result count ("3 results."); returns that announcement.
 */
export async function searchSite(page: Page, query: string): Promise<string> {
  await page.getByRole('button', { name: /^Search/ }).click();
  await page.getByRole('searchbox', { name: 'Search the site' }).fill(query);
  const status = page.getByRole('dialog').getByRole('status');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^\d+ results?\.$/);
  return (await status.textContent()) ?? '';
}
