import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { WITH_SERVICE_WORKER, guardPage, undocumentedStorageKeys } from './guard';
import { axeViolations, searchSite, useSite } from './harness';
import { serve } from '../tools/serve.mjs';
import { takeInventory } from './take-inventory';

const site = useSite();
const FRAMEWORK_HEADING = 'The Collective Leadership Framework';

/** Wait until a service worker controls the page and has finished precaching. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

describe('offline', () => {
  test('after one visit, the framework, search, privacy, method and inventory work with no network', async () => {
    const context = await site.context(WITH_SERVICE_WORKER);
    const page = await context.newPage();
    const guard = await guardPage(page, site.origin);
    await page.goto(site.url);
    await waitForServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Collective Leadership');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Framework' }).click();
    await page.getByRole('tab', { name: 'Partnership Working' }).click();
    expect(await page.getByRole('tabpanel').getByRole('heading', { level: 2 }).textContent()).toBe(
      'Partnership Working',
    );

    await searchSite(page, 'outcomes');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    for (const [link, heading] of [
      ['Privacy: what is kept, and how to delete it', 'Privacy'],
      ['How scores are calculated', 'How scores are calculated'],
    ] as const) {
      await page.getByRole('contentinfo').getByRole('link', { name: link }).click();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
    }

    // The framework's address typed without its slash, or with index.html, opens as it does online.
    for (const address of ['framework', 'framework/index.html']) {
      await page.goto(`${site.url}${address}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent(), address).toBe(FRAMEWORK_HEADING);
    }

    // The inventory works offline too, from the first question to the scores and the full report,
    // keeping only documented keys.
    await takeInventory(page, `${site.url}inventory/`, 7);
    // Every question rated 7: every dimension 7.0, (7 − 1) / 11 = 55 out of 100.
    const rows = await page
      .locator('.score-summary tr[data-dimension]')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(1).map((c) => c.textContent)));
    expect(rows).toEqual(Array(8).fill(['7.0', '55', 'Good evidence']));
    await page.getByRole('link', { name: 'Full report and exports' }).click();
    await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await undocumentedStorageKeys(page)).toEqual([]);

    // An address that is not part of the build gets the site's own "not found" page offline.
    await page.goto(`${site.url}no-such-page/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    guard.expectClean();
  });

  test('a new build is offered as "ready, reload" and replaces the old cache when accepted', async () => {
    // A deploy is simulated on a copy of the build, served on its own, whose sw.js is then rewritten.
    const root = mkdtempSync(join(tmpdir(), 'clf-deploy-'));
    cpSync('dist', root, { recursive: true });
    const served = await serve({ root, base: '/' });
    try {
      const context = await site.context(WITH_SERVICE_WORKER);
      const page = await context.newPage();
      await page.goto(served.url);
      await waitForServiceWorker(page);
      const oldHash = readFileSync(join(root, 'sw.js'), 'utf8').match(/const BUILD_HASH = "([0-9a-f]+)";/)?.[1];
      expect(await page.evaluate(() => caches.keys())).toEqual([`collective-leadership ${served.url} ${oldHash}`]);
      const notice = page.getByRole('status').filter({ hasText: 'A new version of this site is ready.' });
      expect(await notice.isVisible()).toBe(false);

      const sw = readFileSync(join(root, 'sw.js'), 'utf8');
      writeFileSync(
        join(root, 'sw.js'),
        sw.replace(/const BUILD_HASH = "[0-9a-f]+";/, 'const BUILD_HASH = "newbuild00000000";'),
      );
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await notice.waitFor({ state: 'visible' });
      expect(await axeViolations(page)).toEqual([]);
      // Until the visitor accepts, the page keeps the build it was loaded with.
      expect((await page.evaluate(() => caches.keys())).sort()).toEqual(
        [
          `collective-leadership ${served.url} ${oldHash}`,
          `collective-leadership ${served.url} newbuild00000000`,
        ].sort(),
      );

      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload to update' }).click()]);
      await expect
        .poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 })
        .toEqual([`collective-leadership ${served.url} newbuild00000000`]);
      expect(await notice.isVisible()).toBe(false);
    } finally {
      served.server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
