/**
 * The journey in the pseudo-locale (issue 12), in the test suite's PSEUDO_LOCALE=1 build (see
 * tests/tools/pseudo-build.mjs): take the inventory at /en-xa/inventory/ with the keyboard, see
 * the results (an island that renders only in the browser), and combine three people's codes on
 * /en-xa/team/. In each state no text a person meets is untransformed English (the rule of
 * tests/pseudo-text.ts, on what the page shows and the names it gives, MDX bodies and what the
 * person typed left out) and axe finds nothing. Elements are found by role and by the pseudo text
 * of their message, never by English. Then the same pages on a 320 px screen and at 200 % zoom.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import en from '../../content/i18n/en.json';
import { formatMessage, pseudoText, type Message, type Params } from '../../src/lib/i18n';
import { loadInstrument } from '../fixtures/instrument';
import { FULL_ANSWERS } from '../fixtures/results';
import { PEOPLE, shareCode } from '../fixtures/team';
import { untransformedWords } from '../pseudo-text';
import { PSEUDO_CODE, PSEUDO_OUT_DIR, PSEUDO_PATH } from '../tools/pseudo-build.mjs';
import { guardPage } from './guard';
import { axeViolations, useSite } from './harness';
import { chartDrawn } from './chart';
import { PHONE, ZOOM_200, pageScroll, seeded } from './screens';
import { extraBuildReady } from '../tools/extra-builds.mjs';

// `npm test` may still be making this build while the other browser tests run.
await extraBuildReady(PSEUDO_OUT_DIR, 'PSEUDO_LOCALE=1');
const site = useSite({ root: PSEUDO_OUT_DIR });
const instrument = loadInstrument();
const PSEUDO = PSEUDO_PATH.slice(1); // "en-xa/"

/**
 * A message as the pseudo-locale shows it: en.json's text transformed, placeholders filled. Looked
 * up at run time, so that a key another branch has not yet added fails here with its name.
 */
function p(key: string, params: Params = {}): string {
  const message = (en as Record<string, Message>)[key];
  if (message === undefined) throw new Error(`content/i18n/en.json has no key "${key}"`);
  const pseudo: Message =
    typeof message === 'string'
      ? pseudoText(message)
      : (Object.fromEntries(Object.entries(message).map(([form, text]) => [form, pseudoText(text)])) as Message);
  return formatMessage(PSEUDO_CODE, pseudo, params);
}

/**
 * Every text the page shows or names now, with where it is: the visible and screen-reader text of
 * <body> and <title>, and aria-label, title, alt, placeholder and buttons' values. Left out: MDX
 * bodies ([data-content]), phrases marked in another language (`lang`), form fields' contents (what
 * the person typed), <code>/<kbd>/<samp> (codes and tags: formats, not words), hidden elements.
 */
const shownTexts = (page: Page) =>
  page.evaluate((pageLang) => {
    const out: { where: string; text: string }[] = [{ where: '<title>', text: document.title }];
    const skipped = (el: Element | null): boolean => {
      if (el === null) return true;
      if (el.closest('[data-content], script, style, template, textarea, select, [hidden], code, kbd, samp'))
        return true;
      const lang = el.closest('[lang]')?.getAttribute('lang');
      if (lang && lang !== pageLang) return true;
      return !el.checkVisibility({ visibilityProperty: true }) && !el.closest('.visually-hidden, [class*="sr-"]');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text !== '' && !skipped(node.parentElement)) out.push({ where: `<${node.parentElement!.localName}>`, text });
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (skipped(el)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value !== null) out.push({ where: `<${el.localName} ${name}>`, text: value });
      }
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) {
        out.push({ where: `<input ${el.type}>`, text: el.value });
      }
    }
    return out;
  }, PSEUDO_CODE);

/** The texts of the page that are still English, as "<where> “text”: words" (empty: all transformed). */
async function english(page: Page): Promise<string[]> {
  const texts = await shownTexts(page);
  expect(texts.length).toBeGreaterThan(10);
  return texts
    .map(({ where, text }) => ({ where, text, words: untransformedWords(text) }))
    .filter((t) => t.words.length > 0)
    .map((t) => `${new URL(page.url()).pathname} ${t.where} “${t.text}”: ${t.words.join(', ')}`);
}

/** The state is all pseudo-locale and accessible. */
async function checkState(page: Page) {
  expect(await english(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
}

/** Wait until the page's island has hydrated and run its first effects. */
async function ready(page: Page) {
  await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}

/** Press Tab until the focused element is a button (or link) named `name`, then Enter. */
async function press(page: Page, name: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.localName ?? '', text: el?.textContent?.trim() ?? '' };
    });
    if ((focused.tag === 'button' || focused.tag === 'a') && focused.text === name) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`Tab never reached “${name}”`);
}

/** Rate every question of the current step `value` with the keyboard: Tab into its group, Space, arrows. */
async function answerStep(page: Page, value: number) {
  const groups = page.locator('fieldset.rating');
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const inGroup = await page.evaluate(
        (n) => document.activeElement?.closest('fieldset.rating') === document.querySelectorAll('fieldset.rating')[n],
        index,
      );
      if (inGroup) break;
    }
    await page.keyboard.press('Space');
    for (let v = 1; v < value; v++) await page.keyboard.press('ArrowRight');
    expect(await groups.nth(index).locator('input:checked').getAttribute('value')).toBe(String(value));
  }
}

