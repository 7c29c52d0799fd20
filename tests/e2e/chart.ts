/** Waiting for a radar chart, which is drawn once it comes into view (src/components/when-shown.ts). */
import type { Locator, Page } from 'playwright-core';

/**
 * Scroll the canvas of the radar in `figure` into view, as a person would to look at it, and wait
 * until it is drawn.
 */
export async function chartDrawn(page: Page | Locator, figure = '.radar'): Promise<void> {
  await page.locator(`${figure} canvas`).scrollIntoViewIfNeeded();
  await page.locator(`${figure}[data-chart="ready"] canvas`).waitFor();
}
