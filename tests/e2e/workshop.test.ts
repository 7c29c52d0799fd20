/**
 * The facilitator's loop on the collective page: create a workshop, copy its invitation link,
 * gather results from a chat-like text (a stray from another workshop flagged), and move the
 * workshop to a second browser through its file, with the same figures.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { encodeShareCode } from '../../src/lib/share-code';
import { decodeInvitation } from '../../src/lib/workshop';
import { loadInstrument } from '../fixtures/instrument';
import { PEOPLE, uniformAnswers } from '../fixtures/team';
import { guardPage, undocumentedStorageKeys } from './guard';
import { axeViolations, useSite } from './harness';
import { figureRows, reportSettled } from './team-page';

const site = useSite();
const instrument = loadInstrument();
const code = (means: readonly number[], tag?: string) =>
  encodeShareCode(instrument, uniformAnswers(instrument, means), 'team', tag);

const workshopStatus = (page: Page) => page.locator('.team-workshop-status').textContent();
const summary = (page: Page) => page.locator('.team-summary').textContent();
const threshold = (page: Page) => page.locator('.team-threshold').textContent();

/** Choose a workshop file in "Open a workshop file", as the facilitator does. */
const openWorkshopFile = (page: Page, name: string, text: string) =>
  page
    .getByLabel('Open a workshop file (from another device)')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

async function openTeam(page: Page) {
  await page.goto(new URL('team/', site.url).href);
  await page.getByRole('heading', { name: 'Workshop: My workshop' }).waitFor();
  await page.locator('#team-files:not([disabled])').waitFor();
}

