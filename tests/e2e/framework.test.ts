import { describe, expect, test } from 'vitest';
import { axeViolations, useSite } from './harness';

const site = useSite();

describe('the framework page', () => {
  test('opens with the dimension named in the URL fragment selected', async () => {
    const page = await site.open('framework/#outcome-focus');
    const selected = page.getByRole('tab', { selected: true });
    await expect.poll(() => selected.textContent()).toBe('Outcome Focus');
    expect(await page.getByRole('tabpanel').getByRole('heading', { level: 2 }).textContent()).toBe('Outcome Focus');
    expect(await page.getByRole('tabpanel').count()).toBe(1);
  });

  test('arrow keys, Home and End move between tabs, wrapping at the ends', async () => {
    const page = await site.open('framework/');
    await page.getByRole('tab', { name: 'Collective Vision' }).focus();
    const focusedTab = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.keyboard.press('ArrowRight');
    expect(await focusedTab()).toBe('Outcome Focus');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Outcome Focus');
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

  test('has no axe-core violations', async () => {
    const page = await site.open('framework/');
    expect(await axeViolations(page)).toEqual([]);
  });
});
