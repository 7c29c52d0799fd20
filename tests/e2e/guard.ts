/**
 * A guard for browser tests: while a test drives a page, it records every request (from the page,
 * its workers and the service worker) and every Content Security Policy violation, so that the
 * test can assert that nothing left the device and nothing was blocked.
 *
 *   const page = await (await site.context()).newPage();
 *   const guard = await guardPage(page, site.origin);
 *   await page.goto(site.url + 'inventory/');
 *   ... drive the page ...
 *   guard.secrets.push(shareCode);   // anything that must never appear in a request
 *   guard.expectClean();
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, BrowserContext, Page, Request } from 'playwright-core';
import { expect } from 'vitest';

/** Context options for tests that need the service worker (the harness blocks it by default). */
export const WITH_SERVICE_WORKER: BrowserContextOptions = { serviceWorkers: 'allow' };

/**
 * Local and session storage keys that `page` holds but the privacy page does not name. The privacy page must
 * say exactly what is kept: call this at the end of a flow and expect `[]`.
 */
export async function undocumentedStorageKeys(page: Page, dist = 'dist'): Promise<string[]> {
  const privacy = readFileSync(join(dist, 'privacy', 'index.html'), 'utf8');
  const names = [...privacy.matchAll(/<code>([^<]+)<\/code>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
  // A documented name may have parts in angle brackets: `<date>` stands for an ISO 8601 date and
  // time, any other (e.g. `cli:workshop:v1:<id>`) for letters and digits.
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const part = (name: string) =>
    name === '<date>' ? '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z' : '[0-9A-Za-z]+';
  const patterns = names.map(
    (n) =>
      new RegExp(
        `^${n
          .split(/(<[^>]+>)/)
          .map((t, i) => (i % 2 === 1 ? part(t) : escape(t)))
          .join('')}$`,
      ),
  );
  // Session storage too, for the site's own keys (the tests mark a seeded tab there).
  const keys = await page.evaluate(() => [
    ...Object.keys(localStorage),
    ...Object.keys(sessionStorage).filter((key) => key.startsWith('cli:')),
  ]);
  return keys.filter((key) => !patterns.some((p) => p.test(key))).sort();
}

/** Query strings the site itself sends: Pagefind's cache-buster on its entry file, nothing else. */
const ALLOWED_QUERY = [/\/pagefind\/pagefind-entry\.json\?ts=\d+$/];

export interface Guard {
  /** Every request URL, in order. */
  requests: string[];
  /** Requests to any origin but the site's. */
  otherOrigin: string[];
  /** Requests that could carry data: a query string the site does not use, a body, or a secret. */
  leaks: string[];
  /** CSP violations, from `securitypolicyviolation` events and from the console. */
  violations: string[];
  /** Strings (a share code, an answer set) that must never appear in any request URL or body. */
  secrets: string[];
  /** Fail the test with the list of what went wrong, if anything did. */
  expectClean(): void;
}

const guarded = new WeakMap<BrowserContext, Guard>();

/**
 * Start guarding `page`'s browser context (every page in it, its workers and the service worker).
 * Call it before the first `goto`: the violation listener is installed in each new document.
 */
export async function guardPage(page: Page, origin: string): Promise<Guard> {
  const context = page.context();
  const existing = guarded.get(context);
  if (existing) return existing;
  const guard: Guard = {
    requests: [],
    otherOrigin: [],
    leaks: [],
    violations: [],
    secrets: [],
    expectClean() {
      const secretHits = guard.requests.flatMap((url) =>
        guard.secrets.filter((s) => s && decodeURIComponent(url).includes(s)).map((s) => `${url} contains "${s}"`),
      );
      expect({
        otherOrigin: guard.otherOrigin,
        leaks: [...guard.leaks, ...secretHits],
        violations: guard.violations,
      }).toEqual({
        otherOrigin: [],
        leaks: [],
        violations: [],
      });
    },
  };
  guarded.set(context, guard);

  const onRequest = (request: Request) => {
    const url = request.url();
    guard.requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    const parsed = new URL(url);
    if (parsed.origin !== origin) guard.otherOrigin.push(`${request.method()} ${url}`);
    if (parsed.search && !ALLOWED_QUERY.some((re) => re.test(url))) guard.leaks.push(`query string: ${url}`);
    if (request.method() !== 'GET' && request.method() !== 'HEAD') guard.leaks.push(`${request.method()} ${url}`);
    const body = request.postData();
    if (body) guard.leaks.push(`request body sent to ${url}`);
    for (const secret of guard.secrets)
      if (body?.includes(secret)) guard.leaks.push(`${url} body contains "${secret}"`);
  };
  context.on('request', onRequest);

  const onConsole = (text: string) => {
    if (/Content Security Policy/i.test(text)) guard.violations.push(`console: ${text}`);
  };
  context.on('console', (message) => onConsole(message.text()));
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => guard.violations.push(text));
  await context.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) => {
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}`,
      );
    });
  });
  return guard;
}
