/**
 * Shared set-up for the browser tests: the built site served on 127.0.0.1 and a real Chromium
 * driven by playwright-core. No browser is downloaded: the system one is used, and its absence
 * fails the run with the fix, never a silent pass.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/chromium.mjs';
import { serve } from '../tools/serve.mjs';

export { CHROMIUM_ARGS, chromiumPath };

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

const SHARED = Symbol.for('collective-leadership.e2e.browser');
type WithBrowser = typeof globalThis & { [SHARED]?: Promise<Browser> };

/**
 * The Chromium of this test worker, launched on first use and shared by every file the worker runs
 * (the e2e project does not isolate files): a launch costs seconds, a fresh context milliseconds.
 * Tests never share state through it: each gets its own contexts. Playwright closes the browser
 * when the worker exits.
 */
export function sharedBrowser(): Promise<Browser> {
  const holder = globalThis as WithBrowser;
  if (!holder[SHARED]) {
    const launching = chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    holder[SHARED] = launching;
    launching.then(
      (browser) => browser.on('disconnected', () => holder[SHARED] === launching && delete holder[SHARED]),
      () => holder[SHARED] === launching && delete holder[SHARED],
    );
  }
  return holder[SHARED];
}

/**
 * Serve dist/ for the tests of one file and give them the worker's Chromium; the server and every
 * context the file opened are closed after them.
 */
export function useSite(options: { root?: string; base?: string } = {}): Site {
  let server: { close(): void } | undefined;
  const contexts: BrowserContext[] = [];
  const site = {} as Site;
  beforeAll(async () => {
    const served = await serve({ root: options.root ?? 'dist', base: options.base ?? '/' });
    server = served.server;
    site.url = served.url;
    site.origin = served.origin;
    site.browser = await sharedBrowser();
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
  // Contexts a test opened are closed when it ends (their pages stop working, and memory is given
  // back); those opened before the first test (in beforeAll) stay until the file ends.
  let testStart = 0;
  beforeEach(() => {
    testStart = contexts.length;
  });
  afterEach(async () => {
    const opened = contexts.splice(testStart);
    await Promise.all(opened.map((c) => c.close().catch(() => {})));
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
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
  // Evaluated through the DevTools protocol, so the page's Content Security Policy does not block it;
  // once per document (parsing axe takes longer than most of its runs).
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      // Every rule still runs on every element; only the violations are written out in full (not the
      // passes), which takes a third off each run.
      resultTypes: ['violations'],
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
