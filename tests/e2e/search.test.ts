import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, useSite } from './harness';

const site = useSite();
/** The base path the site is served under, e.g. "/" (requests and links include it). */
const base = () => new URL(site.url).pathname;

const searchButton = (page: Page) => page.getByRole('button', { name: 'Search the site (shortcut: /)' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const status = (page: Page) => dialog(page).getByRole('status');
const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}:${el.id || el.textContent?.trim().slice(0, 60)}` : '';
  });

/** Open a page and record the paths of every request it makes from then on. */
async function openRecording(path: string): Promise<{ page: Page; requested: string[] }> {
  const context = await site.context();
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(new URL(path, site.url).href, { waitUntil: 'networkidle' });
  return { page, requested };
}

async function searchFor(page: Page, query: string, expectedStatus: string) {
  await dialog(page).getByLabel('Search the site').fill(query);
  await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe(expectedStatus);
}

/** Search for `query` and return the pages its results link to, without fragments. */
async function resultPages(page: Page, query: string): Promise<string[]> {
  await dialog(page).getByLabel('Search the site').fill(query);
  await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/^\d+ results?\.$/);
  const hrefs = await dialog(page)
    .getByRole('list')
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.slice(0)));
  return [...new Set(hrefs.map((h) => h.slice(base().length - 1)))].sort();
}

describe('site search', () => {
  test('loads nothing of Pagefind until it is opened, then its script and index', async () => {
    const { page, requested } = await openRecording('framework/');
    expect(requested.filter((p) => p.startsWith(`${base()}pagefind/`))).toEqual([]);
    await searchButton(page).click();
    await searchFor(page, 'coproduction', '1 result.');
    expect(requested).toContain(`${base()}pagefind/pagefind.js`);
    expect(requested.some((p) => p.startsWith(`${base()}pagefind/index/`))).toBe(true);
    expect(requested.some((p) => p.startsWith(`${base()}pagefind/fragment/`))).toBe(true);
  });

  test('a word only one dimension has finds that dimension; clicking the result opens its tab', async () => {
    const page = await site.open('');
    await searchButton(page).click();
    expect(await dialog(page).isVisible()).toBe(true);
    expect(await focusedElement(page)).toBe('input:search-input');
    await searchFor(page, 'coproduction', '1 result.');
    const results = dialog(page).getByRole('list').getByRole('link');
    expect(await results.allTextContents()).toEqual(['Action Oriented and Adaptive']);
    expect(await dialog(page).locator('mark').allTextContents()).toEqual(['coproduction?']); // Pagefind marks the word with its punctuation
    // The match is in a question: the result links to that question, in its dimension's tab.
    expect(await results.first().getAttribute('href')).toBe(`${base()}framework/#q-coproduction`);
    await results.first().click();
    await page.waitForURL(/\/framework\/#q-coproduction$/);
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).textContent())
      .toBe('Action Oriented and Adaptive');
    const panel = page.getByRole('tabpanel');
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Action Oriented and Adaptive');
    expect(await panel.getByText('through coproduction?').isVisible()).toBe(true);
  });

  test('works from the keyboard alone: "/" opens it, Tab reaches the result, Enter follows it', async () => {
    const page = await site.open('framework/');
    await page.waitForSelector('framework-tabs.enhanced', { state: 'attached' });
    await page.keyboard.press('/');
    expect(await dialog(page).isVisible()).toBe(true);
    expect(await focusedElement(page)).toBe('input:search-input');
    await page.keyboard.type('coproduction');
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toBe('1 result.');
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toBe('a:Action Oriented and Adaptive');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#q-coproduction');
    expect(await dialog(page).isVisible()).toBe(false);
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).textContent())
      .toBe('Action Oriented and Adaptive');
    expect(await page.getByRole('tabpanel').getByText('through coproduction?').isVisible()).toBe(true);
    // Focus lands in the dimension just opened, so Tab continues from there.
    await expect.poll(() => focusedElement(page)).toBe('section:panel-action-oriented-and-adaptive');
  });

  test('its code loads after the page has painted; a press of Search before it arrives opens it, and nothing typed is lost', async () => {
    const context = await site.context();
    const page = await context.newPage();
    // Hold the search's code back until the button has been pressed.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = () => {};
    const requested = new Promise<void>((resolve) => (asked = resolve));
    await page.route(/site-search-element\.[\w-]+\.js$/, async (route) => {
      asked();
      await held;
      await route.continue();
    });
    await page.goto(site.url, { waitUntil: 'domcontentloaded' });
    await requested;
    expect(await page.evaluate(() => performance.getEntriesByType('paint').length > 0)).toBe(true);
    expect(await page.evaluate(() => customElements.get('site-search') === undefined)).toBe(true);
    await searchButton(page).click();
    // Open at once, in the field, while the code is still on its way; what is typed is kept.
    expect(await dialog(page).isVisible()).toBe(true);
    expect(await focusedElement(page)).toBe('input:search-input');
    await page.keyboard.type('a/b');
    expect(await dialog(page).getByLabel('Search the site').inputValue()).toBe('a/b');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('coproduction');
    release();
    // Once it has arrived, it searches for what was typed meanwhile.
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/^\d+ results?\.$/);
  });

  test('Escape closes it and focus returns to the Search button, however it was opened', async () => {
    const page = await site.open('');
    await page.waitForFunction(() => customElements.get('site-search') !== undefined);
    await page.keyboard.press('/');
    expect(await dialog(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await dialog(page).isVisible()).toBe(false);
    expect(await focusedElement(page)).toBe('button:Search the site (shortcut: /)');
    await page.keyboard.press('Enter');
    expect(await dialog(page).isVisible()).toBe(true);
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    expect(await focusedElement(page)).toBe('button:Search the site (shortcut: /)');
    // One Escape closes it even with a query typed (a search field would otherwise just clear).
    await page.keyboard.press('/');
    await page.keyboard.type('vision');
    await page.keyboard.press('Escape');
    expect(await dialog(page).isVisible()).toBe(false);
    expect(await focusedElement(page)).toBe('button:Search the site (shortcut: /)');
  });

  test('"/" typed into the search field is text, not a shortcut', async () => {
    const page = await site.open('');
    await searchButton(page).click();
    await page.keyboard.type('a/b');
    expect(await dialog(page).getByLabel('Search the site').inputValue()).toBe('a/b');
  });

  test('announces the number of results, and says when there are none', async () => {
    const page = await site.open('');
    await searchButton(page).click();
    expect(await status(page).getAttribute('role')).toBe('status');
    await searchFor(page, 'zzyzx', 'No results for “zzyzx”.');
    expect(await dialog(page).getByRole('list').getByRole('link').count()).toBe(0);
  });

  test('says so when search cannot load, instead of failing silently', async () => {
    const context = await site.context();
    await context.route(`**${base()}pagefind/**`, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(site.url);
    await searchButton(page).click();
    await searchFor(page, 'vision', 'Search could not load. Please reload the page and try again.');
  });

  test('indexes the framework content, not the site chrome', async () => {
    const page = await site.open('');
    await searchButton(page).click();
    // Words of the header, footer, search dialog or "rate in the inventory" links are found only
    // where a page's own content says them (the privacy page).
    // ("shortcut", in the Search button, now finds the privacy page's "In short": Pagefind matches prefixes.)
    await searchFor(page, 'skip', 'No results for “skip”.');
    expect(await resultPages(page, 'server')).toEqual(['/privacy/']);
    expect(await resultPages(page, 'rate')).toEqual(['/privacy/']);
    await searchFor(page, 'transactional', '1 result.');
  });

  test.each(['light', 'dark'] as const)(
    'has no axe-core violations with the dialog open and showing results (%s)',
    async (colorScheme) => {
      const page = await site.open('', { colorScheme });
      await searchButton(page).click();
      await searchFor(page, 'coproduction', '1 result.');
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
