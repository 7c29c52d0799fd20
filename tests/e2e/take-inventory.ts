/** Taking the whole inventory with the mouse, for flows whose subject is what comes after it. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The steps of the inventory, in order, as their headings read. */
export const DIMENSION_TITLES = [
  'Collective Vision',
  'Outcome Focus',
  'Multiple Level Leadership',
  'Partnership Working',
  'Action Oriented and Adaptive',
  'Systems and Structures',
  'Skills and Behaviours',
];

/**
 * Open the inventory at `url`, optionally choose the level assessed, rate every question `value`,
 * and ask for the scores. Each step is answered only once its heading shows.
 */
export async function takeInventory(page: Page, url: string, value: number, level?: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
  if (level !== undefined) await page.getByRole('radio', { name: level }).check();
  await page.getByRole('button', { name: 'Start the inventory' }).click();
  for (const [step, title] of DIMENSION_TITLES.entries()) {
    await expect.poll(() => page.locator('#step-heading').textContent()).toBe(title);
    const groups = page.locator('fieldset.rating');
    for (let i = 0, n = await groups.count(); i < n; i++) await groups.nth(i).locator(`input[value="${value}"]`).check();
    const last = step === DIMENSION_TITLES.length - 1;
    await page.getByRole('button', { name: last ? 'Next: review' : 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: 'See my scores' }).click();
  await expect.poll(() => page.locator('#step-heading').textContent(), { timeout: 15_000 }).toBe('Your scores');
}
