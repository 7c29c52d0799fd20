/**
 * The language switcher, in the test suite's two-language build (English, and the pseudo-locale
 * under /en-xa/; `npm test` builds it with PSEUDO_LOCALE=1 into PSEUDO_OUT_DIR).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { guardPage } from './guard';
import { axeViolations, useSite } from './harness';
import { PSEUDO_OUT_DIR } from '../tools/pseudo-build.mjs';
import { extraBuildReady } from '../tools/extra-builds.mjs';

// `npm test` may still be making this build while the other browser tests run.
await extraBuildReady(PSEUDO_OUT_DIR, 'PSEUDO_LOCALE=1');
const site = useSite({ root: PSEUDO_OUT_DIR });

const SYSTEMS_PSEUDO = '⟦Šýšţéɱš áñð Šţŕúçţúŕéš~~~~~~~⟧';
const selectedTab = (page: Page) => page.getByRole('tab', { selected: true }).textContent();
const switcher = (page: Page, name: string) =>
  page.getByRole('navigation', { name: /^(Language|⟦Ĺáñĝúáĝé~~~⟧)$/ }).getByRole('link', { name });

describe('the language switcher', () => {
  test('keeps the page and the tab, both ways, and the pseudo-locale page is axe clean', async () => {
    const page = await site.open();
    const guard = await guardPage(page, site.origin);
    await page.goto(`${site.url}framework/#systems-and-structures`);
    await expect.poll(() => selectedTab(page)).toBe('Systems and Structures');
    expect(await switcher(page, 'English').getAttribute('aria-current')).toBe('true');

    await switcher(page, '⟦Þšéúðó~~⟧').click();
    await page.waitForURL(`${site.url}en-xa/framework/#systems-and-structures`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en-XA');
    await expect.poll(() => selectedTab(page)).toBe(SYSTEMS_PSEUDO);
    expect(await switcher(page, '⟦Þšéúðó~~⟧').getAttribute('aria-current')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    // A tab chosen after the page loaded (a history entry, no reload) is kept too, with the keyboard.
    await page.getByRole('tab', { name: '⟦Óúţçóɱé Ƒóçúš~~~~⟧' }).click();
    await switcher(page, 'English').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}framework/#outcome-focus`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => selectedTab(page)).toBe('Outcome Focus');
    guard.expectClean();
  });

  test('on a page without a fragment, the other language’s link has none either', async () => {
    const page = await site.open('en-xa/method/');
    await switcher(page, 'English').click();
    await page.waitForURL(`${site.url}method/`);
    expect(await page.locator('h1').textContent()).toBe('How scores are calculated');
  });

  test('search on a pseudo-locale page finds only pseudo-locale pages', async () => {
    const page = await site.open('en-xa/');
    await page.getByRole('button', { name: /^⟦Šéáŕçĥ/ }).click();
    // A word of the framework's descriptions, which are English in both languages (content, not interface).
    await page.getByRole('searchbox').fill('stakeholders');
    const links = page.getByRole('dialog').locator('[data-results] a');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.filter((path) => !path.startsWith('/en-xa/'))).toEqual([]);
  });
});
