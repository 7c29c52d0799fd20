import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadInstrument } from '../fixtures/instrument';
import { mistype, otherVersionFile, PEOPLE, resultFile, shareCode } from '../fixtures/team';
import { undocumentedStorageKeys } from './guard';
import { axeViolations, useSite } from './harness';
import { figureRows, reportSettled } from './team-page';

const site = useSite();
const instrument = loadInstrument();
const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

const codeC = shareCode(instrument, PEOPLE.c, 'team');
const codeD = shareCode(instrument, PEOPLE.d, 'partnership');

/** Add files A and B (team), a malformed file, a copy of A and a file of another version. */
async function addFiles(page: Page) {
  await page
    .getByLabel('Result files (choose several at once, or drop them here)')
    .setInputFiles([
      json('a.json', resultFile(instrument, PEOPLE.a, 'team')),
      json('b.json', resultFile(instrument, PEOPLE.b, 'team')),
      json('broken.json', '{"format": "collective-leadership-result", '),
      json('a-again.json', resultFile(instrument, PEOPLE.a, 'team')),
      json('old-version.json', otherVersionFile(instrument, PEOPLE.c)),
      json('workshop.json', '{"format": "collective-leadership-workshop", "formatVersion": 1}'),
    ]);
  await expect.poll(() => summary(page)).toBe('2 added, 1 duplicate, 1 from another version (kept apart), 2 refused');
}

/** Paste C's code, a mistyped code, D's share link and B's code again (already added as a file). */
async function addCodes(page: Page) {
  await page
    .getByLabel('Paste codes or links, or any text with them in it')
    .fill(
      [
        codeC,
        mistype(codeC),
        '',
        `http://example.org/inventory/results/#${codeD}`,
        shareCode(instrument, PEOPLE.b, 'team'),
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect.poll(() => summary(page)).toBe('Found 4 codes: 2 added, 1 duplicate, 1 refused');
}
const short = (code: string) => `${code.slice(0, 13)}…`;

/** Open the page and wait until the island is hydrated and has read the saved collection. */
async function openTeam(options?: Parameters<typeof site.open>[1]) {
  const page = await site.open('team/', options);
  await ready(page);
  return page;
}
/** The page is ready: files can be added, and the figures' part (loaded right after the page) is there. */
const ready = async (page: Page) => {
  await page.locator('#team-files:not([disabled])').waitFor();
  await page.locator('.team-profile').waitFor();
};

const summary = (page: Page) => page.locator('.team-summary').textContent();
const listItems = (page: Page, heading: string) =>
  page
    .getByRole('list', { name: new RegExp(`^${heading}`) })
    .getByRole('listitem')
    .allTextContents();
const collectionHeading = (page: Page) => page.locator('#collection-heading').textContent();

/**
 * The layout shifts Chromium recorded on `page` since it opened (as Cumulative Layout Shift counts
 * them: not those right after an input), once its workshop tools and count have arrived.
 */
async function layoutShifts(page: Page): Promise<number[]> {
  await page.getByRole('button', { name: 'New workshop' }).waitFor();
  await page.locator('.team-threshold').waitFor();
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const shifts: number[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
        // Two frames later every shift so far has been delivered.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(shifts)));
      }),
  );
}

