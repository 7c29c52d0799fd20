import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { resultToJson } from '../../src/lib/result-file';
import { encodeShareCode } from '../../src/lib/share-code';
import { loadInstrument } from '../fixtures/instrument';
import { ALL_SIXES, FULL_ANSWERS, FULL_OVERALL, FULL_TABLE, SIXES_SINCE_FULL } from '../fixtures/results';
import { guardPage, undocumentedStorageKeys } from './guard';
import { axeViolations, useSite } from './harness';
import { chartDrawn } from './chart';

const site = useSite();
const instrument = loadInstrument();
const FULL_CODE = encodeShareCode(instrument, FULL_ANSWERS, 'organisation');
const SIXES_CODE = encodeShareCode(instrument, ALL_SIXES);
const RESULTS = 'inventory/results/';
const tmp = mkdtempSync(join(tmpdir(), 'results-e2e-'));

const tableRows = (page: Page, selector = '#scores-table') =>
  page.$$eval(`${selector} tbody tr`, (rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
  );
const importError = (page: Page) => page.getByTestId('import-error');

/** Whether an element is on screen now (some of it inside the viewport), where the person is looking. */
const inViewport = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
  });

/** "Make this my own answers", confirmed in the site's dialog. */
async function makeOwn(page: Page) {
  await page.getByRole('button', { name: 'Make this my own answers' }).click();
  await page
    .getByRole('dialog', { name: 'Make these answers your own?' })
    .getByRole('button', { name: 'Make this my own answers' })
    .click();
}

