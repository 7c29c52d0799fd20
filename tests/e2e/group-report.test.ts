/**
 * The group report as a facilitator uses it: five results at two levels, every question, talking
 * points, levels side by side, present mode by keyboard, print; axe-clean at 1280 and 320 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CANT_JUDGE, type Answers } from '../../src/lib/instrument';
import { encodeShareCode } from '../../src/lib/share-code';
import { loadInstrument } from '../fixtures/instrument';
import { PEOPLE, shareCode, uniformAnswers } from '../fixtures/team';
import { guardPage } from './guard';
import { axeViolations, useSite } from './harness';

const site = useSite();
const instrument = loadInstrument();

/** E, at partnership level: 10, 6, 6, 5, 2, 7, 7, but can't judge two questions and rates key-outcomes 1. */
const answersE: Answers = {
  ...uniformAnswers(instrument, [10, 6, 6, 5, 2, 7, 7]),
  'needs-identified': CANT_JUDGE,
  'bring-others-on-board': CANT_JUDGE,
  'key-outcomes': 1,
};
const FIVE = [
  shareCode(instrument, PEOPLE.a, 'team'),
  shareCode(instrument, PEOPLE.b, 'team'),
  shareCode(instrument, PEOPLE.c, 'team'),
  shareCode(instrument, PEOPLE.d, 'partnership'),
  encodeShareCode(instrument, answersE, 'partnership'),
];

async function open(width: number) {
  const page = await (await site.context({ viewport: { width, height: 900 } })).newPage();
  const guard = await guardPage(page, site.origin);
  await page.goto(new URL('team/', site.url).href);
  await page.locator('#team-files:not([disabled])').waitFor();
  return { page, guard };
}

async function paste(page: Page, codes: string[]) {
  await page.getByLabel('Paste codes or links, or any text with them in it').fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect
    .poll(() => page.locator('.team-summary').textContent())
    .toBe(`Found ${codes.length} ${codes.length === 1 ? 'code' : 'codes'}: ${codes.length} added`);
}

const rowsOf = (page: Page, table: string) =>
  page.locator(`${table} tr`).evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent?.trim())));

const QUESTIONS = '.team-question-table';

