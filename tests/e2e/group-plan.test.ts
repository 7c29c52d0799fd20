import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadInstrument } from '../fixtures/instrument';
import { PEOPLE, shareCode } from '../fixtures/team';
import { guardPage, undocumentedStorageKeys } from './guard';
import { axeViolations, useSite } from './harness';

const site = useSite();
const instrument = loadInstrument();

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe("the group's action plan on the collective page", () => {
  test.each([1280, 320])(
    'at %i px: added by keyboard, kept after a reload, in the group JSON and the print, axe-clean',
    async (width) => {
      const page = await (await site.context({ viewport: { width, height: width === 320 ? 640 : 800 } })).newPage();
      const guard = await guardPage(page, site.origin);
      await page.goto(new URL('team/', site.url).href);
      await page.locator('#team-files:not([disabled])').waitFor();
      const codes = (['a', 'b', 'c'] as const).map((k) => shareCode(instrument, PEOPLE[k], 'team'));
      guard.secrets.push(...codes);
      await page.getByLabel('Paste codes or links, or any text with them in it').fill(codes.join('\n'));
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByRole('button', { name: 'Download the group summary (JSON)' }).waitFor();

      await page.getByRole('button', { name: 'Add an action for Partnership Working' }).focus();
      await page.keyboard.press('Enter');
      const form = page.getByRole('group', { name: 'Add an action for Partnership Working' });
      await form.getByLabel('What').fill('Joint budget workshop');
      await form.getByLabel('Who leads (optional)').fill('Chair');
      await form.getByLabel('By when (optional)').fill('2027-02-01');
      expect(await axeViolations(page)).toEqual([]);
      await form.getByLabel('What').press('Tab');
      await form.getByRole('button', { name: 'Add the action' }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByTestId('group-plan-partnership-working-status').textContent())
        .toBe('Added “Joint budget workshop” to Partnership Working.');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await axeViolations(page)).toEqual([]);

      await page.reload();
      await page.locator('#team-files:not([disabled])').waitFor();
      // The editor loads on demand: wait for it, as a person would.
      await page.locator('[data-testid="group-plan-section"] .plan-what').first().waitFor();
      expect(await page.locator('[data-testid="group-plan-section"] .plan-what').allTextContents()).toEqual([
        'Joint budget workshop',
      ]);
      const json = await download(page, 'Download the group summary (JSON)');
      const doc = JSON.parse(json.bytes.toString('utf8')) as { plan: Record<string, object[]> };
      expect(doc.plan).toEqual({
        'partnership-working': [
          {
            id: expect.stringMatching(/^[a-z0-9]{10}$/),
            what: 'Joint budget workshop',
            who: 'Chair',
            due: '2027-02-01',
            status: 'not-started',
          },
        ],
      });

      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('heading', { name: 'The group’s action plan' }).isVisible()).toBe(true);
      expect(await page.getByText('Joint budget workshop', { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText('Lead: Chair', { exact: true }).isVisible()).toBe(true);
      // Only the dimension with an action is printed.
      const printedDimensions = await page
        .locator('[data-testid="group-plan-section"] h3')
        .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.textContent));
      expect(printedDimensions).toEqual(['Partnership Working']);
      const visibleControls = await page.$$eval(
        '[data-testid="group-plan-section"] :is(button, input, textarea, select)',
        (els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(visibleControls).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
      expect(await undocumentedStorageKeys(page)).toEqual([]);
      guard.expectClean();
    },
    240_000,
  );
});