describe('the collective profile page', () => {
  test.each([
    { width: 412, height: 823 },
    { width: 1350, height: 940 },
  ])('nothing moves while its tools arrive ($width px): no layout shift', async (viewport) => {
    const page = await site.open('team/', { viewport });
    expect(await layoutShifts(page)).toEqual([]);
    // Shown, not left hidden: the gathering section is on screen.
    expect(await page.getByRole('heading', { name: 'Bring results together' }).isVisible()).toBe(true);
  });

  test('a mix of files, codes and a link: right counts, messages and exact group figures', async () => {
    const page = await openTeam();
    expect(await page.locator('.team-needed').textContent()).toContain(
      'Add 3 more results to see the group’s figures.',
    );
    await addFiles(page);
    expect(await listItems(page, 'Refused')).toEqual([
      'broken.json: This is not a result file: it is not valid JSON.',
      'workshop.json: This is a workshop file, not a result file. Open it on the collective page with “Open a workshop file (from another device)”.',
    ]);
    expect(await listItems(page, 'Duplicates')).toEqual([
      'a-again.json: Not counted twice: the same answers and level as a.json.',
    ]);
    const other = await listItems(page, 'From another version');
    expect(other).toHaveLength(1);
    expect(other[0]).toMatch(
      /^old-version\.json: Kept apart, not counted: This result was made with another version of the inventory \(deadbeef;/,
    );
    expect(
      await page.getByRole('heading', { name: /From another version of the inventory \(deadbeef\)/ }).count(),
    ).toBe(1);
    // Two results: below the threshold of 3, so no figures and the number still needed.
    await expect.poll(() => collectionHeading(page)).toBe('Your collection: 2 results');
    expect(await page.locator('.team-needed').textContent()).toContain('Add 1 more result to see the group’s figures.');
    expect(await page.locator('.team-table').count()).toBe(0);
    expect(await page.locator('canvas').count()).toBe(0);

    await addCodes(page);
    expect(await listItems(page, 'Refused')).toEqual([
      `Code 2 (${short(codeC)}): This looks like a share code but does not check out: a character is probably mistyped or missing.`,
    ]);
    expect(await listItems(page, 'Duplicates')).toEqual([
      `Code 4 (${short(shareCode(instrument, PEOPLE.b, 'team'))}): Not counted twice: a result with the same answers and level is already in the collection.`,
    ]);
    expect(await listItems(page, 'Added')).toEqual([
      `Code 1 (${short(codeC)}): added.`,
      `Code 3 (${short(codeD)}): added.`,
    ]);
    // A code was refused, so the pasted text stays as it was, for it to be corrected.
    expect(await page.getByLabel('Paste codes or links, or any text with them in it').inputValue()).toContain(
      mistype(codeC),
    );
    await expect.poll(() => collectionHeading(page)).toBe('Your collection: 4 results');

    // A, B, C, D: means 5, 6, 9, 6, 2, 7, 7 (worked out in tests/unit/aggregate.test.ts), overall 6.
    // One decimal, whole percents; four results: lowest and highest withheld.
    const w = 'withheld';
    expect(await figureRows(page)).toEqual([
      ['Dimension', 'Results', 'Group mean', 'Lowest', 'Highest', 'SD', 'Agreement'],
      ['Collective Vision', '4', '5.0 (36%)', w, w, '2.2', 'Views differ widely'],
      ['Outcome Focus', '4', '6.0 (45%)', w, w, '0.0', 'High agreement'],
      ['Multiple Level Leadership', '4', '9.0 (73%)', w, w, '2.2', 'Views differ widely'],
      ['Partnership Working', '4', '6.0 (45%)', w, w, '2.7', 'Views differ widely'],
      ['Action Oriented and Adaptive', '4', '2.0 (9%)', w, w, '0.0', 'High agreement'],
      ['Systems and Structures', '4', '7.0 (55%)', w, w, '2.5', 'Views differ widely'],
      ['Skills and Behaviours', '4', '7.0 (55%)', w, w, '0.0', 'High agreement'],
      ['Overall', '4', '6.0 (45%)', w, w, '1.1', 'Some disagreement'],
    ]);
    // The highlights and where views differ follow the figures, in a task of their own.
    await page.locator('.team-discuss').first().waitFor();
    expect(await page.locator('[aria-labelledby=strengths-heading] li').allTextContents()).toEqual([
      'Multiple Level Leadership: group mean 9.0 (73%)',
      'Systems and Structures: group mean 7.0 (55%)',
    ]);
    expect(await page.locator('[aria-labelledby=development-heading] li').allTextContents()).toEqual([
      'Action Oriented and Adaptive: group mean 2.0 (9%)',
      'Collective Vision: group mean 5.0 (36%)',
    ]);
    const differ = page.locator('.team-discuss');
    expect(await differ.locator('h4').allTextContents()).toEqual(['Partnership Working', 'Systems and Structures']);
    expect(await differ.first().locator('li').count()).toBe(4);
    expect(await differ.first().getByRole('link').getAttribute('href')).toBe('/framework/#partnership-working');
    // The radar is drawn (Chart.js loaded on demand) once figures are shown and it comes into view.
    await page.locator('canvas').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('canvas').getAttribute('data-drawn')).toBe('4');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('filtering by level applies the anonymity rule to the filtered set', async () => {
    const page = await openTeam();
    await addFiles(page);
    await addCodes(page);
    const select = page.getByLabel('Show results for');
    expect(await select.locator('option').allTextContents()).toEqual([
      'All levels (4)',
      'My own team (3)',
      'My own organisation (0)',
      'The wider partnership (1)',
      'Level not stated (0)',
    ]);
    await select.selectOption('team');
    // D alone at partnership level: the whole group minus the team view would be D's scores.
    await expect
      .poll(() => page.locator('.team-needed').textContent())
      .toBe(
        'Figures by level are withheld while a level has only 1 result: comparing the levels with the whole group could reveal that person’s scores. They appear when every level has none or at least 3 results.',
      );
    expect(await page.locator('.team-table').count()).toBe(0);
    // Two more at partnership level (A and B, there at team level too) make both groups big enough.
    await page
      .getByLabel('Paste codes or links, or any text with them in it')
      .fill(
        [shareCode(instrument, PEOPLE.a, 'partnership'), shareCode(instrument, PEOPLE.b, 'partnership')].join('\n'),
      );
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => summary(page)).toBe('Found 2 codes: 2 added');
    // A, B, C: means 6, 6, 10, 7, 2, 8, 7.
    await expect
      .poll(async () => (await figureRows(page)).slice(1, 8).map((r) => r[2]))
      .toEqual(['6.0 (45%)', '6.0 (45%)', '10.0 (82%)', '7.0 (55%)', '2.0 (9%)', '8.0 (64%)', '7.0 (55%)']);
    expect(await page.locator('.team-count').textContent()).toBe('3 results for my own team.');
    // A reload keeps the level chosen, and its figures with it.
    await page.reload();
    await expect.poll(() => page.locator('.team-count').textContent()).toBe('3 results for my own team.');
    expect(await select.inputValue()).toBe('team');
    expect(await page.evaluate(() => localStorage.getItem('cli:level-filter:v1'))).toBe('team');
    expect(await undocumentedStorageKeys(page)).toEqual([]);
    expect((await figureRows(page)).slice(1, 8).map((r) => r[2])).toEqual([
      '6.0 (45%)',
      '6.0 (45%)',
      '10.0 (82%)',
      '7.0 (55%)',
      '2.0 (9%)',
      '8.0 (64%)',
      '7.0 (55%)',
    ]);
    await select.selectOption('organisation');
    await expect
      .poll(() => page.locator('.team-needed').textContent())
      .toContain('Add 3 more results at this level to see the group’s figures.');
    expect(await page.locator('.team-table').count()).toBe(0);
    expect(await page.locator('.team-exports').count()).toBe(0);
  });

  test('a long import lists 100 of a kind, shows all when asked (by keyboard), and the next import starts short', async () => {
    const page = await openTeam();
    // 120 different results: the first two dimensions' means run through 12 × 10 pairs.
    const codes = Array.from({ length: 120 }, (_, i) =>
      shareCode(instrument, [1 + (i % 12), 1 + Math.floor(i / 12), 5, 5, 5, 5, 5], 'team'),
    );
    const paste = page.getByLabel('Paste codes or links, or any text with them in it');
    await paste.fill(codes.join('\n'));
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => summary(page)).toBe('Found 120 codes: 120 added');
    const added = page.getByRole('list', { name: /^Added/ }).getByRole('listitem');
    expect(await added.count()).toBe(100);
    expect(await page.getByText('…and 20 more.', { exact: false }).count()).toBe(1);
    await page.getByRole('button', { name: 'Show all 120 (Added)' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => added.count()).toBe(120);
    expect(await added.nth(119).textContent()).toBe(`Code 120 (${short(codes[119]!)}): added.`);
    // The button is gone: focus is on the first entry it showed, not lost.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      `Code 101 (${short(codes[100]!)}): added.`,
    );
    expect(await page.getByRole('button', { name: /^Show all/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    const more = Array.from({ length: 105 }, (_, i) =>
      shareCode(instrument, [5, 5, 1 + (i % 12), 1 + Math.floor(i / 12), 5, 5, 5]),
    );
    await paste.fill(more.join('\n'));
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => summary(page)).toBe('Found 105 codes: 105 added');
    expect(await added.count()).toBe(100);
    expect(await page.getByRole('button', { name: 'Show all 105 (Added)' }).count()).toBe(1);
  });

  test('the collection survives a reload; one result can be removed; clearing asks first', async () => {
    const page = await openTeam();
    await addFiles(page);
    await addCodes(page);
    await page.reload();
    await ready(page);
    await expect.poll(() => collectionHeading(page)).toBe('Your collection: 4 results');
    await expect.poll(() => page.locator('table:has(#team-table-caption)').count()).toBe(1);
    // Kept as the first workshop's collection.
    const stored = await page.evaluate(() =>
      Object.entries(localStorage)
        .filter(([k]) => /^cli:workshop:v1:[0-9A-Z]{8}$/.test(k))
        .map(([, v]) => v),
    );
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0]!)).toEqual([
      shareCode(instrument, PEOPLE.a, 'team'),
      shareCode(instrument, PEOPLE.b, 'team'),
      codeC,
      codeD,
    ]);
    // The list loads when first opened.
    await page.getByText('Show the results to remove one').click();
    const entries = page.locator('.team-results li span');
    await entries.first().waitFor();
    const listed = [
      'Result 1 · My own team',
      'Result 2 · My own team',
      'Result 3 · My own team',
      'Result 4 · The wider partnership',
    ];
    expect(await entries.allTextContents()).toEqual(listed);
    // A slip can be undone: the result goes back in its place, and is kept again.
    await page.getByRole('button', { name: 'Remove result 2' }).click();
    await expect.poll(() => collectionHeading(page)).toBe('Your collection: 3 results');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('collection-heading');
    expect(await page.locator('.team-removed [role="status"]').textContent()).toBe('Result 2 removed.');
    await page.getByRole('button', { name: 'Undo: put result 2 back' }).click();
    await expect.poll(() => collectionHeading(page)).toBe('Your collection: 4 results');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('collection-heading');
    expect(await entries.allTextContents()).toEqual(listed);
    const kept = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key)!) as string[],
      await page.evaluate(() => Object.keys(localStorage).find((k) => /^cli:workshop:v1:[0-9A-Z]{8}$/.test(k))!),
    );
    expect(kept).toEqual([
      shareCode(instrument, PEOPLE.a, 'team'),
      shareCode(instrument, PEOPLE.b, 'team'),
      codeC,
      codeD,
    ]);
    expect(await page.getByRole('button', { name: /^Undo/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Remove result 4' }).click();
    await expect.poll(() => collectionHeading(page)).toBe('Your collection: 3 results');
    // The site's one confirmation dialog asks first; Cancel has the focus, so Enter alone loses nothing.
    await page.getByRole('button', { name: 'Clear the collection' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear the collection?' });
    expect(await dialog.locator('p').textContent()).toBe(
      'All 3 results are removed from this browser. This cannot be undone.',
    );
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => collectionHeading(page)).toBe('Your collection: 3 results');
    await page.getByRole('button', { name: 'Clear the collection' }).click();
    await dialog.getByRole('button', { name: 'Clear the collection' }).click();
    await expect.poll(() => collectionHeading(page)).toBe('Your collection: 0 results');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('collection-heading');
    await page.reload();
    await ready(page);
    await expect.poll(() => page.locator('.team-needed').textContent()).toContain('Add 3 more results');
    await expect.poll(() => collectionHeading(page)).toBe('Your collection: 0 results');
  });

  test('downloads the group summary as JSON and CSV, with group figures only', async () => {
    const page = await openTeam();
    await addFiles(page);
    await addCodes(page);
    await reportSettled(page);
    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the group summary (JSON)' }).click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toBe('collective-profile-all.json');
    const summaryJson = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as Record<string, unknown>;
    expect(summaryJson).toMatchObject({
      format: 'collective-leadership-group',
      version: 2,
      instrument: { id: instrument.id, version: instrument.version },
      levelFilter: 'all',
      n: 4,
      sd: 'population',
      overall: { n: 4, mean: 6 },
    });
    expect((summaryJson['dimensions'] as { mean: number }[]).map((d) => d.mean)).toEqual([5, 6, 9, 6, 2, 7, 7]);
    expect(JSON.stringify(summaryJson)).not.toContain('answers');

    // Two more at partnership level, so that no level group is small enough to be given away.
    await page
      .getByLabel('Paste codes or links, or any text with them in it')
      .fill(
        [shareCode(instrument, PEOPLE.a, 'partnership'), shareCode(instrument, PEOPLE.b, 'partnership')].join('\n'),
      );
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => summary(page)).toBe('Found 2 codes: 2 added');
    await page.getByLabel('Show results for').selectOption('team');
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the figures (CSV)' }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe('collective-profile-team.csv');
    const csv = readFileSync((await csvDownload.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    const ratings = Array.from({ length: 12 }, (_, i) => `rating_${i + 1}`).join(',');
    expect(lines[0]).toBe(
      `type,dimension_id,dimension,item_id,wording,framework_question,n,rated,cant_judge,unanswered,mean,percent,lowest,highest,sd,agreement,${ratings}`,
    );
    // Team (A, B, C), Collective Vision: 4, 6, 8 → mean 6, percent 5/11 = 45.5, SD √(8/3) = 1.6;
    // three results: no lowest or highest.
    expect(lines[1]).toBe(`dimension,collective-vision,Collective Vision,,,,3,,,,6,45.5,,,1.6,some,${','.repeat(11)}`);
    // Team overall: 42/7, 44/7, 52/7 → mean 138/21 = 6.57 → 6.6, percent 50.6.
    expect(lines[8]).toMatch(/^overall,,Overall,,,,3,,,,6\.6,50\.6,,,/);
    // Header, 7 dimensions, overall, 27 questions, final line end.
    expect(lines).toHaveLength(37);
  });

  test('is axe-clean when empty and below the threshold, and fits 320 px without sideways scrolling', async () => {
    const page = await openTeam({ viewport: { width: 320, height: 800 } });
    await expect.poll(() => page.locator('.team-needed').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Paste codes or links, or any text with them in it').fill(codeC);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => summary(page)).toBe('Found 1 code: 1 added');
    await expect.poll(() => page.getByLabel('Paste codes or links, or any text with them in it').inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await addFiles(page);
    await page.locator('canvas').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('canvas').getAttribute('data-drawn')).toBe('3');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('corrupted saved data: keeps what is valid, says what was dropped, backs up the old value', async () => {
    const context = await site.context();
    const a = shareCode(instrument, PEOPLE.a, 'team');
    const bad = JSON.stringify([a, 'CL1-NOTACODE', 7, codeC]);
    await context.addInitScript((value) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem('cli:collection:v1', value);
        sessionStorage.setItem('seeded', '1');
      }
    }, bad);
    const page = await context.newPage();
    await page.goto(new URL('team/', site.url).href);
    await ready(page);
    await expect.poll(() => collectionHeading(page)).toBe('Your collection: 2 results');
    // The saved collection became the first workshop, then its unreadable entries were backed up.
    const notice = await page.locator('.team-collection .team-notice').first().textContent();
    expect(notice).toMatch(
      /^2 saved entries could not be read and were left out; the rest are here\. The saved value is backed up in this browser under “cli:workshop:v1:[0-9A-Z]{8}:unreadable:/,
    );
    const storage = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    expect(storage['cli:collection:v1']).toBeUndefined();
    const key = Object.keys(storage).find((k) => /^cli:workshop:v1:[0-9A-Z]{8}$/.test(k))!;
    expect(JSON.parse(storage[key]!)).toEqual([a, codeC]);
    const backups = Object.keys(storage).filter((k) => k.startsWith(`${key}:unreadable:`));
    expect(backups.map((k) => storage[k])).toEqual([bad]);
  });

  test('storage turned off: the page works and says the collection will not be kept', async () => {
    const context = await site.context();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(new URL('team/', site.url).href);
    await ready(page);
    await addFiles(page);
    await expect.poll(() => collectionHeading(page)).toBe('Your collection: 2 results');
    expect(await page.locator('.team-collection .team-notice').first().textContent()).toMatch(
      /will not be kept after you leave the page/,
    );
    expect(errors).toEqual([]);
  });

  test('storage full: adding still works, and the page says it will not be kept', async () => {
    const context = await site.context();
    await context.addInitScript(() => {
      // Fill this origin's storage to the last character, as a full quota would be.
      if (localStorage.length > 0) return;
      let i = 0;
      for (const size of [1 << 20, 1 << 16, 1 << 10, 16, 1]) {
        try {
          for (;;) localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
        } catch {
          // full at this size: go on with smaller pieces
        }
      }
    });
    const page = await context.newPage();
    await page.goto(new URL('team/', site.url).href);
    await ready(page);
    await addFiles(page);
    await expect.poll(() => collectionHeading(page)).toBe('Your collection: 2 results');
    expect(await page.locator('.team-collection .team-notice').first().textContent()).toMatch(
      /storage is full or turned off/,
    );
  });
});
