/** Helpers for the small-screen checks (tests/e2e/small-screens.test.ts, tests/e2e/pseudo-locale.test.ts). */
import type { BrowserContext, Page } from 'playwright-core';

/** A phone: 320 px wide, the width of 1280 px at 400 % zoom. */
export const PHONE = { viewport: { width: 320, height: 640 } };
/** A 1280 × 720 window at 200 % zoom: 640 × 360 CSS pixels, each drawn with 2 × 2 device pixels. */
export const ZOOM_200 = { viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 };

/** How far the page scrolls sideways: its scrolling box's width beyond the screen's (0 when it fits). */
export const pageScroll = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollWidth - root.clientWidth;
  });

/** Seed local storage (the person's own answers, history, …) before the first page loads. */
export async function seeded(context: BrowserContext, items: Record<string, string>) {
  await context.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, items);
}
