/**
 * The results and collective pages on a 320 px screen (the width of 1280 px at 400 % zoom, and
 * narrower than 200 %), with a long unbroken name: no sideways scrolling of the page, tables
 * that scroll in their own focusable region, a radar whose labels are not cut off, axe-clean.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadInstrument } from '../fixtures/instrument';
import { ALL_SIXES, FULL_ANSWERS } from '../fixtures/results';
import { PEOPLE, resultFile, shareCode } from '../fixtures/team';
import { guardPage } from './guard';
import { axeViolations, useSite } from './harness';
import { chartDrawn } from './chart';
import { PHONE, pageScroll, seeded } from './screens';

const site = useSite();
const instrument = loadInstrument();
/** 73 characters and no space: a name that cannot wrap at a word. */
const LONG_NAME = 'NorthshireAndSouthdaleIntegratedHealthAndSocialCarePartnershipBoard2026X';

const ownAnswers = JSON.stringify({
  instrument: { id: instrument.id, version: instrument.version, scale: { min: 1, max: 12 } },
  answers: FULL_ANSWERS,
  context: { level: 'partnership', partnership: LONG_NAME },
});
const earlier = JSON.stringify({
  [instrument.version]: [
    {
      id: 'earlier-1',
      savedAt: '2026-11-20T09:30:00.000Z',
      answers: ALL_SIXES,
      context: { partnership: LONG_NAME },
      notes: {},
    },
  ],
});

/**
 * Whether a scrolling region's table caption lies within the region's box: a caption as wide as
 * its table ran on past the screen's edge, cut off mid-word, and out of view once scrolled.
 */
const captionInView = (region: Locator) =>
  region.evaluate((r) => {
    const caption = r.querySelector('caption')!.getBoundingClientRect();
    const box = r.getBoundingClientRect();
    return caption.left >= box.left - 0.5 && caption.right <= box.right + 0.5;
  });

/** Whether the radar's canvas has drawn anything in its outermost columns: a label cut at an edge. */
const radarTouchesEdge = (page: Page) =>
  page.locator('.radar[data-chart="ready"] canvas').evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d')!;
    const { width, height } = canvas;
    const inked = (x: number) => {
      const data = ctx.getImageData(x, 0, 1, height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
      return false;
    };
    return { left: inked(0), right: inked(width - 1), width: canvas.getBoundingClientRect().right };
  });

