/**
 * Any URL fragment, however damaged, on the pages that read one: no uncaught error, and hash
 * handling still works afterwards. Fragments come from fast-check (broken percent escapes, share
 * codes and ids with noise); each page gets them both as in-page hash changes and as fresh loads.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { encodeShareCode } from '../../src/lib/share-code';
import { loadInstrument } from '../fixtures/instrument';
import { FULL_ANSWERS, FULL_OVERALL } from '../fixtures/results';
import { useSite } from './harness';

const site = useSite();
const instrument = loadInstrument();
const CODE = encodeShareCode(instrument, FULL_ANSWERS);

/** The fragments a hostile tester or a mangled copy-and-paste gives. */
const fragment: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', 'CL1-', 'cl1-', 'unsaved-', 'unsaved-CL1-', 'outcome-focus', 'q-coproduction', CODE, `unsaved-${CODE}`),
    fc.array(
      fc.oneof(
        fc.constantFrom('%', '%E0%A4%A', '%E0%A4', '%ZZ', '%00', '%25', '%C3%28', '#', '?', '&', '\\', '"', "'", '<', '>'),
        fc.string({ maxLength: 6 }),
        fc.stringMatching(/^%[0-9A-Fa-f]?$/),
      ),
      { maxLength: 4 },
    ),
  )
  .map(([start, noise]) => start + noise.join(''));

/** Fixed cases from the issue, then random ones. */
const KNOWN = ['%', '%E0%A4%A', 'CL1-%', 'unsaved-%', 'unsaved-CL1-THIS1SN0TAC0DE', `${CODE}%`, '%%%'];

async function fuzz(path: string, stillWorks: (page: Page) => Promise<void>) {
  const context = await site.context();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(new URL(path, site.url).href);
  await page.waitForLoadState('networkidle');
  const setHash = (hash: string) =>
    page.evaluate((h) => {
      location.hash = h;
    }, hash);
  for (const hash of KNOWN) await setHash(hash);
  await fc.assert(
    fc.asyncProperty(fragment, async (hash) => {
      await setHash(hash);
    }),
    { numRuns: 60 },
  );
  // As fresh loads too: the first hash handling runs at start-up.
  const loads = [...KNOWN, ...fc.sample(fragment, { numRuns: 8, seed: 11 })];
  for (const hash of loads) {
    await page.goto(`${new URL(path, site.url).href}#${hash}`);
    await page.waitForLoadState('networkidle');
  }
  await page.waitForTimeout(200);
  expect(errors).toEqual([]);
  await stillWorks(page);
  expect(errors).toEqual([]);
}

describe('damaged URL fragments never throw, and hash handling goes on', () => {
  test('the inventory', { timeout: 120_000 }, async () => {
    await fuzz('inventory/', async (page) => {
      await page.goto(new URL('inventory/', site.url).href);
      await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
      await page.evaluate(() => {
        location.hash = '%E0%A4%A';
      });
      await page.evaluate(() => {
        location.hash = 'partnership-working';
      });
      await expect.poll(() => page.locator('#step-heading').textContent()).toBe('Partnership Working');
    });
  });

  test('the results page', { timeout: 120_000 }, async () => {
    await fuzz('inventory/results/', async (page) => {
      await page.goto(new URL('inventory/results/', site.url).href);
      await page.getByRole('heading', { name: 'No answers yet' }).waitFor();
      await page.evaluate(() => {
        location.hash = '%';
      });
      await page.evaluate((code) => {
        location.hash = code;
      }, CODE);
      await expect.poll(() => page.getByTestId('overall').textContent()).toBe(FULL_OVERALL);
    });
  });

  test('the framework page', { timeout: 120_000 }, async () => {
    await fuzz('framework/', async (page) => {
      await page.goto(new URL('framework/', site.url).href);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => {
        location.hash = '%E0%A4%A';
      });
      await page.evaluate(() => {
        location.hash = 'systems-and-structures';
      });
      await expect
        .poll(() => page.getByRole('tab', { selected: true }).textContent())
        .toContain('Systems and Structures');
    });
  });
});
