/**
 * The site served under a base path, as on GitHub Pages (https://user.github.io/leadership/):
 * crawled from the home page in Chromium, following every link and loading every script,
 * stylesheet, image, the search index and the service worker's precache.
 * `npm test` builds this copy with BASE_PATH=/leadership/ into BASE_PATH_OUT_DIR.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Response } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { encodeShareCode } from '../../src/lib/share-code';
import { loadInstrument } from '../fixtures/instrument';
import { ALL_SIXES } from '../fixtures/results';
import { WITH_SERVICE_WORKER, guardPage } from './guard';
import { searchSite, useSite } from './harness';
import { BASE_PATH, BASE_PATH_OUT_DIR } from '../tools/base-path-build.mjs';
import { extraBuildReady } from '../tools/extra-builds.mjs';

// `npm test` may still be making this build while the other browser tests run.
await extraBuildReady(BASE_PATH_OUT_DIR, `BASE_PATH=${BASE_PATH}`);
const site = useSite({ root: BASE_PATH_OUT_DIR, base: BASE_PATH });

describe(`the site under ${BASE_PATH}`, () => {
  test('every link, asset, search file and precached file is found, and all are under the base path', async () => {
    const context = await site.context(WITH_SERVICE_WORKER);
    const responses: { url: string; status: number }[] = [];
    context.on('response', (r: Response) => responses.push({ url: r.url(), status: r.status() }));
    const page = await context.newPage();
    const guard = await guardPage(page, site.origin);

    const queue = [site.url];
    const visited = new Set<string>();
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (visited.has(url)) continue;
      visited.add(url);
      await page.goto(url);
      // The service worker registers once a page has loaded and is idle: the crawl checks what it fetches.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await page.waitForLoadState('networkidle');
      const found = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map((a) => a.href),
      );
      for (const href of found) {
        const next = href.split('#')[0]!;
        if (next.startsWith(site.origin) && (next.endsWith('/') || next.endsWith('.html')))
          queue.push(next);
      }
    }
    const reached = [...visited].map((u) => u.slice(site.url.length));
    expect(reached).toEqual(expect.arrayContaining(['', 'framework/', 'method/', 'privacy/']));

    await page.goto(site.url);
    await searchSite(page, 'vision');
    const firstResult = page.getByRole('dialog').getByRole('link').first();
    expect(await firstResult.getAttribute('href')).toMatch(new RegExp(`^${BASE_PATH}`));
    await firstResult.click();
    await page.waitForLoadState('networkidle');

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(site.url);

    const kinds = (re: RegExp) => responses.filter((r) => re.test(r.url)).length;
    expect(kinds(/\/_astro\/.+\.js$/)).toBeGreaterThan(0);
    expect(kinds(/\/favicon\.svg$/)).toBeGreaterThan(0);
    expect(kinds(/\/pagefind\/pagefind\.js$/)).toBeGreaterThan(0);
    expect(kinds(/\.pf_fragment$/)).toBeGreaterThan(0);
    expect(kinds(/\/sw\.js$/)).toBeGreaterThan(0);
    expect(responses.filter((r) => r.status >= 400)).toEqual([]);
    expect(guard.requests.filter((url) => !url.startsWith(site.url))).toEqual([]);
    guard.expectClean();
  });

  test('the web app manifest, its start page and its icons are under the base path', async () => {
    const page = await (await site.context()).newPage();
    await page.goto(site.url);
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    expect(href).toBe(`${BASE_PATH}manifest.webmanifest`);
    const manifestUrl = new URL(href!, site.url).href;
    const manifest = (await (await fetch(manifestUrl)).json()) as {
      name: string;
      start_url: string;
      scope: string;
      icons: { src: string }[];
    };
    expect(manifest.name).toBe('Collective Leadership');
    const urls = [manifest.start_url, manifest.scope, ...manifest.icons.map((i) => i.src)].map(
      (u) => new URL(u, manifestUrl).href,
    );
    expect(urls).toEqual([site.url, site.url, `${site.url}favicon.svg`]);
    for (const url of urls) expect((await fetch(url)).status, url).toBe(200);
  });

  test('every file the service worker precaches is served under the base path', async () => {
    const source = readFileSync(join(BASE_PATH_OUT_DIR, 'sw.js'), 'utf8');
    const precache = JSON.parse(source.match(/const PRECACHE = (\[.*\]);/)![1]!) as string[];
    expect(precache).toContain('pagefind/pagefind.js');
    const missing: string[] = [];
    for (const path of precache) {
      const response = await fetch(site.url + path);
      if (response.status !== 200) missing.push(`${path} → ${response.status}`);
    }
    expect(missing).toEqual([]);
  });

  test('the share link keeps the base path and the address the site is served at', async () => {
    const code = encodeShareCode(loadInstrument(), ALL_SIXES);
    const page = await site.open(`inventory/results/#${code}`);
    const link = page.getByTestId('share-link');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`${site.url}inventory/results/#${code}`);
    expect(site.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${BASE_PATH}$`));
  });

  test('no built file refers to the root instead of the base path', () => {
    const html = ['index.html', 'framework/index.html', 'privacy/index.html', 'method/index.html', '404.html'].map(
      (f) => readFileSync(join(BASE_PATH_OUT_DIR, f), 'utf8'),
    );
    for (const page of html) {
      const rootRelative = [...page.matchAll(/(?:href|src|data-bundle)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(rootRelative.filter((u) => !u.startsWith(BASE_PATH))).toEqual([]);
    }
  });
});