describe('the results page on a 320 px screen with a 73-character name', () => {
  // Four states, each checked with axe: more than the default minute on a loaded machine.
  test(
    'own result, comparison and an opened result: no sideways page scroll, named scrolling tables, axe-clean',
    { timeout: 180_000 },
    async () => {
      const context = await site.context(PHONE);
      await seeded(context, {
        'cli:answers:v1': ownAnswers,
        'cli:history-enabled:v1': 'yes',
        'cli:history:v1': earlier,
      });
      const page = await context.newPage();
      const guard = await guardPage(page, site.origin);
      await page.goto(`${site.url}inventory/results/`);
      await chartDrawn(page);
      expect(await page.locator('.context dd').last().textContent()).toBe(LONG_NAME);
      expect(await pageScroll(page)).toBe(0);
      // The scores table scrolls in a region a keyboard can reach, named by its caption.
      const region = page.getByRole('region', { name: /^Each dimension’s mean rating/ });
      expect(await region.getAttribute('tabindex')).toBe('0');
      // Above it, a line says that it goes on past the screen's edge, until its end is reached
      // (here by keyboard); the line's place is kept, so nothing below it moves.
      const hint = region.locator('.scroll-hint');
      expect(await hint.textContent()).toBe('Scroll sideways to see every column.');
      expect(await hint.isVisible()).toBe(true);
      // Its caption wraps to the screen, and is still in view at the table's far end.
      expect(await captionInView(region)).toBe(true);
      await region.focus();
      const tableTop = await region.locator('table').evaluate((t) => t.getBoundingClientRect().top);
      for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => hint.isVisible()).toBe(false);
      expect(await region.evaluate((r) => r.scrollLeft + r.clientWidth >= r.scrollWidth - 1)).toBe(true);
      expect(await region.locator('table').evaluate((t) => t.getBoundingClientRect().top)).toBe(tableTop);
      expect(await captionInView(region)).toBe(true);
      const edges = await radarTouchesEdge(page);
      expect(edges).toEqual({ left: false, right: false, width: edges.width });
      expect(edges.width).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: /^Compare with Result 1 \(/ }).click();
      await page.getByTestId('change-table').waitFor();
      expect(await pageScroll(page)).toBe(0);
      expect(
        await page.getByRole('region', { name: /^Change in each dimension’s mean/ }).getAttribute('tabindex'),
      ).toBe('0');
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${site.url}inventory/results/#${shareCode(instrument, PEOPLE.a, 'team')}`);
      await page.getByTestId('viewing').waitFor();
      await chartDrawn(page);
      expect(await pageScroll(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // A refused file with a long unbroken name: the message wraps too.
      await page.getByLabel(/^Result file/).setInputFiles({
        name: `${LONG_NAME}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from('{"format": "collective-leadership-result", '),
      });
      await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('could not be opened');
      expect(await pageScroll(page)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      guard.expectClean();
    },
  );

  test('with no answers: no sideways page scroll, axe-clean', async () => {
    const page = await site.open('inventory/results/', PHONE);
    await page.getByRole('heading', { name: 'No answers yet' }).waitFor();
    expect(await pageScroll(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the collective page on a 320 px screen', () => {
  test('empty, refused, below and above the threshold: no sideways page scroll, axe-clean', async () => {
    const page = await site.open('team/', PHONE);
    await page.locator('#team-files:not([disabled])').waitFor();
    expect(await pageScroll(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    const files = page.getByLabel('Result files (choose several at once, or drop them here)');
    const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await files.setInputFiles([
      json(`${LONG_NAME}.json`, '{"format": "collective-leadership-result", '),
      json('a.json', resultFile(instrument, PEOPLE.a, 'team')),
    ]);
    await expect.poll(() => page.locator('.team-summary').textContent()).toBe('1 added, 1 refused');
    expect(await pageScroll(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await files.setInputFiles([
      json('b.json', resultFile(instrument, PEOPLE.b, 'team')),
      json('c.json', resultFile(instrument, PEOPLE.c, 'partnership')),
    ]);
    await page.locator('.team-table-wrap').first().waitFor();
    expect(await pageScroll(page)).toBe(0);
    const region = page.getByRole('region', { name: /^Group figures by dimension/ });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await captionInView(region)).toBe(true);
    await region.evaluate((r) => r.scrollTo({ left: r.scrollWidth, behavior: 'instant' }));
    expect(await region.evaluate((r) => r.scrollLeft > 0)).toBe(true);
    expect(await captionInView(region)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // The count stays at the top of the screen (two lines here). Going back up the page by
    // keyboard, no control that takes the focus is hidden under it, even in part (WCAG 2.4.11).
    // To the end at once (the End key scrolls smoothly, and its animation would go on under the focus).
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await page.locator('body').focus();
    const hiddenUnderCount: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab');
      const hidden = await page.evaluate(() => {
        const count = document.querySelector('.team-threshold')!.getBoundingClientRect();
        const focused = document.activeElement;
        if (focused === null || focused === document.body) return null;
        const box = focused.getBoundingClientRect();
        // Stuck at the top (not yet scrolled away with its section); a table's tall scrolling
        // region, shown in part, counts as in view.
        const stuck = Math.abs(count.top) <= 0.5;
        return stuck && box.top < count.bottom - 0.5 && box.height < window.innerHeight / 2
          ? `${focused.tagName} "${(focused.textContent ?? '').trim().slice(0, 30)}" top ${Math.round(box.top)} under ${Math.round(count.bottom)}`
          : null;
      });
      if (hidden !== null) hiddenUnderCount.push(hidden);
    }
    expect(await page.locator('.team-threshold').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(
      48,
    );
    expect(hiddenUnderCount).toEqual([]);
  });
});
