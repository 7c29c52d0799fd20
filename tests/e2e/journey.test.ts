/**
 * The whole journey, as people would take it: three partners each take the inventory in their own
 * browser, open their full report and download their result; a facilitator gathers the three files
 * on the collective profile and reads the group's figures. Nothing passes through a server.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guardPage, undocumentedStorageKeys } from './guard';
import { axeViolations, useSite } from './harness';
import { figureRows } from './team-page';
import { takeInventory } from './take-inventory';

const site = useSite();

describe('from three people’s inventories to the partnership’s collective profile', () => {
  test('each person’s report and file carry their answers, and the group figures are exact', { timeout: 120_000 }, async () => {
    const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
    const overall = {
      3: 'Overall: 3.0 on the 1–12 scale (18 out of 100), Little evidence.', // (3 − 1) / 11 = 18.2
      6: 'Overall: 6.0 on the 1–12 scale (45 out of 100), Some evidence.', // 5 / 11 = 45.5
      9: 'Overall: 9.0 on the 1–12 scale (73 out of 100), Good evidence.', // 8 / 11 = 72.7
    };
    for (const value of [3, 6, 9] as const) {
      const page = await (await site.context({ acceptDownloads: true })).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const guard = await guardPage(page, site.origin);
      await takeInventory(page, new URL('inventory/', site.url).href, value, 'The wider partnership');
      await page.getByRole('link', { name: 'Full report and exports' }).click();
      await expect.poll(() => page.getByTestId('overall').textContent()).toBe(overall[value]);
      expect(await axeViolations(page)).toEqual([]);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download JSON' }).click(),
      ]);
      const text = readFileSync((await download.path())!, 'utf8');
      const result = JSON.parse(text) as { context: { level?: string }; answers: Record<string, unknown> };
      expect(result.context.level).toBe('partnership');
      expect(Object.values(result.answers)).toEqual(Array(27).fill(value));
      files.push({ name: `person-${value}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
      expect(errors).toEqual([]);
      // Nothing left the device: no other origin, no CSP violation, the share code in no request.
      guard.secrets.push((await page.getByTestId('share-link').getAttribute('href'))!.split('#')[1]!);
      guard.expectClean();
      expect(await undocumentedStorageKeys(page)).toEqual([]);
    }

    const facilitator = await (await site.context()).newPage();
    const guard = await guardPage(facilitator, site.origin);
    await facilitator.goto(new URL('team/', site.url).href);
    await facilitator.locator('#team-files:not([disabled])').waitFor();
    await facilitator.getByLabel('Result files (choose several at once, or drop them here)').setInputFiles(files);
    await expect.poll(() => facilitator.locator('.team-summary').textContent()).toBe('3 added');
    const rows = await figureRows(facilitator);
    // Every dimension: ratings 3, 6 and 9 → mean 6 ((6 − 1) / 11 = 45%), population SD
    // √((9 + 0 + 9) / 3) = √6 = 2.45, shown as 2.4, which is 22% of the 1–12 range: views differ
    // widely. Three results: lowest and highest are withheld (they would give the middle score away).
    const row = (name: string) => [name, '3', '6.0 (45%)', 'withheld', 'withheld', '2.4', 'Views differ widely'];
    expect(rows).toEqual([
      ['Dimension', 'Results', 'Group mean', 'Lowest', 'Highest', 'SD', 'Agreement'],
      row('Collective Vision'),
      row('Outcome Focus'),
      row('Multiple Level Leadership'),
      row('Partnership Working'),
      row('Action Oriented and Adaptive'),
      row('Systems and Structures'),
      row('Skills and Behaviours'),
      row('Overall'),
    ]);
    expect(await axeViolations(facilitator)).toEqual([]);
    guard.expectClean();
    expect(await undocumentedStorageKeys(facilitator)).toEqual([]);
  });
});
