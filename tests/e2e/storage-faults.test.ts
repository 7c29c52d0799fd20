/**
 * Storage full or turned off, and saved data that cannot be read, as a person meets them in
 * Chromium: an init script makes the `localStorage` getter throw (the browser's "don't let sites
 * save data") or `setItem` throw QuotaExceededError (a full storage). Whatever happens, the person
 * reaches a full report of the answers they just gave and can export it, and a page that shows
 * older saved answers says so.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { encodeShareCode } from '../../src/lib/share-code';
import { loadInstrument } from '../fixtures/instrument';
import { FULL_ANSWERS, FULL_OVERALL } from '../fixtures/results';
import { guardPage, undocumentedStorageKeys } from './guard';
import { axeViolations, useSite } from './harness';
import { chartDrawn } from './chart';
import { DIMENSION_TITLES, takeInventory } from './take-inventory';

const site = useSite();
const instrument = loadInstrument();
const RESULTS = 'inventory/results/';
const OVERALL = {
  3: 'Overall: 3.0 on the 1–12 scale (18 out of 100), Little evidence.',
  9: 'Overall: 9.0 on the 1–12 scale (73 out of 100), Good evidence.',
};

/** "Don't let sites save data": reading `window.localStorage` throws, as Chromium does then. */
async function blockStorage(context: BrowserContext) {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

/** A full storage: everything reads, no write succeeds. */
async function fillStorage(page: Page) {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const notice = (page: Page) => page.locator('[data-notice="storage"]');

async function downloadJson(page: Page): Promise<Record<string, unknown>> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  return JSON.parse(readFileSync((await file.path())!, 'utf8')) as Record<string, unknown>;
}

/** Rate every question `value` again, from the first dimension, and ask for the scores. */
async function answerEverything(page: Page, value: number) {
  await page.goto(new URL(`inventory/#collective-vision`, site.url).href);
  await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
  for (const [step, title] of DIMENSION_TITLES.entries()) {
    await expect.poll(() => page.locator('#step-heading').textContent()).toBe(title);
    const groups = page.locator('fieldset.rating');
    for (let i = 0, n = await groups.count(); i < n; i++)
      await groups.nth(i).locator(`input[value="${value}"]`).check();
    const last = step === DIMENSION_TITLES.length - 1;
    await page.getByRole('button', { name: last ? 'Next: review' : 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: 'See my scores' }).click();
  await expect.poll(() => page.locator('#step-heading').textContent()).toBe('Your scores');
}

describe('with storage turned off', () => {
  test(
    'a finished inventory reaches its full report, which exports those answers and survives a reload',
    { timeout: 120_000 },
    async () => {
      const context = await site.context({ acceptDownloads: true });
      await blockStorage(context);
      const page = await context.newPage();
      const errors = recordErrors(page);
      const guard = await guardPage(page, site.origin);
      await takeInventory(page, new URL('inventory/', site.url).href, 9, 'My own team');
      const code = encodeShareCode(
        instrument,
        Object.fromEntries(instrument.dimensions.flatMap((d) => d.items.map((i) => [i.id, 9]))),
        'team',
      );
      guard.secrets.push(code);

      await page.getByRole('link', { name: 'Full report and exports' }).click();
      await chartDrawn(page);
      expect(new URL(page.url()).hash).toBe(`#unsaved-${code}`);
      expect(await page.getByTestId('overall').textContent()).toBe(OVERALL[9]);
      expect(await page.getByRole('heading', { name: 'No answers yet' }).count()).toBe(0);
      expect(await page.getByTestId('viewing').count()).toBe(0);
      expect(await notice(page).textContent()).toBe(
        'These are the answers you just gave. This browser did not keep them (it is not letting this site keep data), so this page has them only in its address and they are lost when you close it: download them, copy the share code or link, or print them to keep them.',
      );
      expect(await page.getByLabel('Share code', { exact: true }).inputValue()).toBe(code);
      expect(await page.getByTestId('share-link').getAttribute('href')).toBe(`${site.url}${RESULTS}#${code}`);
      expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(true);
      const file = await downloadJson(page);
      expect(file['answers']).toEqual(
        Object.fromEntries(instrument.dimensions.flatMap((d) => d.items.map((i) => [i.id, 9]))),
      );
      expect(file['context']).toEqual({ level: 'team' });
      expect(await axeViolations(page)).toEqual([]);

      await page.reload();
      await chartDrawn(page);
      expect(await page.getByTestId('overall').textContent()).toBe(OVERALL[9]);
      expect(errors).toEqual([]);
      guard.expectClean();
    },
  );

  test('“Make this my own answers” says exactly what happened', async () => {
    const context = await site.context();
    await blockStorage(context);
    const page = await context.newPage();
    const errors = recordErrors(page);
    await page.goto(new URL(`${RESULTS}#${encodeShareCode(instrument, FULL_ANSWERS)}`, site.url).href);
    await chartDrawn(page);
    expect(await notice(page).textContent()).toBe(
      'This browser is not letting this site keep data, so no answers, action plan or history are kept on this device. To see the answers you gave, open “Full report and exports” from the inventory’s scores, in the same visit.',
    );
    await page.getByRole('button', { name: 'Make this my own answers' }).click();
    await page
      .getByRole('dialog', { name: 'Make these answers your own?' })
      .getByRole('button', { name: 'Make this my own answers' })
      .click();
    await page.getByTestId('viewing').waitFor({ state: 'detached' });
    const said =
      'These answers are now your own on this page only: this browser could not store them (it is not letting this site keep data), so they are lost when you close or reload this page, and the answers kept on this device are unchanged. Download them or copy the share code to keep them.';
    await expect.poll(() => notice(page).textContent()).toBe(said);
    expect(await page.getByTestId('status').textContent()).toBe(said);
    expect(await page.getByTestId('import-error').textContent()).toBe('');
    expect(await page.getByTestId('overall').textContent()).toBe(FULL_OVERALL);
    expect(new URL(page.url()).hash).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('with storage full', () => {
  test(
    'changed answers reach the full report; the report without them says its answers are the last saved',
    { timeout: 180_000 },
    async () => {
      const context = await site.context({ acceptDownloads: true });
      const page = await context.newPage();
      const errors = recordErrors(page);
      await takeInventory(page, new URL('inventory/', site.url).href, 3);
      await page.getByRole('link', { name: 'Full report and exports' }).click();
      await expect.poll(() => page.getByTestId('overall').textContent()).toBe(OVERALL[3]);

      await fillStorage(page);
      await answerEverything(page, 9);
      expect(await notice(page).textContent()).toContain(
        'This browser’s storage is full, so your answers will not be kept',
      );
      await page.getByRole('link', { name: 'Full report and exports' }).click();
      await chartDrawn(page);
      expect(await page.getByTestId('overall').textContent()).toBe(OVERALL[9]);
      expect(await notice(page).textContent()).toBe(
        'These are the answers you just gave. This browser did not keep them (its storage is full), so this page has them only in its address and they are lost when you close it: download them, copy the share code or link, or print them to keep them.',
      );
      const file = await downloadJson(page);
      expect(Object.values(file['answers'] as object).every((v) => v === 9)).toBe(true);

      // Opened without them, the report shows the saved (older) answers, and says so.
      await page.goto(new URL(RESULTS, site.url).href);
      await chartDrawn(page);
      expect(await page.getByTestId('overall').textContent()).toBe(OVERALL[3]);
      expect(await notice(page).textContent()).toBe(
        'This browser’s storage is full, so nothing changed now is kept, and the answers here are the ones last saved on this device: answers you gave since then are not among them. To see those, open “Full report and exports” from the inventory’s scores, in the same visit.',
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});

describe('saved data that cannot be read, on the results page', () => {
  test('damaged answers, notes and history are backed up and the page says where', async () => {
    const context = await site.context();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('cli:answers:v1', '{"instrument": {"id": "collective');
        localStorage.setItem('cli:notes:v1', '{"outcome-focus": 7');
        localStorage.setItem('cli:history:v1', '["not", "a", "history"]');
      }
    });
    const page = await context.newPage();
    const errors = recordErrors(page);
    await page.goto(new URL(RESULTS, site.url).href);
    await page.getByRole('heading', { name: 'No answers yet' }).waitFor();
    await expect
      .poll(() => page.locator('[data-notice="restore"]').textContent())
      .toContain(
        'The answers saved on this device could not be read (the saved data is damaged), so none were restored.',
      );
    expect(await page.locator('[data-notice="restore"]').textContent()).toContain(
      'A copy of the saved data as it was has been kept in this browser\'s storage under "cli:answers:v1:backup".',
    );
    // The plan's store (which reads the old notes) loads right after the page: wait for its backup.
    await expect
      .poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('cli:notes:v1:unreadable:'))))
      .toBe(true);
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    const notesBackup = Object.keys(stored).find((k) => k.startsWith('cli:notes:v1:unreadable:'))!;
    const historyBackup = Object.keys(stored).find((k) => k.startsWith('cli:history:v1:unreadable:'))!;
    expect(notesBackup).toMatch(/^cli:notes:v1:unreadable:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(stored[notesBackup]).toBe('{"outcome-focus": 7');
    expect(stored[historyBackup]).toBe('["not", "a", "history"]');
    expect(await page.locator('[data-notice="unreadable:cli:notes:v1"]').textContent()).toBe(
      `Your saved action notes could not be read in full, so what could not be read is left out here. The saved value, as it was, is backed up in this browser’s storage under “${notesBackup}”.`,
    );
    expect(await page.locator('[data-notice="unreadable:cli:history:v1"]').textContent()).toBe(
      `Your saved history of results could not be read in full, so what could not be read is left out here. The saved value, as it was, is backed up in this browser’s storage under “${historyBackup}”.`,
    );
    expect(await undocumentedStorageKeys(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