/** Add an action to the plan as a person does, by keyboard: open the form, type, submit with Enter. */
async function addAction(
  page: Page,
  dimension: string,
  action: { what: string; who?: string; due?: string; status?: string },
): Promise<void> {
  await page.getByRole('button', { name: `Add an action for ${dimension}` }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('group', { name: `Add an action for ${dimension}` });
  await form.getByLabel('What').fill(action.what);
  if (action.who !== undefined) await form.getByLabel('Who leads (optional)').fill(action.who);
  if (action.due !== undefined) await form.getByLabel('By when (optional)').fill(action.due);
  if (action.status !== undefined) await form.getByLabel('Status').selectOption({ label: action.status });
  await form.getByRole('button', { name: 'Add the action' }).focus();
  await page.keyboard.press('Enter');
  await form.waitFor({ state: 'detached' });
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('the results page', () => {
  test('a full result, its table and its chart are written without Intl’s number or date formats or plural rules', async () => {
    // The first Intl.NumberFormat or DateTimeFormat a page makes holds it for tens of milliseconds
    // while its locale data loads: the page writes its numbers with its language's symbols instead,
    // and chooses plural forms from its language's table (a few milliseconds more).
    const context = await site.context();
    await context.addInitScript(() => {
      const made: string[] = [];
      (window as unknown as { intlMade: string[] }).intlMade = made;
      for (const name of ['NumberFormat', 'DateTimeFormat', 'ListFormat', 'PluralRules'] as const) {
        const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
        (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
          construct: (target, args) => (made.push(name), new target(...args)),
          apply: (target, self, args) => (made.push(name), Reflect.apply(target, self, args)),
        });
      }
      const toLocaleString = Number.prototype.toLocaleString;
      Number.prototype.toLocaleString = function (...args: []) {
        made.push('toLocaleString');
        return toLocaleString.apply(this, args);
      };
    });
    const page = await context.newPage();
    await page.goto(new URL(`${RESULTS}#${FULL_CODE}`, site.url).href);
    await chartDrawn(page);
    await page.locator('[data-rendered]').waitFor();
    expect(await page.getByTestId('overall').textContent()).toContain(FULL_OVERALL);
    expect(await page.evaluate(() => (window as unknown as { intlMade: string[] }).intlMade)).toEqual([]);
  });

  test('a share link opened in a fresh browser shows the exact scores, chart and table', async () => {
    // Every font the page gives a canvas, to check that the chart writes in the page's typeface.
    const context = await site.context();
    await context.addInitScript(() => {
      const font = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font')!;
      const given: string[] = [];
      (window as unknown as { canvasFonts: string[] }).canvasFonts = given;
      Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', {
        ...font,
        set(value: string) {
          given.push(value);
          font.set!.call(this, value);
        },
      });
    });
    const page = await context.newPage();
    await page.goto(`${site.url}${RESULTS}#${FULL_CODE}`);
    await chartDrawn(page);
    const { fonts, pageFamily } = await page.evaluate(() => ({
      fonts: (window as unknown as { canvasFonts: string[] }).canvasFonts,
      pageFamily: getComputedStyle(document.body).fontFamily,
    }));
    expect(pageFamily).toMatch(/^system-ui, /);
    // Sizes vary (names, scale); the family is the page's in every one.
    expect(fonts.length).toBeGreaterThan(0);
    expect([...new Set(fonts.map((f) => f.replace(/^.*?\d+(?:\.\d+)?px /, '')))]).toEqual([pageFamily]);
    expect(await page.getByTestId('overall').textContent()).toBe(FULL_OVERALL);
    expect(await tableRows(page)).toEqual(FULL_TABLE);
    // The table fits the screen: no line about scrolling it sideways.
    expect(
      await page.locator('#scores-table').evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth),
    ).toBe(true);
    expect(await page.getByText('Scroll sideways to see every column.').isVisible()).toBe(false);
    expect(await page.getByText('My own organisation').count()).toBe(1);
    expect(await page.getByTestId('viewing').textContent()).toContain('You are viewing the result from the link.');
    const developmentLinks = await page
      .locator('.development a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(developmentLinks).toEqual(['/framework/#action-oriented-and-adaptive', '/framework/#outcome-focus']);
  });

  test('the share link points where the site is served (127.0.0.1 here, not SITE_URL) and opens the result', async () => {
    const page = await site.open(`${RESULTS}#${FULL_CODE}`);
    await chartDrawn(page);
    const link = await page.getByTestId('share-link').getAttribute('href');
    expect(link).toBe(`${site.url}${RESULTS}#${FULL_CODE}`);
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/inventory\/results\/#CL1-/);
    const fresh = await site.open(link!);
    await chartDrawn(fresh);
    expect(await fresh.getByTestId('overall').textContent()).toBe(FULL_OVERALL);
    expect(await tableRows(fresh)).toEqual(FULL_TABLE);
  });

  test('on a phone the chart below the fold is drawn when scrolled to, and for a print without scrolling', async () => {
    // Chart.js's first draw is the longest task on the page: a phone does it when the chart shows.
    const inked = (page: Page) =>
      page.locator('.radar canvas').evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let count = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
        return count;
      });
    for (const how of ['scroll', 'print'] as const) {
      const page = await (await site.context({ viewport: { width: 412, height: 823 } })).newPage();
      await page.goto(new URL(`${RESULTS}#${FULL_CODE}`, site.url).href);
      await page.locator('[data-rendered]').waitFor();
      // Everything has arrived (Chart.js too, so that a print can draw at once), and the chart waits.
      await page.waitForLoadState('networkidle');
      const waiting = {
        loaded: await page.evaluate(() =>
          performance.getEntriesByType('resource').some((r) => r.name.includes('/radar-chart.')),
        ),
        belowFold: await page.locator('.radar canvas').evaluate((c) => c.getBoundingClientRect().top > innerHeight),
        state: await page.locator('.radar').getAttribute('data-chart'),
        ink: await inked(page),
      };
      expect(waiting, how).toEqual({ loaded: true, belowFold: true, state: 'loading', ink: 0 });
      if (how === 'scroll') {
        await page.mouse.wheel(0, 600);
        await page.locator('.radar[data-chart="ready"]').waitFor();
      } else {
        await page.pdf();
        expect(await page.locator('.radar').getAttribute('data-chart')).toBe('ready');
        expect(await page.evaluate(() => scrollY)).toBe(0);
      }
      expect(await inked(page), how).toBeGreaterThan(1000);
      await page.context().close();
    }
  });

  test('a share link’s “answers are unchanged” sentence is on screen once, and still announced', async () => {
    const page = await site.open(`${RESULTS}#${FULL_CODE}`);
    await chartDrawn(page);
    const shownWith = (text: string) =>
      page.evaluate(
        (t) =>
          [...document.querySelectorAll('.results-app p')]
            .filter((p) => p.textContent?.includes(t) && p.getBoundingClientRect().width > 1)
            .map((p) => p.textContent),
        text,
      );
    expect(await shownWith('Your own answers are unchanged.')).toEqual([
      'You are viewing the result from the link. Your own answers are unchanged.',
    ]);
    expect(await page.getByRole('status').filter({ hasText: 'Showing the result' }).textContent()).toBe(
      'Showing the result from the link. Your own answers are unchanged.',
    );
    await page.getByRole('button', { name: 'Close this result' }).click();
    await expect
      .poll(() => shownWith('Closed the result.'))
      .toEqual(['Closed the result. You have no answers of your own yet.']);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('with no answers, says so and links to the inventory; axe-clean', async () => {
    const page = await site.open(RESULTS);
    await page.getByRole('heading', { name: 'No answers yet' }).waitFor();
    expect(await page.getByRole('link', { name: 'Take the inventory' }).getAttribute('href')).toBe('/inventory/');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('downloads JSON and CSV made in the browser, and the JSON opens again with the same scores', async () => {
    const page = await site.open(`${RESULTS}#${FULL_CODE}`);
    await chartDrawn(page);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });

    const json = await download(page, 'Download JSON');
    expect(json.name).toBe(`collective-leadership-result-${today}.json`);
    const doc = JSON.parse(json.bytes.toString('utf8')) as Record<string, unknown>;
    expect(doc).toMatchObject({
      format: 'collective-leadership-result',
      formatVersion: 2,
      instrument: { id: instrument.id, version: instrument.version },
      context: { level: 'organisation' },
      answers: FULL_ANSWERS,
      plan: {},
    });

    const csv = await download(page, 'Download CSV');
    expect(csv.name).toBe(`collective-leadership-result-${today}.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'type,dimension_id,dimension,item_id,question,answer,mean,score_0_100,band,action_id,action,lead,due,status',
    );
    expect(lines).toContain(
      'question,outcome-focus,Outcome Focus,key-outcomes,What are the key outcomes that the partnership is aimed at achieving?,3,,,,,,,,',
    );
    expect(lines).toContain(
      'dimension,multiple-level-leadership,Multiple Level Leadership,,,,11.67,97.0,Strong evidence,,,,,',
    );

    const fresh = await site.open(RESULTS);
    const path = join(tmp, json.name);
    writeFileSync(path, json.bytes);
    await fresh.getByLabel('Result file (.json or .csv), or drop it here').setInputFiles(path);
    await chartDrawn(fresh);
    expect(await fresh.getByTestId('overall').textContent()).toBe(FULL_OVERALL);
    expect(await tableRows(fresh)).toEqual(FULL_TABLE);
    expect(await fresh.getByTestId('viewing').textContent()).toContain(`the file “${json.name}”`);
  });

  test('a bad pasted code gets a message and nothing else changes; axe-clean with the error', async () => {
    const page = await site.open(`${RESULTS}#${FULL_CODE}`);
    await chartDrawn(page);
    await page.getByLabel('Share code or link').fill('CL1-THIS1SN0TAC0DE');
    await page.getByLabel('Share code or link').press('Enter');
    await expect
      .poll(() => importError(page).textContent())
      .toBe(
        'That share code could not be opened. This share code does not check out: a character is probably mistyped or missing.',
      );
    expect(await tableRows(page)).toEqual(FULL_TABLE);
    expect(await page.getByTestId('viewing').textContent()).toContain('from the link');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a file with <script> in an action shows it as text', async () => {
    const page = await site.open(RESULTS);
    const note = '<script>window.injected = 1</script><img src=x onerror="window.injected = 2">';
    const path = join(tmp, 'note.json');
    writeFileSync(
      path,
      JSON.stringify(
        resultToJson(instrument, {
          instrument,
          context: {},
          answers: FULL_ANSWERS,
          plan: { 'outcome-focus': [{ id: 'x', what: note, who: '', due: '', status: 'done' }] },
        }),
      ),
    );
    await page.getByLabel('Result file (.json or .csv), or drop it here').setInputFiles(path);
    await page.getByText(note, { exact: true }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(await page.locator('.report img, .report script').count()).toBe(0);
  });

  test('a file over 1 MB, or of the wrong kind, is refused with a message', async () => {
    const page = await site.open(RESULTS);
    const big = join(tmp, 'big.json');
    writeFileSync(big, ' '.repeat(1_200_000));
    await page.getByLabel('Result file (.json or .csv), or drop it here').setInputFiles(big);
    await expect
      .poll(() => importError(page).textContent())
      .toBe(
        '“big.json” could not be opened. It is 1.2 MB; a result file is a few kilobytes, and files over 1 MB are not read.',
      );
    const other = join(tmp, 'other.json');
    writeFileSync(
      other,
      JSON.stringify({
        ...resultToJson(instrument, { instrument, context: {}, answers: {}, plan: {} }),
        instrument: { id: instrument.id, version: '0badc0de' },
      }),
    );
    await page.getByLabel('Result file (.json or .csv), or drop it here').setInputFiles(other);
    await expect
      .poll(() => importError(page).textContent())
      .toMatch(
        /^“other\.json” could not be opened\. This result was made with another version of the inventory \(0badc0de; this site has [0-9a-f]{8}\)/,
      );
    expect(await page.getByRole('heading', { name: 'No answers yet' }).count()).toBe(1);
  });

  test('a plan of three actions: kept after a reload, exported as JSON, CSV and .ics, re-imported and printed', async () => {
    const page = await (await site.context()).newPage();
    const guard = await guardPage(page, site.origin);
    await page.goto(new URL(`${RESULTS}#${FULL_CODE}`, site.url).href);
    guard.secrets.push(FULL_CODE);
    await makeOwn(page);
    await page.getByTestId('viewing').waitFor({ state: 'detached' });
    expect(await page.getByText('Do you have your action mapped out?', { exact: true }).count()).toBe(1);
    await addAction(page, 'Outcome Focus', {
      what: 'Agree three outcomes; with partners',
      who: 'Ann',
      due: '2027-03-31',
      status: 'In progress',
    });
    await addAction(page, 'Outcome Focus', { what: 'Review outcomes quarterly', due: '2027-06-30' });
    await addAction(page, 'Collective Vision', { what: 'Vision day', who: 'Board', status: 'Done' });
    // The second Outcome Focus action goes first, by keyboard.
    await page.getByRole('button', { name: 'Move up: Review outcomes quarterly' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('plan-outcome-focus-status').textContent())
      .toBe('Moved “Review outcomes quarterly” to place 1 of 2.');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await chartDrawn(page);
    const planTexts = () => page.locator('[data-testid="plan-section"] .plan-what').allTextContents();
    await page.locator('[data-testid="plan-section"] .plan-what').first().waitFor();
    expect(await planTexts()).toEqual([
      'Vision day',
      'Review outcomes quarterly',
      'Agree three outcomes; with partners',
    ]);

    const json = await download(page, 'Download JSON');
    const doc = JSON.parse(json.bytes.toString('utf8')) as { formatVersion: number; plan: Record<string, object[]> };
    expect(doc.formatVersion).toBe(2);
    expect(doc.plan).toEqual({
      'collective-vision': [
        { id: expect.stringMatching(/^[a-z0-9]{10}$/), what: 'Vision day', who: 'Board', status: 'done' },
      ],
      'outcome-focus': [
        {
          id: expect.stringMatching(/^[a-z0-9]{10}$/),
          what: 'Review outcomes quarterly',
          due: '2027-06-30',
          status: 'not-started',
        },
        {
          id: expect.stringMatching(/^[a-z0-9]{10}$/),
          what: 'Agree three outcomes; with partners',
          who: 'Ann',
          due: '2027-03-31',
          status: 'in-progress',
        },
      ],
    });

    const csv = await download(page, 'Download CSV');
    const actionRows = csv.bytes
      .toString('utf8')
      .split('\r\n')
      .filter((l) => l.startsWith('action,'))
      .map((l) => l.replace(/,[a-z0-9]{10},/, ',ID,'));
    expect(actionRows).toEqual([
      'action,collective-vision,Collective Vision,,,,,,,ID,Vision day,Board,,done',
      'action,outcome-focus,Outcome Focus,,,,,,,ID,Review outcomes quarterly,,2027-06-30,not-started',
      'action,outcome-focus,Outcome Focus,,,,,,,ID,Agree three outcomes; with partners,Ann,2027-03-31,in-progress',
    ]);

    const ics = await download(page, 'Download the due dates (.ics)');
    expect(ics.name).toMatch(/^collective-leadership-plan-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = ics.bytes.toString('utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(2);
    expect(text).toContain(
      '\r\nDTSTART;VALUE=DATE:20270630\r\nDTEND;VALUE=DATE:20270701\r\nSUMMARY:Review outcomes quarterly\r\n',
    );
    expect(text).toContain('\r\nSUMMARY:Agree three outcomes\\; with partners\r\n');
    expect(await page.getByTestId('plan-calendar-status').textContent()).toBe(`Downloaded ${ics.name} with 2 dates.`);

    // Opened in a fresh browser, the JSON shows the plan, as text.
    const fresh = await site.open(RESULTS);
    const path = join(tmp, 'plan.json');
    writeFileSync(path, json.bytes);
    await fresh.getByLabel('Result file (.json or .csv), or drop it here').setInputFiles(path);
    await chartDrawn(fresh);
    await fresh.locator('[data-testid="plan-section"] .plan-what').first().waitFor();
    expect(await fresh.locator('[data-testid="plan-section"] .plan-what').allTextContents()).toEqual([
      'Vision day',
      'Review outcomes quarterly',
      'Agree three outcomes; with partners',
    ]);
    expect(await fresh.locator('[data-testid="plan-section"] .plan-meta').allTextContents()).toEqual([
      'Lead: BoardStatus: Done',
      'By: 30 June 2027Status: Not started',
      'Lead: AnnBy: 31 March 2027Status: In progress',
    ]);
    expect(await fresh.locator('[data-testid="plan-section"] button').count()).toBe(1); // the .ics download only

    // Printed: the plan as text, no controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('heading', { name: 'Your action plan', exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('Agree three outcomes; with partners', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('Lead: Ann', { exact: true }).isVisible()).toBe(true);
    const visibleControls = await page.$$eval('button, input, textarea, select', (els) =>
      els.filter((e) => e.getClientRects().length > 0).map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(visibleControls).toEqual([]);
    expect(await page.getByText('No actions yet.').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    expect(await undocumentedStorageKeys(page)).toEqual([]);
    guard.expectClean();
  }, 240_000);

  test('the plan editor is axe-clean and fits 320 px, with a form open', async () => {
    const page = await site.open(`${RESULTS}#${FULL_CODE}`, { viewport: { width: 320, height: 640 } });
    await makeOwn(page);
    await addAction(page, 'Outcome Focus', {
      what: 'Agree three outcomes with partners across the whole county',
      who: 'Ann',
      due: '2027-03-31',
    });
    await page
      .getByRole('button', { name: 'Edit: Agree three outcomes with partners across the whole county' })
      .click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByRole('button', { name: 'Remove: Agree three outcomes with partners across the whole county' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Remove this action?' });
    expect(await dialog.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect
      .poll(() => page.getByTestId('plan-outcome-focus-status').textContent())
      .toBe('Removed “Agree three outcomes with partners across the whole county”.');
  }, 120_000);

  test('printed, shows every section and the plan as text, without buttons or fields', async () => {
    const page = await site.open(`${RESULTS}#${FULL_CODE}`);
    await makeOwn(page);
    await addAction(page, 'Outcome Focus', { what: 'Review outcomes quarterly' });
    await chartDrawn(page);
    await page.emulateMedia({ media: 'print' });
    for (const name of ['Summary', 'Scores by dimension', 'Strengths', 'Development areas', 'Your action plan']) {
      expect(await page.getByRole('heading', { name, exact: true }).isVisible(), name).toBe(true);
    }
    expect(await page.locator('#scores-table').isVisible()).toBe(true);
    expect(await page.locator('.radar canvas').isVisible()).toBe(true);
    expect(await page.getByText('Review outcomes quarterly', { exact: true }).isVisible()).toBe(true);
    // Of the plan, only the dimension with an action is printed.
    const printedDimensions = await page
      .locator('[data-testid="plan-section"] h3')
      .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.textContent));
    expect(printedDimensions).toEqual(['Outcome Focus']);
    // Links, which paper cannot follow, are not printed in the report (it has some on screen).
    expect(await page.locator('.report a').count()).toBeGreaterThan(0);
    const printedLinks = await page
      .locator('.report a')
      .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.textContent));
    expect(printedLinks).toEqual([]);
    const visibleControls = await page.$$eval('button, input, textarea, select', (els) =>
      els.filter((e) => e.getClientRects().length > 0).map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(visibleControls).toEqual([]);
    expect(await page.getByRole('heading', { name: 'Save or share this result' }).isVisible()).toBe(false);
  });

  test('history: off by default; opt in, save two results, compare them, delete one', async () => {
    const page = await site.open(`${RESULTS}#${FULL_CODE}`);
    await chartDrawn(page);
    const optIn = page.getByLabel('Keep my results in this browser, to compare them later');
    expect(await optIn.isChecked()).toBe(false);
    expect(await page.getByRole('button', { name: 'Save this result' }).count()).toBe(0);
    await optIn.check();
    await page.getByRole('button', { name: 'Save this result' }).click();
    await expect.poll(() => page.getByTestId('history-status').textContent()).toMatch(/^Saved: Result 1, saved /);
    // Said beside the button, where the person is looking.
    expect(await page.getByTestId('history-status').isVisible()).toBe(true);
    expect(await inViewport(page.getByTestId('history-status'))).toBe(true);

    await page.goto(new URL(`${RESULTS}#${SIXES_CODE}`, site.url).href);
    await expect
      .poll(() => page.getByTestId('overall').textContent())
      .toBe('Overall: 6.0 on the 1–12 scale (45 out of 100), Some evidence.');
    await page.getByRole('button', { name: 'Save this result' }).click();
    await expect.poll(() => page.locator('.history-list li').count()).toBe(2);

    // Newest first: the second entry is the earlier (full) result.
    await page
      .locator('.history-list li')
      .nth(1)
      .getByRole('button', { name: /^Compare/ })
      .click();
    await page.getByTestId('change-table').waitFor();
    expect((await tableRows(page, '[data-testid="change-table"]')).map((r) => r[3])).toEqual(SIXES_SINCE_FULL);
    // The comparison comes to the person: its table is focused and on screen.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('change-region');
    expect(await inViewport(page.locator('#change-region'))).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('.radar canvas').length)).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect.poll(() => page.locator('.history-list li').count()).toBe(2);
    const labels = await page.locator('.history-label').allTextContents();
    expect(labels).toEqual([
      expect.stringMatching(/^Result 2, saved .+: overall 6\.0, Some evidence$/),
      expect.stringMatching(/^Result 1, saved .+: overall 7\.2, Good evidence$/),
    ]);
    const confirmDelete = page.getByRole('dialog', { name: 'Delete this saved result?' });
    await page
      .locator('.history-list li')
      .nth(0)
      .getByRole('button', { name: /^Delete/ })
      .click();
    await confirmDelete.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('.history-list li').count()).toBe(2);
    await page
      .locator('.history-list li')
      .nth(0)
      .getByRole('button', { name: /^Delete/ })
      .click();
    expect(await confirmDelete.locator('p').textContent()).toBe(
      `${labels[0]}. It is removed from this browser; this cannot be undone.`,
    );
    await confirmDelete.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.history-list li').count()).toBe(1);
    expect(await page.getByTestId('history-status').textContent()).toBe(`Deleted ${labels[0]}.`);
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('cli:history:v1') ?? '{}') as Record<string, { answers: object }[]>,
    );
    expect(stored[instrument.version]!.map((e) => e.answers)).toEqual([FULL_ANSWERS]);
  });

  test('Copy and Copy link answer beside the buttons; the print-out carries its date and share code', async () => {
    const context = await site.context({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(new URL(`${RESULTS}#${FULL_CODE}`, site.url).href);
    await chartDrawn(page);
    const status = page.getByTestId('export-status');
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe('The share code is copied.');
    expect(await inViewport(status)).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(FULL_CODE);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => status.textContent()).toBe('The link is copied.');
    expect(await inViewport(status)).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.getByTestId('share-link').getAttribute('href'),
    );
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { dateStyle: 'long' }));
    expect(await page.getByTestId('print-meta').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-meta').isVisible()).toBe(true);
    expect(await page.getByTestId('print-meta').textContent()).toBe(
      `Printed ${today}. Share code (answers and level, not notes): ${FULL_CODE}`,
    );
  });

  test('Copy at the bottom edge of the screen answers in view, not below it out of sight', async () => {
    const context = await site.context({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(new URL(`${RESULTS}#${FULL_CODE}`, site.url).href);
    await page.locator('[data-rendered]').waitFor();
    const copy = page.getByRole('button', { name: 'Copy', exact: true });
    const status = page.getByTestId('export-status');
    // The button's bottom edge is the screen's: the button is in view, and the line that answers it
    // (empty until then, so without a box) comes below it.
    await copy.evaluate((button) => button.scrollIntoView({ block: 'end' }));
    expect(await inViewport(copy)).toBe(true);
    expect(await status.textContent()).toBe('');
    await copy.click();
    await expect.poll(() => status.textContent()).toBe('The share code is copied.');
    // Brought into view, whole, in the frame after it is written (within a pixel: layout works in
    // fractions of one, the scroll in whole ones).
    await expect
      .poll(() => status.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight + 1), {
        timeout: 2_000,
      })
      .toBe(true);
  });

  test('the plan editor’s code arriving late moves nothing: the plan and what follows appear in place', async () => {
    const context = await site.context();
    // The editor's code held back, as on a slow connection or a loaded machine.
    await context.route(/\/PlanEditor\.[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(new URL(`${RESULTS}#${FULL_CODE}`, site.url).href);
    const copy = page.getByRole('button', { name: 'Copy', exact: true });
    await copy.waitFor();
    // When the export panel is there, the plan above it is whole (not its one-line placeholder)…
    expect(await page.locator('.plan-loading').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Action plan', exact: true }).count()).toBe(1);
    const top = () => copy.evaluate((button) => Math.round(button.getBoundingClientRect().top + window.scrollY));
    const before = await top();
    // …and nothing above the button moves it afterwards.
    await page.locator('[data-rendered]').waitFor();
    await page.waitForTimeout(300);
    expect(await top()).toBe(before);
  });

  test('the plan is shown only once the kept plan is read: never an empty plan to be edited over it', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(new URL(`${RESULTS}#${FULL_CODE}`, site.url).href);
    await makeOwn(page);
    await addAction(page, 'Outcome Focus', { what: 'Review outcomes quarterly' });
    // The code that reads the kept plan held back, as on a slow connection.
    let heldBack = 0;
    await context.route(/\/plan\.[\w-]+\.js$/, async (route) => {
      heldBack += 1;
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await page.reload();
    await page.getByRole('button', { name: 'Add an action for Outcome Focus' }).waitFor();
    expect(heldBack).toBe(1);
    expect(await page.locator('[data-testid="plan-section"] .plan-what').allTextContents()).toEqual([
      'Review outcomes quarterly',
    ]);
  });

  test('two tabs of the results page: an action added in one shows in the other, and neither loses the other’s', async () => {
    const context = await site.context();
    const first = await context.newPage();
    await first.goto(new URL(`${RESULTS}#${FULL_CODE}`, site.url).href);
    await makeOwn(first);
    await first.getByTestId('viewing').waitFor({ state: 'detached' });
    const second = await context.newPage();
    await second.goto(new URL(RESULTS, site.url).href);
    await second.getByRole('button', { name: 'Add an action for Outcome Focus' }).waitFor();
    const planTexts = (page: Page) => page.locator('[data-testid="plan-section"] .plan-what').allTextContents();
    await addAction(first, 'Outcome Focus', { what: 'Review outcomes quarterly' });
    await expect.poll(() => planTexts(second)).toEqual(['Review outcomes quarterly']);
    await addAction(second, 'Collective Vision', { what: 'Vision day' });
    await expect.poll(() => planTexts(first)).toEqual(['Vision day', 'Review outcomes quarterly']);
    await first.reload();
    await first.locator('[data-testid="plan-section"] .plan-what').first().waitFor();
    expect(await planTexts(first)).toEqual(['Vision day', 'Review outcomes quarterly']);
  });

  test('viewing a link with no result of one’s own offers to close it, not to go “back” to nothing', async () => {
    const page = await site.open(`${RESULTS}#${FULL_CODE}`);
    await chartDrawn(page);
    expect(await page.getByRole('button', { name: 'Back to my own result' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Close this result' }).click();
    await page.getByRole('heading', { name: 'No answers yet' }).waitFor();
    expect(await page.getByTestId('status').textContent()).toBe(
      'Closed the result. You have no answers of your own yet.',
    );
  });

  test('the navigation offers “Your results” once this browser keeps a result, not before', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(site.url);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await page.waitForLoadState('load');
    expect(await nav.getByRole('link', { name: 'Your results' }).count()).toBe(0);
    await page.goto(new URL(`${RESULTS}#${FULL_CODE}`, site.url).href);
    await makeOwn(page);
    await page.goto(new URL('framework/', site.url).href);
    const entry = nav.getByRole('link', { name: 'Your results' });
    await entry.waitFor();
    expect(await entry.getAttribute('href')).toBe('/inventory/results/');
    await entry.click();
    await page.waitForURL(/\/inventory\/results\/$/);
    expect(await nav.getByRole('link', { name: 'Your results' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Inventory' }).getAttribute('aria-current')).toBeNull();
    expect(await page.getByTestId('overall').textContent()).toBe(FULL_OVERALL);
  });

  test('sends no request to another origin', async () => {
    const context = await site.context();
    const page = await context.newPage();
    const origins = new Set<string>();
    page.on('request', (r) => void origins.add(new URL(r.url()).origin));
    await page.goto(new URL(`${RESULTS}#${FULL_CODE}`, site.url).href);
    await chartDrawn(page);
    expect([...origins]).toEqual([site.origin]);
  });
});
