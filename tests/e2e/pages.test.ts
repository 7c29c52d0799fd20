import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, useSite } from './harness';

const site = useSite();
/** The base path the site is served under, e.g. "/". */
const base = () => new URL(site.url).pathname;

/** Every page on this branch, and an address with no page (served the 404 page). */
const pages = [
  { name: '/', path: '', title: 'Collective Leadership', h1: 'Collective Leadership' },
  {
    name: '/framework/',
    path: 'framework/',
    title: 'The Collective Leadership Framework · Collective Leadership',
    h1: 'The Collective Leadership Framework',
  },
  { name: '/404.html', path: '404.html', title: 'Page not found · Collective Leadership', h1: 'Page not found' },
  {
    name: '/no-such-page/ (served the 404 page)',
    path: 'no-such-page/',
    title: 'Page not found · Collective Leadership',
    h1: 'Page not found',
  },
];

const focusedElement = (page: Page) =>
  page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim());

describe.each(pages)('$name', ({ path, title, h1 }) => {
  test('has its title, a meta description, one h1 and the landmarks', async () => {
    const page = await site.open(path);
    expect(await page.title()).toBe(title);
    expect((await page.locator('meta[name=description]').getAttribute('content'))?.length).toBeGreaterThan(20);
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual([h1]);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
  });

  test.each(['light', 'dark'] as const)('has no axe-core violations (%s)', async (colorScheme) => {
    const page = await site.open(path, { colorScheme });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(20, 23, 28)' : 'rgb(255, 255, 255)');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('fits a 320 px wide screen without sideways scrolling', async () => {
    const page = await site.open(path, { viewport: { width: 320, height: 640 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('the skip link is the first Tab stop, shows when focused, and moves focus to the main content', async () => {
    const page = await site.open(path);
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toBe('Skip to content');
    const box = await page.getByRole('link', { name: 'Skip to content' }).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await focusedElement(page)).toBe('main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(next).toBe(true);
  });

  test('shows where keyboard focus is', async () => {
    const page = await site.open(path);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return [style.outlineStyle, style.outlineWidth];
    });
    expect(outline).toEqual(['solid', '3px']);
  });
});

describe('the home page', () => {
  test('shows the seven dimensions whose initials spell COMPASS, each linking to its tab', async () => {
    const page = await site.open('');
    const links = page.getByRole('list').filter({ hasText: 'Collective Vision' }).getByRole('link');
    const names = await links.allTextContents();
    expect(names.map((n) => n.trim().charAt(0)).join('')).toBe('COMPASS');
    expect(await links.first().getAttribute('href')).toBe(`${base()}framework/#collective-vision`);
    await links.nth(4).click();
    await page.waitForURL(/\/framework\/#action-oriented-and-adaptive$/);
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).textContent())
      .toBe('Action Oriented and Adaptive');
  });

  test('leads on to the framework and the inventory', async () => {
    const page = await site.open('');
    expect(await page.getByRole('link', { name: 'Explore the framework' }).getAttribute('href')).toBe(
      `${base()}framework/`,
    );
    expect(await page.getByRole('link', { name: 'Take the inventory' }).getAttribute('href')).toBe(
      `${base()}inventory/`,
    );
  });
});

describe('the islands’ text', () => {
  test('comes from the page’s messages file, fetched once the page’s HTML is on screen, not from the HTML', async () => {
    const context = await site.context();
    const page = await context.newPage();
    const fetched: string[] = [];
    const paintedBefore: boolean[] = [];
    await page.route(/\/i18n\/[^/]+\.json$/, async (route) => {
      fetched.push(new URL(route.request().url()).pathname);
      paintedBefore.push(
        await page.evaluate(
          () => performance.getEntriesByType('paint').length > 0 && document.readyState !== 'loading',
        ),
      );
      await route.continue();
    });
    const response = await page.goto(new URL('team/', site.url).href);
    // The page's HTML holds search's messages and the file's address, not the islands' messages.
    const html = (await response?.text()) ?? '';
    const block = JSON.parse(
      /<script type="application\/json" id="i18n-messages">(.*?)<\/script>/s.exec(html)![1]!,
    ) as {
      messages: Record<string, unknown>;
      src: string;
    };
    expect(Object.keys(block.messages).filter((key) => !key.startsWith('searchResults.'))).toEqual([
      'layout.textLoadFailed',
    ]);
    expect(block.src).toMatch(new RegExp(`^${base()}i18n/en\\.team\\.[0-9a-f]{10}\\.json$`));
    // The collective page works, in words from the file, fetched once, after the page was parsed and painted.
    await expect.poll(() => page.getByRole('heading', { name: 'Bring results together' }).isVisible()).toBe(true);
    expect(fetched).toEqual([block.src]);
    expect(paintedBefore).toEqual([true]);
  });

  test('that cannot be fetched is said, in the page’s language, and nothing half-works', async () => {
    const context = await site.context();
    await context.route(/\/i18n\/[^/]+\.json$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(new URL('inventory/results/', site.url).href);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('This page could not load its text, so it cannot work yet. Check your connection, then reload the page.');
    // The island stays as the server rendered it.
    expect(await page.locator('astro-island').textContent()).toBe('Loading your results…');
    expect(await axeViolations(page)).toEqual([]);
  });
});
