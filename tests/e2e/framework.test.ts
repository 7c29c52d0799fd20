import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, useSite } from './harness';

const site = useSite();

const selectedTab = (page: Page) => page.getByRole('tab', { selected: true }).textContent();
const visiblePanelHeading = (page: Page) => page.getByRole('tabpanel').getByRole('heading', { level: 2 }).textContent();
const enhanced = (page: Page) => page.waitForSelector('framework-tabs.enhanced', { state: 'attached' });

/** Cumulative layout shift since the page started loading, as Chromium reports it. */
async function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
          reject(new Error('no layout-shift entries'));
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Two frames after load, then a pause: any shift from the enhancement has been reported by then.
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(total), 300)));
      }),
  );
}

describe('the framework page', () => {
  test('opens with the dimension named in the URL fragment selected', async () => {
    const page = await site.open('framework/#outcome-focus');
    await expect.poll(() => selectedTab(page)).toBe('Outcome Focus');
    expect(await visiblePanelHeading(page)).toBe('Outcome Focus');
    expect(await page.getByRole('tabpanel').count()).toBe(1);
  });

  test('opens on the dimension that holds a question linked by its fragment', async () => {
    const page = await site.open('framework/#q-coproduction');
    await expect.poll(() => selectedTab(page)).toBe('Action Oriented and Adaptive');
    expect(
      await page.getByText('Do partners actively engage stakeholders in activity through coproduction?').isVisible(),
    ).toBe(true);
  });

  test('an unknown or malformed fragment shows the first dimension', async () => {
    const page = await site.open('framework/#%E0%A4%A');
    await enhanced(page);
    expect(await selectedTab(page)).toBe('Collective Vision');
    expect(await visiblePanelHeading(page)).toBe('Collective Vision');
  });

  test('follows a change of fragment after load', async () => {
    const page = await site.open('framework/');
    await enhanced(page);
    await page.evaluate(() => (location.hash = '#systems-and-structures'));
    await expect.poll(() => selectedTab(page)).toBe('Systems and Structures');
    expect(await visiblePanelHeading(page)).toBe('Systems and Structures');
  });

  test('clicked tabs are history entries: Back and Forward return to them', async () => {
    const page = await site.open('framework/');
    await enhanced(page);
    await page.getByRole('tab', { name: 'Outcome Focus' }).click();
    await page.getByRole('tab', { name: 'Partnership Working' }).click();
    expect(new URL(page.url()).hash).toBe('#partnership-working');
    await page.goBack();
    await expect.poll(() => selectedTab(page)).toBe('Outcome Focus');
    expect(await visiblePanelHeading(page)).toBe('Outcome Focus');
    await page.goForward();
    await expect.poll(() => selectedTab(page)).toBe('Partnership Working');
    expect(await visiblePanelHeading(page)).toBe('Partnership Working');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => selectedTab(page)).toBe('Collective Vision');
  });

  test('arrow keys, Home and End move between tabs, wrapping at the ends', async () => {
    const page = await site.open('framework/');
    await enhanced(page);
    await page.getByRole('tab', { name: 'Collective Vision' }).focus();
    const focusedTab = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.keyboard.press('ArrowRight');
    expect(await focusedTab()).toBe('Outcome Focus');
    expect(await selectedTab(page)).toBe('Outcome Focus');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedTab()).toBe('Skills and Behaviours');
    await page.keyboard.press('ArrowRight');
    expect(await focusedTab()).toBe('Collective Vision');
    await page.keyboard.press('End');
    expect(await focusedTab()).toBe('Skills and Behaviours');
    await page.keyboard.press('Home');
    expect(await focusedTab()).toBe('Collective Vision');
    expect(await page.locator('[role=tab][tabindex="0"]').count()).toBe(1);
  });

  test('Space and Enter on a focused tab select it, and Tab then moves into its panel', async () => {
    const page = await site.open('framework/');
    await enhanced(page);
    // Focus a tab that is not selected (as a screen reader's virtual cursor can), then press keys.
    await page.getByRole('tab', { name: 'Multiple Level Leadership' }).focus();
    await page.keyboard.press('Space');
    expect(await selectedTab(page)).toBe('Multiple Level Leadership');
    expect(await visiblePanelHeading(page)).toBe('Multiple Level Leadership');
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(200);
    await page.getByRole('tab', { name: 'Skills and Behaviours' }).focus();
    await page.keyboard.press('Enter');
    expect(await selectedTab(page)).toBe('Skills and Behaviours');
    expect(new URL(page.url()).hash).toBe('#skills-and-behaviours');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-skills-and-behaviours');
  });

  test('ties each tab to its panel with ARIA', async () => {
    const page = await site.open('framework/');
    await enhanced(page);
    const pairs = await page.locator('[role=tab]').evaluateAll((tabs) =>
      tabs.map((tab) => {
        const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
        return [tab.id, panel?.getAttribute('role'), panel?.getAttribute('aria-labelledby')];
      }),
    );
    expect(pairs).toHaveLength(7);
    for (const [tab, role, labelledBy] of pairs) expect([role, labelledBy]).toEqual(['tabpanel', tab]);
    expect(await page.getByRole('tablist', { name: 'Dimensions' }).count()).toBe(1);
  });

  test('without JavaScript, all seven dimensions and all 27 questions are on the page and visible', async () => {
    const page = await site.open('framework/', { javaScriptEnabled: false });
    const questions = page.locator('ol.questions > li');
    expect(await questions.count()).toBe(27);
    const visible = await questions.evaluateAll((items) => items.filter((li) => li.checkVisibility()).length);
    expect(visible).toBe(27);
    const headings = await page.locator('.panel h2').evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).length);
    expect(headings).toBe(7);
  });

  test('printed, it shows all seven panels and no tab strip', async () => {
    const page = await site.open('framework/#outcome-focus');
    await enhanced(page);
    await page.emulateMedia({ media: 'print' });
    const panels = await page.locator('[data-panel]').evaluateAll((ps) => ps.map((p) => p.checkVisibility()));
    expect(panels).toEqual([true, true, true, true, true, true, true]);
    expect(await page.locator('[data-tablist]').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /Search/ }).isVisible()).toBe(false);
  });

  test.each([
    ['framework/', 1280],
    ['framework/#skills-and-behaviours', 1280],
    ['framework/#skills-and-behaviours', 320],
  ])('%s at %i px wide: loading and enhancing the tabs shifts no layout', async (path, width) => {
    const page = await site.open(path, { viewport: { width, height: width === 320 ? 640 : 720 } });
    await enhanced(page);
    expect(await cumulativeLayoutShift(page)).toBe(0);
    if (path.includes('#')) expect(await selectedTab(page)).toBe('Skills and Behaviours');
  });

  test('has no axe-core violations, with a tab selected by keyboard', async () => {
    const page = await site.open('framework/');
    await enhanced(page);
    await page.getByRole('tab', { name: 'Collective Vision' }).focus();
    await page.keyboard.press('End');
    expect(await axeViolations(page)).toEqual([]);
  });
});