describe('the group report', () => {
  for (const width of [1280, 320]) {
    test(`five results at two levels, at ${width} px: questions, talking points, levels, present mode`, async () => {
      const { page, guard } = await open(width);
      guard.secrets.push(...FIVE);
      await paste(page, FIVE);
      // The question table, talking points and levels load in their own chunk once figures show.
      // Its rows come in two tasks: the table is busy until the second.
      await page.locator('.team-question-table:not([aria-busy])').waitFor();

      // Every question: framework order, grouped by dimension.
      const rows = await rowsOf(page, QUESTIONS);
      expect(rows[0]).toEqual([
        'Question',
        'Rated',
        'Can’t judge',
        'Mean ⇅Mean',
        'Spread (SD) ⇅Spread (SD)',
        'How the ratings fall',
      ]);
      expect(rows[1]).toEqual(['Collective Vision']);
      // 4, 6, 8, 2, 10 → mean 6 (45%), SD √8 = 2.8.
      expect(rows[2]!.slice(1, 5)).toEqual(['5', '0', '6.0 (45%)', '2.8']);
      // needs-identified: E can't judge → 4, 6, 8, 2 → mean 5 (36%), SD √5 = 2.2.
      expect(rows[3]!.slice(1, 5)).toEqual(['4', '1', '5.0 (36%)', '2.2']);
      // bring-others-on-board was rated in other words: the framework's question is beside them.
      expect(rows[4]![0]).toBe(
        'We bring others on board with our aims, rather than going it alone, and seek mutual benefit.The framework asks: Don’t go it alone – bring others on board with your aims and seek mutual benefit.',
      );
      expect(rows.filter((r) => r.length === 1).map((r) => r[0])).toEqual(instrument.dimensions.map((d) => d.title));
      expect(await page.getByRole('img', { name: '5 ratings: 1 at 2, 1 at 4, 1 at 6, 1 at 8, 1 at 10' }).count()).toBe(
        4,
      );
      expect(await axeViolations(page)).toEqual([]);

      // Sorted by mean with the keyboard: lowest first (key-outcomes: 6, 6, 6, 6, 1 → 5.0 ties with
      // needs-identified and bring-others-on-board at 5.0; Action Oriented and Adaptive's 2.0 first).
      await page.getByRole('button', { name: 'Mean', exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
      expect(await page.locator('th[aria-sort] button').textContent()).toBe('Mean ▲');
      expect(await page.locator('#questions-caption').textContent()).toBe(
        'Group figures by question, on the 1–12 scale Sorted by mean, ascending.',
      );
      const sorted = await rowsOf(page, QUESTIONS);
      expect(sorted[1]![0]).toMatch(/^Action Oriented and Adaptive: /);
      expect(sorted[1]![3]).toBe('2.0 (9%)');
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
      const reversed = await rowsOf(page, QUESTIONS);
      // Multiple Level Leadership: 8, 10, 12, 6, 6 → 8.4 (67%).
      expect(reversed[1]![3]).toBe('8.4 (67%)');
      expect(await axeViolations(page)).toEqual([]);

      // Talking points, linked to the questions in the framework.
      const spread = page.getByRole('region', { name: 'The widest spread of ratings' });
      expect(await spread.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        '/framework/#q-stakeholders-understand-challenges',
        '/framework/#q-communicate-vision-to-partners',
        '/framework/#q-communicate-priorities',
        '/framework/#q-leader-of-place',
        '/framework/#q-stimulate-discussion',
      ]);
      const unsure = page.getByRole('region', { name: 'Most often “can’t judge”' });
      expect(await unsure.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        '/framework/#q-needs-identified',
        '/framework/#q-bring-others-on-board',
      ]);
      // The rated wording, with the framework's question beside it where they differ.
      expect(await unsure.getByRole('listitem').nth(1).textContent()).toContain(
        'The framework asks: Don’t go it alone – bring others on board with your aims and seek mutual benefit.',
      );

      // Levels: two at partnership level is below the threshold, and named.
      const levels = page.getByRole('region', { name: 'Levels side by side' });
      expect(await levels.locator('.team-needed').textContent()).toMatch(/^Withheld: Partnership \(2 results\)\./);
      await paste(page, [shareCode(instrument, PEOPLE.a, 'partnership')]);
      await expect
        .poll(() => rowsOf(page, '.team-levels table'))
        .toEqual([
          ['Dimension', 'Team (3 results)', 'Partnership (3 results)'],
          // Team A, B, C: 6, 6, 10, 7, 2, 8, 7. Partnership D, E, A: (2 + 10 + 4) / 3, (6 + 13/3 + 6) / 3, …
          ['Collective Vision', '6.0 (45%)', '5.3 (39%)'],
          ['Outcome Focus', '6.0 (45%)', '5.4 (40%)'],
          ['Multiple Level Leadership', '10.0 (82%)', '6.7 (52%)'],
          ['Partnership Working', '7.0 (55%)', '6.0 (45%)'],
          ['Action Oriented and Adaptive', '2.0 (9%)', '2.0 (9%)'],
          ['Systems and Structures', '8.0 (64%)', '5.3 (39%)'],
          ['Skills and Behaviours', '7.0 (55%)', '7.0 (55%)'],
        ]);
      await levels.locator('canvas').scrollIntoViewIfNeeded();
      await expect.poll(() => levels.locator('canvas').getAttribute('data-drawn')).toBe('team:3,partnership:3');
      expect(await axeViolations(page)).toEqual([]);

      // Present mode, by keyboard.
      const present = page.getByRole('button', { name: 'Present to the room' });
      await present.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await expect
        .poll(() => dialog.getAttribute('aria-label'))
        .toBe('Present mode, screen 1 of 8: Collective profile');
      // Focus moves to the screen's heading once the dialog has rendered: wait for it.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Collective profile');
      expect(await dialog.getByRole('button').allTextContents()).toEqual([
        '← Previous',
        'Next →',
        'Leave present mode',
      ]);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => dialog.getAttribute('aria-label')).toBe('Present mode, screen 2 of 8: Collective Vision');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Collective Vision');
      // Six results: A, B, C, D, E, A → 4, 6, 8, 2, 10, 4 = 34 / 6 = 5.7 (42%); lowest 2, highest 10.
      expect(await dialog.textContent()).toContain('Group mean 5.7 on 1–12 (42%)');
      expect(await dialog.textContent()).toContain('lowest 2.0, highest 10.0');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('End');
      await expect
        .poll(() => dialog.getAttribute('aria-label'))
        .toBe('Present mode, screen 8 of 8: Skills and Behaviours');
      await page.keyboard.press('ArrowLeft');
      await expect
        .poll(() => dialog.getAttribute('aria-label'))
        .toBe('Present mode, screen 7 of 8: Systems and Structures');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Present to the room');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      guard.expectClean();
    }, 180_000);
  }

  test('print: the report with its title, date, n and threshold, every section, no controls, A4 and Letter', async () => {
    const { page } = await open(1280);
    await paste(page, [...FIVE, shareCode(instrument, PEOPLE.a, 'partnership')]);
    await page.locator('.team-levels canvas').scrollIntoViewIfNeeded();
    await page.locator('.team-levels canvas[data-drawn]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const head = page.locator('.team-report-head');
    expect(await head.isVisible()).toBe(true);
    expect(await head.textContent()).toMatch(
      /^Collective profile\d{1,2} \w+ \d{4}\. 6 results \(all levels\); figures shown from 3 results\.$/,
    );
    for (const section of ['.team-questions', '.team-points', '.team-levels', 'table:has(#team-table-caption)']) {
      expect(await page.locator(section).isVisible(), section).toBe(true);
    }
    // The report starts with its own title: the page's heading and introduction, and the screen's
    // heading over the profile, are not printed; nor are links (paper cannot follow them), nor the
    // group plan while it has no action.
    for (const hidden of ['main h1', 'main h1 + p', '#profile-heading', '.team-plan-slot']) {
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('main h1').textContent()).toBe('Collective profile');
    // On screen the profile links to the framework; printed, none of those links shows.
    expect(await page.getByText('Read about Partnership Working in the framework').count()).toBe(1);
    expect(await page.getByText('Read about Partnership Working in the framework').isVisible()).toBe(false);
    expect(await page.locator('.team-profile a').count()).toBeGreaterThan(1);
    const printedLinks = await page
      .locator('.team-profile a')
      .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.textContent));
    expect(printedLinks).toEqual([]);
    // No control is printed.
    const visibleControls = await page
      .locator('main button, main select, main textarea, main input')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(visibleControls).toBe(0);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = (await page.pdf({ format, preferCSSPageSize: true })).toString('latin1');
      expect(pdf.startsWith('%PDF')).toBe(true);
      // The sections start on pages of their own: more than four pages.
      expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(4);
    }
  });
});
