import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, useSite } from './harness';
import { DIMENSION_TITLES } from './take-inventory';

const site = useSite();
const KEY = 'cli:answers:v1';

/**
 * Wait until the island has hydrated (Astro removes the `ssr` attribute then) and has read storage:
 * its effects run after the next frame, so a task queued after that frame runs after them.
 */
async function ready(page: Page) {
  await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}

async function openInventory(context: BrowserContext, path = 'inventory/') {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, site.url).href);
  await ready(page);
  if (path.includes('#')) await page.waitForSelector('.step-link[aria-current="step"]');
  return { page, errors };
}

const heading = (page: Page) => page.locator('#step-heading').textContent();
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const group = el?.closest('fieldset.rating');
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: el?.textContent?.trim() ?? '',
      id: el?.id ?? '',
      group: group ? [...document.querySelectorAll('fieldset.rating')].indexOf(group) : -1,
    };
  });

/** Press Tab until `done` holds for the focused element (never the mouse). */
async function tabUntil(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string) {
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    if (done(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

async function pressButton(page: Page, name: string) {
  await tabUntil(page, (f) => f.tag === 'button' && f.text === name, `the "${name}" button`);
  await page.keyboard.press('Enter');
}

type Plan = (number | 'cj' | null)[];
/** Answers per dimension in framework order (item counts 6, 3, 3, 4, 3, 4, 4 in the content). */
const PLAN: Plan[] = [
  [12, 10, 8, 6, 'cj', 4],
  [3, 3, 3],
  [1, null, null],
  [9, 9, 10, 10],
  [5, 6, 7],
  [2, 'cj', 2, null],
  [12, 12, 11, 11],
];

/** Answer the current step's items with the keyboard: Tab into each group, Space, then arrows. */
async function answerStep(page: Page, plan: Plan) {
  expect(await page.locator('fieldset.rating').count()).toBe(plan.length);
  for (const [index, value] of plan.entries()) {
    await tabUntil(page, (f) => f.group === index && f.tag === 'input', `question ${index + 1}`);
    if (value === null) continue;
    await page.keyboard.press('Space');
    if (value === 'cj')
      await page.keyboard.press('ArrowLeft'); // wraps from 1 to the last option
    else for (let v = 1; v < value; v++) await page.keyboard.press('ArrowRight');
    const checked = page.locator('fieldset.rating').nth(index).locator('input:checked');
    expect(await checked.getAttribute('value')).toBe(value === 'cj' ? 'cant-judge' : String(value));
  }
}

describe('the inventory in Chromium', () => {
  test.each([
    { width: 412, height: 823 },
    { width: 1350, height: 940 },
  ])('nothing moves when it becomes interactive after the first paint ($width px)', async (viewport) => {
    const page = await (await site.context({ viewport })).newPage();
    const response = await page.goto(new URL('inventory/', site.url).href);
    // The server cannot know whether this browser keeps data: its HTML does not claim it does not.
    expect(await response?.text()).not.toContain('data-notice="storage"');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    const shifts = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const found: number[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) found.push(entry.value);
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(found)));
        }),
    );
    expect(shifts).toEqual([]);
    expect(await page.getByRole('button', { name: 'Start the inventory' }).isVisible()).toBe(true);
  });

  test('can be completed with the keyboard alone and shows the exact scores for the answers given', async () => {
    const { page, errors } = await openInventory(await site.context());
    expect(await axeViolations(page)).toEqual([]);
    await pressButton(page, 'Start the inventory');
    const titles = DIMENSION_TITLES;
    for (const [i, title] of titles.entries()) {
      await expect.poll(() => heading(page)).toBe(title);
      await expect.poll(async () => (await focused(page)).id).toBe('step-heading');
      await answerStep(page, PLAN[i]!);
      expect(await axeViolations(page)).toEqual([]);
      await pressButton(page, i === titles.length - 1 ? 'Next: review' : 'Next');
    }
    await expect.poll(() => heading(page)).toBe('Before you see your scores');
    expect(await page.locator('.overall-progress').textContent()).toBe('24 of 27 questions answered');
    expect(await page.locator('.unanswered a').allTextContents()).toHaveLength(3);
    expect(await axeViolations(page)).toEqual([]);
    await pressButton(page, 'See my scores');
    await expect.poll(() => heading(page)).toBe('Your scores');
    const rows = await page
      .locator('.score-summary tr[data-dimension]')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual([
      ['Collective Vision', '8.0', '64', 'Good evidence'], // (12+10+8+6+4)/5 = 8 → 7/11
      ['Outcome Focus', '3.0', '18', 'Little evidence'], // 2/11
      ['Multiple Level Leadership', 'Not enough answers (1 of 3 rated)'],
      ['Partnership Working', '9.5', '77', 'Strong evidence'], // 8.5/11
      ['Action Oriented and Adaptive', '6.0', '45', 'Some evidence'], // 5/11
      ['Systems and Structures', '2.0', '9', 'Little evidence'], // 1/11
      ['Skills and Behaviours', '11.5', '95', 'Strong evidence'], // 10.5/11
      ['Overall', '6.7', '52', 'Good evidence'], // (8+3+9.5+6+2+11.5)/6 = 40/6 → (34/6)/11
    ]);
    const counts = await page.locator('.counts dd').allTextContents();
    expect(counts).toEqual(['22', '2', '3']);
    expect(await page.getByRole('link', { name: 'Full report and exports' }).getAttribute('href')).toBe(
      '/inventory/results/',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('opens the dimension named in the URL fragment and moves focus to its heading on each step', async () => {
    const { page } = await openInventory(await site.context(), 'inventory/#outcome-focus');
    await expect.poll(() => heading(page)).toBe('Outcome Focus');
    await page.getByRole('button', { name: /^4\. Partnership Working/ }).click();
    await expect.poll(() => heading(page)).toBe('Partnership Working');
    await expect.poll(async () => (await focused(page)).id).toBe('step-heading');
    expect(new URL(page.url()).hash).toBe('#partnership-working');
  });

  test('keeps every answer through a reload in the middle', async () => {
    const context = await site.context();
    const { page } = await openInventory(context, 'inventory/#collective-vision');
    const groups = page.locator('fieldset.rating');
    await groups.nth(0).getByRole('radio', { name: '7' }).check();
    await groups.nth(2).getByRole('radio', { name: 'Can’t judge' }).check();
    await page.getByRole('button', { name: /^2\. Outcome Focus/ }).click();
    await expect.poll(() => heading(page)).toBe('Outcome Focus');
    await groups.nth(1).getByRole('radio', { name: '12 – Total evidence' }).check();
    await page.getByText('3 of 27 questions answered').waitFor();
    await page.reload();
    await ready(page);
    await page.waitForSelector('.step-link[aria-current="step"]');
    await expect.poll(() => heading(page)).toBe('Outcome Focus');
    expect(await groups.nth(1).locator('input:checked').getAttribute('value')).toBe('12');
    await expect.poll(() => page.locator('.overall-progress').textContent()).toBe('3 of 27 questions answered');
    await page.getByRole('button', { name: /^1\. Collective Vision/ }).click();
    await expect.poll(() => heading(page)).toBe('Collective Vision');
    expect(await groups.nth(0).locator('input:checked').getAttribute('value')).toBe('7');
    expect(await groups.nth(2).locator('input:checked').getAttribute('value')).toBe('cant-judge');
  });

  test('two open tabs stay in step', async () => {
    const context = await site.context();
    const a = (await openInventory(context, 'inventory/#outcome-focus')).page;
    const b = (await openInventory(context, 'inventory/#outcome-focus')).page;
    await a.locator('fieldset.rating').nth(0).getByRole('radio', { name: '5' }).check();
    await expect
      .poll(() => b.locator('fieldset.rating').nth(0).locator('input:checked').getAttribute('value'))
      .toBe('5');
    await b.locator('fieldset.rating').nth(1).getByRole('radio', { name: '9' }).check();
    await expect.poll(() => a.locator('.overall-progress').textContent()).toBe('2 of 27 questions answered');
  });

  test('with storage blocked, the inventory still works and says answers will not be kept', async () => {
    const context = await site.context();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const { page, errors } = await openInventory(context, 'inventory/#skills-and-behaviours');
    const notice = page.getByRole('status');
    await expect.poll(() => notice.textContent()).toContain('your answers will not be kept');
    expect(await notice.getAttribute('aria-live')).toBe('polite');
    await notice.locator('[data-notice="storage"]').waitFor();
    const groups = page.locator('fieldset.rating');
    for (let i = 0; i < 4; i++) await groups.nth(i).getByRole('radio', { name: '4' }).check();
    await page.getByRole('button', { name: 'Review and scores' }).click();
    await page.getByRole('button', { name: 'See my scores' }).click();
    expect(
      await page
        .locator('tr[data-dimension="skills-and-behaviours"]')
        .evaluate((tr) => [...tr.children].map((c) => c.textContent)),
    ).toEqual(['Skills and Behaviours', '4.0', '27', 'Some evidence']);
    expect(await notice.locator('[data-notice="storage"]').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('corrupted saved data loads without an error, says so, and keeps a copy', async () => {
    const context = await site.context();
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, '{"instrument": {"id": "collective');
      }
    }, KEY);
    const { page, errors } = await openInventory(context);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain(
        'The answers saved on this device could not be read (the saved data is damaged), so none were restored.',
      );
    expect(await page.evaluate(() => localStorage.getItem('cli:answers:v1:backup'))).toBe(
      '{"instrument": {"id": "collective',
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('answers from another instrument version keep what is valid and say what was dropped', async () => {
    const context = await site.context();
    const old = JSON.stringify({
      instrument: { id: 'collective-leadership-inventory', version: '00000000', scale: { min: 1, max: 12 } },
      answers: { 'stakeholders-understand-challenges': 8, 'a-retired-question': 5 },
      context: { level: 'team' },
    });
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(key!, value!);
        }
      },
      [KEY, old],
    );
    const { page, errors } = await openInventory(context, 'inventory/#collective-vision');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('1 saved answer was dropped because its question is no longer in the inventory.');
    await expect.poll(() => page.locator('.overall-progress').textContent()).toBe('1 of 27 questions answered');
    expect(await page.locator('fieldset.rating').nth(0).locator('input:checked').getAttribute('value')).toBe('8');
    expect(errors).toEqual([]);
  });

  test('fits a 320 px screen without horizontal scrolling, with rating targets of at least 24 × 24 px', async () => {
    const context = await site.context({ viewport: { width: 320, height: 640 } });
    const { page } = await openInventory(context);
    const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
    await page.getByRole('button', { name: 'Start the inventory' }).click();
    await page.locator('fieldset.rating').first().waitFor();
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
    const sizes = await page
      .locator('fieldset.rating')
      .first()
      .locator('label.option')
      .evaluateAll((labels) =>
        labels.map((l) => {
          const r = l.getBoundingClientRect();
          return { w: r.width, h: r.height, right: r.right };
        }),
      );
    expect(sizes).toHaveLength(13);
    for (const s of sizes) {
      expect(s.w).toBeGreaterThanOrEqual(24);
      expect(s.h).toBeGreaterThanOrEqual(24);
      expect(s.right).toBeLessThanOrEqual(320);
    }
    await page.getByRole('button', { name: 'Review and scores' }).click();
    await page.getByRole('button', { name: 'See my scores' }).click();
    await page.locator('.score-summary').waitFor();
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
    const table = await page.locator('.score-summary table').evaluate((t) => t.getBoundingClientRect().right);
    expect(table).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('on a phone the 1–12 scale reads as one scale: 1–6 over 7–12, “Can’t judge” on its own line', async () => {
    const context = await site.context({ viewport: { width: 320, height: 640 } });
    const { page } = await openInventory(context, 'inventory/#collective-vision');
    const first = page.locator('fieldset.rating').first();
    const boxes = await first.locator('label.option').evaluateAll((labels) =>
      labels.map((l) => {
        const r = l.getBoundingClientRect();
        return { top: Math.round(r.top), left: Math.round(r.left), width: Math.round(r.width) };
      }),
    );
    expect(boxes).toHaveLength(13);
    const rows = [...new Set(boxes.map((b) => b.top))];
    expect(rows).toHaveLength(3);
    const inRow = (top: number) => boxes.flatMap((b, i) => (b.top === top ? [i + 1] : []));
    expect(rows.map(inRow)).toEqual([[1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12], [13]]);
    // The two rows line up, column by column, in boxes of one width.
    expect(boxes.slice(6, 12).map((b) => b.left)).toEqual(boxes.slice(0, 6).map((b) => b.left));
    expect(new Set(boxes.slice(0, 12).map((b) => b.width)).size).toBe(1);
    // The radios keep their names, anchors included; the step spells the anchors out once.
    expect(await first.getByRole('radio', { name: '1 – No evidence' }).count()).toBe(1);
    expect(await first.getByRole('radio', { name: '12 – Total evidence' }).count()).toBe(1);
    expect(await page.locator('.instruction').textContent()).toBe(
      'How much evidence do you see of each of these, from 1 (no evidence) to 12 (total evidence)?',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('each statement shows under the framework’s prompt with its question beside it', async () => {
    const { page } = await openInventory(await site.context(), 'inventory/#outcome-focus');
    await expect.poll(() => heading(page)).toBe('Outcome Focus');
    expect(await page.locator('.step .prompt').textContent()).toBe('In relation to the work of partners, ask:');
    const group = page.getByRole('group', {
      name: 'The key outcomes that the partnership is aimed at achieving are clear.',
    });
    expect(await group.locator('.asks').textContent()).toBe(
      'The framework asks: What are the key outcomes that the partnership is aimed at achieving?',
    );
    expect(await group.locator('.asks').isVisible()).toBe(true);
  });

  test('after “Clear this answer” focus stays in the question, on its first option', async () => {
    const { page } = await openInventory(await site.context(), 'inventory/#outcome-focus');
    const group = page.locator('fieldset.rating').nth(1);
    await group.getByRole('radio', { name: '5' }).check();
    await group.getByRole('button', { name: 'Clear this answer' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => group.locator('input:checked').count()).toBe(0);
    expect(await focused(page)).toMatchObject({ tag: 'input', group: 1 });
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('1');
  });

  test('the step heading that takes focus is not ringed in the red of an error', async () => {
    const { page } = await openInventory(await site.context(), 'inventory/#outcome-focus');
    await pressButton(page, 'Next');
    await expect.poll(() => heading(page)).toBe('Multiple Level Leadership');
    await expect.poll(async () => (await focused(page)).id).toBe('step-heading');
    expect(await page.locator('#step-heading').evaluate((h) => getComputedStyle(h).outlineStyle)).toBe('none');
  });

  test('"Start again" asks first, in a dialog that works from the keyboard', async () => {
    const { page } = await openInventory(await site.context(), 'inventory/#outcome-focus');
    await page.locator('fieldset.rating').nth(0).getByRole('radio', { name: '6' }).check();
    await page.getByRole('button', { name: 'Introduction' }).click();
    await expect.poll(async () => (await focused(page)).id).toBe('step-heading');
    await pressButton(page, 'Start again');
    const dialog = page.getByRole('dialog', { name: 'Start again?' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start again');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Start again' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').answers, KEY)).toEqual({});
    await page.getByRole('button', { name: 'Start the inventory' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Start again' }).count()).toBe(0);
  });
});
