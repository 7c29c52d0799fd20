import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { resultToJson } from '../../src/lib/result-file';
import { encodeShareCode } from '../../src/lib/share-code';
import { loadInstrument } from '../fixtures/instrument';
import { ALL_SIXES, FULL_ANSWERS, FULL_OVERALL, FULL_TABLE, SIXES_SINCE_FULL } from '../fixtures/results';
import { axeViolations, useSite } from './harness';

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
const chartDrawn = (page: Page) => page.waitForSelector('.radar[data-chart="ready"] canvas');
const importError = (page: Page) => page.getByTestId('import-error');

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('the results page', () => {
  test('a share link opened in a fresh browser shows the exact scores, chart and table', async () => {
    const page = await site.open(`${RESULTS}#${FULL_CODE}`);
    await chartDrawn(page);
    expect(await page.getByTestId('overall').textContent()).toBe(FULL_OVERALL);
    expect(await tableRows(page)).toEqual(FULL_TABLE);
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
    await page.getByRole('button', { name: 'Back to my own result' }).click();
    await expect.poll(() => shownWith('Showing your own result.')).toEqual(['Showing your own result.']);
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
      formatVersion: 1,
      instrument: { id: instrument.id, version: instrument.version },
      context: { level: 'organisation' },
      answers: FULL_ANSWERS,
      notes: {},
    });

    const csv = await download(page, 'Download CSV');
    expect(csv.name).toBe(`collective-leadership-result-${today}.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('type,dimension_id,dimension,item_id,question,answer,mean,score_0_100,band,note');
    expect(lines).toContain(
      'question,outcome-focus,Outcome Focus,key-outcomes,What are the key outcomes that the partnership is aimed at achieving?,3,,,,',
    );
    expect(lines).toContain(
      'dimension,multiple-level-leadership,Multiple Level Leadership,,,,11.67,97.0,Strong evidence,',
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

  test('a file with <script> in a note shows it as text', async () => {
    const page = await site.open(RESULTS);
    const note = '<script>window.injected = 1</script><img src=x onerror="window.injected = 2">';
    const path = join(tmp, 'note.json');
    writeFileSync(
      path,
      JSON.stringify(
        resultToJson(instrument, { instrument, context: {}, answers: FULL_ANSWERS, notes: { 'outcome-focus': note } }),
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
        ...resultToJson(instrument, { instrument, context: {}, answers: {}, notes: {} }),
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

  test('an action note is kept after a reload and goes into the exported JSON', async () => {
    const page = await site.open(`${RESULTS}#${FULL_CODE}`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Make this my own answers' }).click();
    await page.getByTestId('viewing').waitFor({ state: 'detached' });
    const note = page.getByLabel('Do you have your action mapped out? Your actions for Outcome Focus');
    await note.fill('Agree three outcomes with partners by March');
    await page.reload();
    await chartDrawn(page);
    expect(await note.inputValue()).toBe('Agree three outcomes with partners by March');
    expect(await tableRows(page)).toEqual(FULL_TABLE);
    const json = await download(page, 'Download JSON');
    expect(JSON.parse(json.bytes.toString('utf8')).notes).toEqual({
      'outcome-focus': 'Agree three outcomes with partners by March',
    });
    expect(await axeViolations(page)).toEqual([]);
  });

  test('printed, shows every section and the notes as text, without buttons or fields', async () => {
    const page = await site.open(`${RESULTS}#${FULL_CODE}`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Make this my own answers' }).click();
    await page
      .getByLabel('Do you have your action mapped out? Your actions for Outcome Focus')
      .fill('Review outcomes quarterly');
    await chartDrawn(page);
    await page.emulateMedia({ media: 'print' });
    for (const name of ['Summary', 'Scores by dimension', 'Strengths', 'Development areas', 'Your action plan']) {
      expect(await page.getByRole('heading', { name, exact: true }).isVisible(), name).toBe(true);
    }
    expect(await page.locator('#scores-table').isVisible()).toBe(true);
    expect(await page.locator('.radar canvas').isVisible()).toBe(true);
    expect(await page.getByText('Review outcomes quarterly', { exact: true }).isVisible()).toBe(true);
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
    await expect.poll(() => page.getByTestId('status').textContent()).toMatch(/^Saved this result/);

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
    expect(await page.evaluate(() => document.querySelectorAll('.radar canvas').length)).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect.poll(() => page.locator('.history-list li').count()).toBe(2);
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page
      .locator('.history-list li')
      .nth(0)
      .getByRole('button', { name: /^Delete/ })
      .click();
    expect(await page.locator('.history-list li').count()).toBe(2);
    page.once('dialog', (dialog) => void dialog.accept());
    await page
      .locator('.history-list li')
      .nth(0)
      .getByRole('button', { name: /^Delete/ })
      .click();
    await expect.poll(() => page.locator('.history-list li').count()).toBe(1);
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('cli:history:v1') ?? '{}') as Record<string, { answers: object }[]>,
    );
    expect(stored[instrument.version]!.map((e) => e.answers)).toEqual([FULL_ANSWERS]);
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
