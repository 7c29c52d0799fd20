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