const heading = (page: Page) => page.locator('#step-heading').textContent();
const codes = [PEOPLE.a, PEOPLE.b, PEOPLE.c].map((means) => shareCode(instrument, means, 'team'));

describe(`the journey in the pseudo-locale (${PSEUDO_PATH})`, () => {
  test(
    'inventory by keyboard, results, and a group of three on the collective page: all transformed, axe-clean',
    { timeout: 300_000 },
    async () => {
      const page = await (await site.context()).newPage();
      const guard = await guardPage(page, site.origin);
      await page.goto(`${site.url}${PSEUDO}inventory/`);
      await ready(page);
      expect(await page.locator('html').getAttribute('lang')).toBe(PSEUDO_CODE);
      await checkState(page);

      await press(page, p('inventory.start'));
      const titles = instrument.dimensions.map((d) => pseudoText(d.title));
      for (const [i, title] of titles.entries()) {
        await expect.poll(() => heading(page)).toBe(title);
        await answerStep(page, 6);
        if (i === 0) await checkState(page);
        await press(page, i === titles.length - 1 ? p('inventory.nextReview') : p('inventory.next'));
      }
      await expect.poll(() => heading(page)).toBe(p('inventory.reviewHeading'));
      await checkState(page);
      await press(page, p('inventory.seeScores'));
      await expect.poll(() => heading(page)).toBe(p('inventory.scoresHeading'));
      await checkState(page);

      await press(page, p('inventory.reportLink'));
      await expect.poll(() => page.url()).toBe(`${site.url}${PSEUDO}inventory/results/`);
      await chartDrawn(page);
      await page.getByRole('heading', { name: p('results.scoresHeading') }).waitFor();
      await checkState(page);

      await page.goto(`${site.url}${PSEUDO}team/`);
      await page.locator('#team-files:not([disabled])').waitFor();
      await checkState(page);
      await page.getByRole('textbox', { name: p('team.codesLabel') }).fill(codes.join('\n'));
      await page.getByRole('button', { name: p('team.add'), exact: true }).click();
      const caption = p('team.figuresCaption', { min: 1, max: 12, count: 3 });
      await page.getByRole('region', { name: caption }).waitFor();
      await checkState(page);
      guard.secrets.push(...codes);
      guard.expectClean();
    },
  );
});

const ownAnswers = JSON.stringify({
  instrument: { id: instrument.id, version: instrument.version, scale: { min: 1, max: 12 } },
  answers: FULL_ANSWERS,
  context: { level: 'team' },
});

describe('the pseudo-locale on a 320 px screen and at 200 % zoom: no page scrolls sideways', () => {
  for (const [size, options] of [
    ['320 px', PHONE],
    ['200 % zoom', ZOOM_200],
  ] as const) {
    test(
      `${size}: every page, the inventory's steps and scores, the results and a group's figures`,
      { timeout: 240_000 },
      async () => {
        const wide: string[] = [];
        const measure = async (page: Page, what: string) => {
          const scroll = await pageScroll(page);
          if (scroll !== 0) wide.push(`${what}: ${scroll} px too wide`);
        };
        for (const path of ['', 'framework/', 'method/', 'privacy/']) {
          const page = await site.open(`${PSEUDO}${path}`, options);
          await measure(page, `/${PSEUDO}${path}`);
          await page.close();
        }

        const inventory = await site.open(`${PSEUDO}inventory/`, options);
        await ready(inventory);
        await measure(inventory, 'the inventory’s introduction');
        await inventory.getByRole('button', { name: p('inventory.start') }).click();
        await expect.poll(() => heading(inventory)).toBe(pseudoText(instrument.dimensions[0]!.title));
        await measure(inventory, 'the inventory’s first step');
        await inventory.close();

        const context = await site.context(options);
        await seeded(context, { 'cli:answers:v1': ownAnswers });
        const results = await context.newPage();
        await results.goto(`${site.url}${PSEUDO}inventory/results/`);
        await chartDrawn(results);
        await measure(results, 'the results');
        const scores = await context.newPage();
        await scores.goto(`${site.url}${PSEUDO}inventory/`);
        await ready(scores);
        await scores.getByRole('button', { name: p('inventory.reviewAndScores') }).click();
        await scores.getByRole('button', { name: p('inventory.seeScores') }).click();
        await expect.poll(() => heading(scores)).toBe(p('inventory.scoresHeading'));
        await measure(scores, 'the inventory’s scores');

        const team = await site.open(`${PSEUDO}team/`, options);
        await team.locator('#team-files:not([disabled])').waitFor();
        await team.getByRole('textbox', { name: p('team.codesLabel') }).fill(codes.join('\n'));
        await team.getByRole('button', { name: p('team.add'), exact: true }).click();
        await team.getByRole('region', { name: p('team.figuresCaption', { min: 1, max: 12, count: 3 }) }).waitFor();
        await measure(team, 'the collective page with figures');
        expect(wide).toEqual([]);
      },
    );
  }
});
