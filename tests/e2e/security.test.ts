import { describe, expect, test } from 'vitest';
import { WITH_SERVICE_WORKER, guardPage, undocumentedStorageKeys } from './guard';
import { searchSite, useSite } from './harness';
import { pageUrls } from './site-pages';

const site = useSite();

describe('locked down', () => {
  test.each(pageUrls())('"/%s" loads with no CSP violation and no request to another origin', async (path) => {
    const page = await (await site.context(WITH_SERVICE_WORKER)).newPage();
    const guard = await guardPage(page, site.origin);
    const response = await page.goto(site.url + path);
    expect(response?.status()).toBe(200);
    // The service worker registers once the page has loaded and is idle; its precache is checked too.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.waitForLoadState('networkidle');
    expect(guard.requests.length).toBeGreaterThan(1);
    guard.expectClean();
  });

  test('searching loads Pagefind from this site only, with no CSP violation', async () => {
    const page = await (await site.context(WITH_SERVICE_WORKER)).newPage();
    const guard = await guardPage(page, site.origin);
    await page.goto(site.url);
    await searchSite(page, 'partnership');
    expect(await page.getByRole('dialog').getByRole('link').count()).toBeGreaterThan(0);
    const pagefind = guard.requests.filter((url) => url.includes('/pagefind/'));
    expect(pagefind.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(pagefind.some((url) => url.includes('.pf_fragment'))).toBe(true);
    guard.expectClean();
  });

  test("search also works on the main thread, when Pagefind's worker cannot start ('wasm-unsafe-eval' is for this)", async () => {
    const context = await site.context();
    await context.route('**/pagefind/pagefind-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
    const page = await context.newPage();
    const guard = await guardPage(page, site.origin);
    await page.goto(site.url);
    await searchSite(page, 'partnership');
    expect(guard.requests.some((url) => url.endsWith('/pagefind/wasm.en.pagefind'))).toBe(true);
    guard.expectClean();
  });

  test('the CSP blocks another origin and inline script, and the guard reports both and any leak', async () => {
    const page = await (await site.context(WITH_SERVICE_WORKER)).newPage();
    const guard = await guardPage(page, site.origin);
    await page.goto(site.url);
    guard.secrets.push('7-7-7');
    await page.evaluate(() => {
      void fetch('http://example.invalid/collect').catch(() => {});
      void fetch('framework/?answers=7-7-7').catch(() => {});
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect
      .poll(() => guard.violations.filter((v) => !v.startsWith('console:')).length, { timeout: 15_000 })
      .toBe(2);
    const reported = guard.violations.filter((v) => !v.startsWith('console:')).map((v) => v.replace(/:\d+$/, ''));
    expect(reported.sort()).toEqual([
      `connect-src blocked http://example.invalid/collect in ${site.url}`,
      `script-src-elem blocked inline in ${site.url}`,
    ]);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    expect(guard.requests.some((url) => url.includes('example.invalid'))).toBe(false);
    await expect
      .poll(() => guard.leaks, { timeout: 15_000 })
      .toEqual([`query string: ${site.url}framework/?answers=7-7-7`]);
    // Navigation is not the CSP's business: the guard still sees a page leave for another origin.
    const elsewhere = site.url.replace('127.0.0.1', 'localhost');
    await page.goto(elsewhere).catch(() => {});
    expect(guard.otherOrigin).toContain(`GET ${elsewhere}`);
    expect(() => guard.expectClean()).toThrow();
  });

  test('a storage key the privacy page does not name is reported', async () => {
    const page = await site.open('');
    expect(await undocumentedStorageKeys(page)).toEqual([]);
    await page.evaluate(() => {
      localStorage.setItem('cli:answers:v1', '{}');
      localStorage.setItem('cli:secret-tracking', '1');
    });
    expect(await undocumentedStorageKeys(page)).toEqual(['cli:secret-tracking']);
  });
});