describe('a facilitator’s workshop', () => {
  test('create → copy the invitation → paste a chat → a stray flagged → file → same figures in a second browser', async () => {
    const context = await site.context({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const guard = await guardPage(page, site.origin);
    await openTeam(page);

    await page.getByRole('button', { name: 'New workshop' }).click();
    await page.getByLabel('Workshop name').fill('Northshire Partnership, March 2027');
    await page.getByLabel('A team').check();
    await page.getByLabel('Return email address (optional)').fill('facilitator@northshire.example');
    await page.getByLabel('Short message to participants (optional)').fill('Please answer before Thursday.');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await expect
      .poll(() => workshopStatus(page))
      .toBe('Workshop “Northshire Partnership, March 2027” created and opened.');

    await page.getByRole('button', { name: 'Copy the link' }).click();
    await expect.poll(() => page.locator('.team-copy-status').textContent()).toBe('Link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await page.getByLabel('Invitation link').inputValue());
    expect(link.startsWith(`${site.url}inventory/#CLW1-`)).toBe(true);
    const invitation = decodeInvitation(link);
    if (!invitation.ok) throw new Error(invitation.message);
    expect(invitation.value).toEqual({
      tag: invitation.value.tag,
      name: 'Northshire Partnership, March 2027',
      level: 'team',
      email: 'facilitator@northshire.example',
      message: 'Please answer before Thursday.',
    });
    const tag = invitation.value.tag;

    // The QR code is drawn only when asked for.
    expect(await page.locator('svg.invitation-qr').count()).toBe(0);
    await page.getByRole('button', { name: 'Show the QR code' }).click();
    await expect.poll(() => page.locator('svg.invitation-qr').getAttribute('data-modules')).toMatch(/^\d+$/);

    const other = tag === 'AAAA' ? 'BBBB' : 'AAAA';
    const a = code(PEOPLE.a, tag);
    const b = code(PEOPLE.b, tag);
    const c = code(PEOPLE.c);
    const stray = code(PEOPLE.d, other);
    const chat = [
      '[09:58] Facilitator: please paste your result code here when you are done, thanks!',
      `[10:02] Ann: here it is ${a}`,
      `[10:03] Bob: mine: <${site.url}inventory/results/#${b}> (took 12 minutes)`,
      `[10:04] Cyd: ${c}.`,
      `[10:05] Dee: I used the link from last month's session: ${stray}`,
      `[10:06] Ann: oops, again: ${a}`,
      '[10:07] Bob: see https://example.org/agenda for Thursday',
    ].join('\n');
    await page.getByLabel('Paste codes or links, or any text with them in it').fill(chat);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => summary(page))
      .toBe('Found 5 codes: 3 added, 1 duplicate, 1 from another workshop (keep or skip)');
    const strays = page.getByRole('group', { name: `1 result was made for another workshop (${other})` });
    expect(await strays.count()).toBe(1);
    expect(await page.getByRole('list', { name: /^From another workshop/ }).textContent()).toBe(
      `Code 4 (${stray.slice(0, 13)}…): Made for another workshop (tag ${other}; this workshop’s is ${tag}): keep it or skip it.`,
    );
    expect(await threshold(page)).toBe('3 results: figures shown from 3');
    expect(await axeViolations(page)).toEqual([]);
    // Leaving the page while a result is held back: the browser asks first, and staying keeps it.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.evaluate(() => location.reload());
    expect(await Promise.race([asked, page.waitForTimeout(5_000).then(() => 'no dialog')])).toBe('beforeunload');
    expect(await strays.count()).toBe(1);
    await strays.getByRole('button', { name: 'Skip it' }).click();
    await expect.poll(() => summary(page)).toBe('1 from another workshop skipped: not added.');
    expect(await threshold(page)).toBe('3 results: figures shown from 3');
    // A, B and C: dimension means 6, 6, 10, 7, 2, 8, 7 (each person rates a dimension uniformly).
    await expect
      .poll(async () => (await figureRows(page)).slice(1, 8).map((r) => r[2]))
      .toEqual(['6.0 (45%)', '6.0 (45%)', '10.0 (82%)', '7.0 (55%)', '2.0 (9%)', '8.0 (64%)', '7.0 (55%)']);
    const figures = await figureRows(page);
    // The workshop's group plan goes into its file too.
    await page.getByRole('button', { name: 'Add an action for Partnership Working' }).click();
    const form = page.getByRole('group', { name: 'Add an action for Partnership Working' });
    await form.getByLabel('What').fill('Joint budget workshop');
    await form.getByRole('button', { name: 'Add the action' }).click();
    await expect
      .poll(() => page.getByTestId('group-plan-partnership-working-status').textContent())
      .toBe('Added “Joint budget workshop” to Partnership Working.');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the workshop file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^workshop-northshire-partnership-march-2027-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const file = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(file)).toMatchObject({
      format: 'collective-leadership-workshop',
      formatVersion: 1,
      workshop: invitation.value,
      results: [a, b, c],
      keptApart: [],
      plan: {
        'partnership-working': [
          { id: expect.stringMatching(/^[a-z0-9]{10}$/), what: 'Joint budget workshop', status: 'not-started' },
        ],
      },
    });
    // Opened again on this device: merged into the workshop it came from, not a second copy.
    await openWorkshopFile(page, download.suggestedFilename(), file);
    await expect
      .poll(() => workshopStatus(page))
      .toBe(
        'Workshop “Northshire Partnership, March 2027” was already on this device: its file is merged in, with 0 new results.',
      );
    expect(await page.getByLabel('Your workshops on this device').locator('option').allTextContents()).toEqual([
      'My workshop',
      'Northshire Partnership, March 2027',
    ]);
    expect(await threshold(page)).toBe('3 results: figures shown from 3');

    // The group's summary and its print-out name the workshop they are of. (The profile is drawn
    // again, part by part, once the merged file's results are read.)
    await reportSettled(page);
    const [summaryDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the group summary (JSON)' }).click(),
    ]);
    expect(summaryDownload.suggestedFilename()).toBe('collective-profile-northshire-partnership-march-2027-all.json');
    expect(JSON.parse(readFileSync((await summaryDownload.path())!, 'utf8'))).toMatchObject({
      workshop: 'Northshire Partnership, March 2027',
      n: 3,
    });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.team-report-title').textContent()).toBe('Northshire Partnership, March 2027');
    await page.emulateMedia({ media: 'screen' });
    // While it prints, the page's title (the name a saved PDF takes) is the workshop's too.
    const screenTitle = await page.title();
    expect(
      await page.evaluate(() => {
        window.dispatchEvent(new Event('beforeprint'));
        const printing = document.title;
        window.dispatchEvent(new Event('afterprint'));
        return printing;
      }),
    ).toBe('Northshire Partnership, March 2027');
    expect(await page.title()).toBe(screenTitle);
    guard.secrets.push(a, b, c);
    guard.expectClean();
    expect(await undocumentedStorageKeys(page)).toEqual([]);

    // A second browser: nothing shared but the file.
    const second = await (await site.context()).newPage();
    const guard2 = await guardPage(second, site.origin);
    await openTeam(second);
    await openWorkshopFile(second, download.suggestedFilename(), file);
    await expect
      .poll(() => workshopStatus(second))
      .toBe('Workshop “Northshire Partnership, March 2027” opened from its file, with 3 results.');
    expect(await second.getByLabel('Invitation link').inputValue()).toBe(link);
    await expect.poll(() => figureRows(second)).toEqual(figures);
    expect(await threshold(second)).toBe('3 results: figures shown from 3');
    const planned = second.locator('[data-testid="group-plan-section"] .plan-what');
    await planned.first().waitFor();
    expect(await planned.allTextContents()).toEqual(['Joint budget workshop']);
    // A damaged file is refused with the reason, and the open workshop stays as it was.
    await openWorkshopFile(second, 'damaged.json', file.replace('"formatVersion": 1', '"formatVersion": 2'));
    await expect
      .poll(() => workshopStatus(second))
      .toBe('damaged.json was not opened: This workshop file has format version 2; this site reads version 1.');
    expect(await figureRows(second)).toEqual(figures);
    guard2.secrets.push(a, b, c);
    guard2.expectClean();
    expect(await undocumentedStorageKeys(second)).toEqual([]);
    // Two browsers, a download and an axe run: longer than one page's flow on a shared machine.
  }, 240_000);

  test('a result held back as another workshop’s joins that workshop when the facilitator opens it', async () => {
    const page = await (await site.context()).newPage();
    await openTeam(page);
    const tagShown = () => page.locator('.team-workshop-facts code').textContent();
    await page.getByRole('button', { name: 'New workshop' }).click();
    await page.getByLabel('Workshop name').fill('Southdale');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await expect.poll(() => workshopStatus(page)).toBe('Workshop “Southdale” created and opened.');
    const south = (await tagShown())!;
    const open = async (name: string) => {
      await page.getByLabel('Your workshops on this device').selectOption({ label: name });
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await expect.poll(() => workshopStatus(page)).toBe(`Opened “${name}”.`);
    };
    await open('My workshop');
    const forSouth = code(PEOPLE.a, south);
    await page.getByLabel('Paste codes or links, or any text with them in it').fill(forSouth);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const strays = page.getByRole('group', { name: `1 result was made for another workshop (${south})` });
    await strays.waitFor();
    // Opened without keeping or skipping it: it joins the workshop it was made for.
    await open('Southdale');
    await expect.poll(() => summary(page)).toBe('1 result held back was made for this workshop: added.');
    expect(await strays.count()).toBe(0);
    expect(await page.locator('#collection-heading').textContent()).toBe('Your collection: 1 result');
    await page.reload();
    await page.getByRole('heading', { name: 'Workshop: Southdale' }).waitFor();
    await expect.poll(() => page.locator('#collection-heading').textContent()).toBe('Your collection: 1 result');
  });

  test('the collection kept before workshops becomes the first workshop after an update, nothing lost', async () => {
    const context = await site.context();
    const a = code(PEOPLE.a);
    const b = code(PEOPLE.b);
    await context.addInitScript(
      (value) => {
        if (sessionStorage.getItem('seeded') === null) {
          localStorage.setItem('cli:collection:v1', value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      JSON.stringify([a, b]),
    );
    const page = await context.newPage();
    await page.goto(new URL('team/', site.url).href);
    await page.getByRole('heading', { name: 'Workshop: Results gathered before workshops' }).waitFor();
    await expect.poll(() => threshold(page)).toBe('2 results: figures shown from 3');
    expect(await page.locator('.team-workshops .team-notice').textContent()).toBe(
      'Your collection is now a workshop, “Results gathered before workshops”, with every result it held. Rename it, or create another workshop for your next group.',
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Workshop: Results gathered before workshops' }).waitFor();
    await expect.poll(() => threshold(page)).toBe('2 results: figures shown from 3');
    expect(await page.evaluate(() => localStorage.getItem('cli:collection:v1'))).toBeNull();
    expect(await undocumentedStorageKeys(page)).toEqual([]);
  });

  test('the first workshop’s invitation, once copied, keeps its tag across reloads: returned results are this workshop’s', async () => {
    const context = await site.context({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await openTeam(page);
    const link = () => page.locator('#invite-link').inputValue();
    // Looked at, not used: nothing is written yet.
    expect(await page.evaluate(() => localStorage.getItem('cli:workshops:v1'))).toBeNull();
    await page.getByRole('button', { name: 'Copy the link' }).click();
    await expect.poll(() => page.locator('.team-copy-status').textContent()).toBe('Link copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await link());
    await page.reload();
    await page.getByRole('heading', { name: 'Workshop: My workshop' }).waitFor();
    await page.locator('#team-files:not([disabled])').waitFor();
    expect(await link()).toBe(copied);
    const invitation = decodeInvitation(copied);
    if (!invitation.ok) throw new Error(invitation.message);
    await page
      .getByLabel('Paste codes or links, or any text with them in it')
      .fill(code(PEOPLE.a, invitation.value.tag));
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => summary(page)).toBe('Found 1 code: 1 added');
  });

  test('a group plan made before any result is kept, with its workshop, across a reload', async () => {
    const page = await (await site.context()).newPage();
    await openTeam(page);
    const link = await page.locator('#invite-link').inputValue();
    await page.getByRole('button', { name: 'Add an action for Partnership Working' }).click();
    const form = page.getByRole('group', { name: 'Add an action for Partnership Working' });
    await form.getByLabel('What').fill('Joint budget workshop');
    await form.getByRole('button', { name: 'Add the action' }).click();
    await form.waitFor({ state: 'detached' });
    await page.reload();
    await openTeam(page);
    const planned = page.locator('.group-plan .plan-what');
    await planned.first().waitFor();
    expect(await planned.allTextContents()).toEqual(['Joint budget workshop']);
    expect(await page.locator('#invite-link').inputValue()).toBe(link);
  });

  test('two tabs of one browser: each reads what the other adds, and nothing either adds is lost', async () => {
    const context = await site.context();
    const [first, second] = [await context.newPage(), await context.newPage()];
    const collectionHeading = (page: Page) => page.locator('.team-collection h2').first().textContent();
    for (const page of [first, second]) await openTeam(page);
    // A workshop made in one tab appears in the other's list.
    await first.getByRole('button', { name: 'New workshop' }).click();
    await first.getByLabel('Workshop name').fill('Northshire');
    await first.getByRole('button', { name: 'Create workshop' }).click();
    await expect.poll(() => workshopStatus(first)).toBe('Workshop “Northshire” created and opened.');
    // The other tab's first workshop held nothing and was never kept: it gives way, as in a reload.
    await second.getByRole('heading', { name: 'Workshop: Northshire' }).waitFor();
    expect(await second.getByLabel('Your workshops on this device').locator('option').allTextContents()).toEqual([
      'My workshop',
      'Northshire',
    ]);

    const paste = (page: Page, text: string) =>
      page.getByLabel('Paste codes or links, or any text with them in it').fill(text);
    await paste(first, code(PEOPLE.a));
    await first.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => summary(first)).toBe('Found 1 code: 1 added');
    await expect.poll(() => collectionHeading(second)).toBe('Your collection: 1 result');
    await paste(second, code(PEOPLE.b));
    await second.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => summary(second)).toBe('Found 1 code: 1 added');
    await expect.poll(() => collectionHeading(first)).toBe('Your collection: 2 results');

    // The group plan: an action added in each tab, both kept.
    const addAction = async (page: Page, what: string) => {
      await page.getByRole('button', { name: 'Add an action for Partnership Working' }).click();
      const form = page.getByRole('group', { name: 'Add an action for Partnership Working' });
      await form.getByLabel('What').fill(what);
      await form.getByRole('button', { name: 'Add the action' }).click();
      await form.waitFor({ state: 'detached' });
    };
    await addAction(second, 'Joint budget workshop');
    await expect
      .poll(() => first.locator('.group-plan .plan-what').allTextContents())
      .toEqual(['Joint budget workshop']);
    await addAction(first, 'Shared data day');

    const third = await context.newPage();
    await third.goto(new URL('team/', site.url).href);
    await third.getByRole('heading', { name: 'Workshop: Northshire' }).waitFor();
    await expect.poll(() => collectionHeading(third)).toBe('Your collection: 2 results');
    await expect
      .poll(() => third.locator('.group-plan .plan-what').allTextContents())
      .toEqual(['Joint budget workshop', 'Shared data day']);
  });

  test('“Print the invitation” prints one page: the invitation sheet and nothing else', async () => {
    const context = await site.context();
    // Record what the page looks like when it asks to print, then finish printing at once.
    await context.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printedWith: string }).printedWith = document.documentElement.className;
        window.dispatchEvent(new Event('afterprint'));
      };
    });
    const page = await context.newPage();
    await openTeam(page);
    await page.getByRole('button', { name: 'Print the invitation' }).click();
    // The QR code is drawn first, then the page prints in invitation mode, and leaves it after.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printedWith?: string }).printedWith))
      .toContain('print-invitation');
    expect(await page.locator('svg.invitation-qr').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.classList.contains('print-invitation'))).toBe(false);

    await page.evaluate(() => document.documentElement.classList.add('print-invitation'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.invitation-sheet').isVisible()).toBe(true);
    expect(await page.locator('.invitation-qr').isVisible()).toBe(true);
    for (const hidden of [
      '.site-header',
      'h1',
      '.team-gather',
      '.team-workshops',
      '#invite-heading',
      '.team-threshold',
    ]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
  }, 120_000);
});
