import type { Page } from 'playwright-core';

/**
 * The collective profile's figures table, row by row (header, dimensions, overall), each cell's
 * text trimmed; once the table is there, since the profile's first render is spread over tasks
 * and the table comes after its first lines.
 */
export async function figureRows(page: Page): Promise<(string | undefined)[][]> {
  const table = page.locator('table:has(#team-table-caption)');
  await table.waitFor();
  return table.locator('tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent?.trim())));
}

/**
 * Once the collective profile's report has stopped growing. Its parts come one task after another
 * (the question table a dimension at a time), each pushing down what follows, so a person clicks an
 * export below them once the page has stopped moving, and so does a test: a click that Playwright
 * aimed while a part was still coming could land where the button had been.
 */
export async function reportSettled(page: Page): Promise<void> {
  await page.locator('.team-question-table:not([aria-busy])').waitFor();
  const height = () => page.evaluate(() => document.querySelector('.team-profile')?.getBoundingClientRect().height);
  let last = await height();
  // The same height at three checks in a row, 50 ms apart (a part takes a task of a few ms).
  for (let same = 0; same < 3;) {
    await page.waitForTimeout(50);
    const now = await height();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}
