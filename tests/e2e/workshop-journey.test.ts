/**
 * The facilitator's loop, end to end in Chromium: a facilitator creates a workshop; five
 * participants, each in a fresh browser context, open the invitation, finish, and return their
 * result by three routes (a code and a link copied into a chat-like text; the body of the
 * "Email it to the facilitator" link; the QR code the page draws, decoded here and held up to the
 * facilitator's scanner through Chromium's fake camera). A stray result from another workshop is
 * flagged; the group figures equal values computed here; the workshop moves to a second browser
 * through its file and shows the same figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import decodeQR from 'qr/decode.js';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findCodes } from '../../src/lib/find-codes';
import { encodeInvitation, invitationLink } from '../../src/lib/workshop';
import { modulesFrame, type RgbaFrame } from '../fixtures/qr-frame';
import { writeY4m } from './fake-camera';
import { guardPage, undocumentedStorageKeys, type Guard } from './guard';
import { axeViolations, CHROMIUM_ARGS, chromiumPath, useSite } from './harness';
import { DIMENSION_TITLES, takeInventory } from './take-inventory';

const site = useSite();

const WORKSHOP = {
  name: 'Northshire Partnership, March 2027',
  partnership: 'Northshire Partnership',
  email: 'facilitator@northshire.example',
  message: 'Please take the inventory before Thursday’s workshop.',
};
/** Each participant rates every question with one value: their dimension means are that value. */
const VALUES = [2, 5, 7, 10, 12];
const STRAY_VALUE = 4;
const CAMERA = { width: 640, height: 480 };

// The facilitator's browser has a fake camera whose picture is a Y4M file written by this test.
const dir = mkdtempSync(join(tmpdir(), 'workshop-journey-'));
const cameraFile = join(dir, 'camera.y4m');
const blank: RgbaFrame = { width: 8, height: 8, data: new Uint8ClampedArray(8 * 8 * 4).fill(255) };
let cameraBrowser: Browser;

beforeAll(async () => {
  writeY4m(cameraFile, [blank], CAMERA);
  cameraBrowser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${cameraFile}`,
    ],
  });
});
afterAll(async () => {
  await cameraBrowser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ready = (page: Page) => page.locator('#team-files:not([disabled])').waitFor();
const guards: Guard[] = [];

/** The group figures as the page's table shows them, by column heading, for each dimension row. */
async function figures(page: Page): Promise<Record<string, Record<string, string>>> {
  return page.locator('table:has(#team-table-caption)').evaluate((table) => {
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    const out: Record<string, Record<string, string>> = {};
    for (const row of table.querySelectorAll('tbody tr, tfoot tr')) {
      const cells = [...row.children].map((c) => c.textContent?.trim() ?? '');
      out[cells[0]!] = Object.fromEntries(heads.slice(1).map((h, i) => [h, cells[i + 1]!]));
    }
    return out;
  });
}

/** What the figures must be, worked out here: every dimension mean of each person is their value. */
function expectedFigures(values: number[]) {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
  // As the screen shows them: one decimal on the 1–12 scale, the mean also as a whole percent of it.
  const percent = Math.round(((mean - 1) / 11) * 100);
  return {
    Results: String(n),
    'Group mean': `${mean.toFixed(1)} (${percent}%)`,
    Lowest: Math.min(...values).toFixed(1),
    Highest: Math.max(...values).toFixed(1),
    SD: sd.toFixed(1),
  };
}

function expectFigures(shown: Record<string, Record<string, string>>, values: number[]) {
  const expected = expectedFigures(values);
  expect(Object.keys(shown)).toEqual([...DIMENSION_TITLES, 'Overall']);
  for (const title of DIMENSION_TITLES) {
    const row = shown[title]!;
    // Every figure shown that this test can work out must match it; n, mean and SD are always shown.
    for (const column of ['Results', 'Group mean', 'SD'] as const) expect(row[column], `${title}: ${column}`).toBe(expected[column]);
    for (const column of ['Lowest', 'Highest'] as const) {
      if (column in row) expect(row[column], `${title}: ${column}`).toBe(expected[column]);
    }
  }
}

/** The QR code the page drew, as rows of modules read back from its SVG path. */
async function drawnModules(page: Page): Promise<boolean[][]> {
  const svg = page.getByRole('img', { name: 'QR code. Scan to return this result' });
  await svg.waitFor();
  const size = Number(await svg.getAttribute('data-modules'));
  const d = (await svg.locator('path').getAttribute('d')) ?? '';
  const modules = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) modules[Number(y)]![Number(x) + i] = true;
  }
  return modules;
}

/** A participant in a fresh browser context: opens the invitation, takes the inventory, is shown the return panel. */
async function participant(link: string, value: number) {
  const context = await site.context();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  const page = await context.newPage();
  guards.push(await guardPage(page, site.origin));
  await takeInventory(page, link, value);
  const panel = page.getByRole('region', { name: /^Return your result to / });
  await panel.waitFor();
  const code = (await panel.getByTestId('return-code').textContent()) ?? '';
  guards.at(-1)!.secrets.push(code);
  return { page, panel, code };
}

describe('the facilitator’s loop', () => {
  test('invite, return by chat, email and QR scan, flag a stray, exact figures, move the workshop', async () => {
    // The facilitator creates the workshop and copies its invitation link.
    const facilitatorContext = await cameraBrowser.newContext({ reducedMotion: 'reduce', serviceWorkers: 'block' });
    await facilitatorContext.grantPermissions(['camera'], { origin: site.origin });
    const facilitator = await facilitatorContext.newPage();
    const facilitatorGuard = await guardPage(facilitator, site.origin);
    await facilitator.goto(`${site.url}team/`);
    await ready(facilitator);
    await facilitator.getByRole('button', { name: 'New workshop' }).click();
    await facilitator.getByLabel('Workshop name').fill(WORKSHOP.name);
    await facilitator.getByRole('radio', { name: 'A partnership' }).check();
    await facilitator.getByLabel('Partnership name (optional)').fill(WORKSHOP.partnership);
    await facilitator.getByLabel('Return email address (optional)').fill(WORKSHOP.email);
    await facilitator.getByLabel('Short message to participants (optional)').fill(WORKSHOP.message);
    await facilitator.getByRole('button', { name: 'Create workshop' }).click();
    await expect.poll(() => facilitator.getByRole('status').filter({ hasText: 'created' }).textContent()).toBe(
      `Workshop “${WORKSHOP.name}” created and opened.`,
    );
    const link = await facilitator.getByLabel('Invitation link').inputValue();
    expect(link.startsWith(`${site.url}inventory/#CLW1-`)).toBe(true);

    // Five participants, each in a fresh context, take the inventory from the invitation.
    const people = [];
    for (const value of VALUES) people.push(await participant(link, value));
    const [p1, p2, p3, p4, p5] = people;

    // What the first participant saw on the introduction and at the end.
    {
      const intro = await site.context().then((c) => c.newPage());
      await intro.goto(link);
      const invitation = intro.getByTestId('invitation');
      await invitation.waitFor();
      expect(await invitation.getByRole('heading').textContent()).toBe(`You are invited to take part in: ${WORKSHOP.name}`);
      expect(await invitation.locator('blockquote').textContent()).toBe(WORKSHOP.message);
      expect(await intro.getByRole('radio', { name: 'The wider partnership' }).isChecked()).toBe(true);
      expect(await intro.getByLabel('Partnership name (optional, kept on this device)').inputValue()).toBe(WORKSHOP.partnership);
      expect(await axeViolations(intro)).toEqual([]);
    }
    expect(await axeViolations(p1!.page)).toEqual([]);
    for (const p of people) expect(p.code).toMatch(/^CL2-/);
    expect(new Set(people.map((p) => p.code)).size).toBe(5);

    // Route 1: a code and a link copied into a chat, among other words and links, with a stray result.
    await p1!.panel.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => p1!.panel.getByRole('status').textContent()).toBe(
      'The code is copied. Paste it into your email or chat to the facilitator.',
    );
    const copiedCode = await p1!.page.evaluate(() => navigator.clipboard.readText());
    expect(copiedCode).toBe(p1!.code);
    await p2!.panel.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => p2!.panel.getByRole('status').textContent()).toBe(
      'The link is copied. Paste it into your email or chat to the facilitator.',
    );
    const copiedLink = await p2!.page.evaluate(() => navigator.clipboard.readText());
    expect(copiedLink).toBe(`${site.url}inventory/results/#${p2!.code}`);

    // Someone answers from another workshop's invitation (another tag): a stray.
    const otherInvitation = invitationLink(
      site.url,
      encodeInvitation({ tag: 'ZZ99', name: 'Eastvale Council, April 2027', level: 'organisation' }),
    );
    const stray = await participant(otherInvitation, STRAY_VALUE);
    await stray.panel.getByRole('button', { name: 'Copy code' }).click();
    const strayCode = await stray.page.evaluate(() => navigator.clipboard.readText());

    const chat = [
      '[10:02] Sam: morning all, agenda is at https://example.org/agenda?id=12 – see you at 10',
      `[10:14] Priya: here's mine ${copiedCode} thanks!`,
      `[10:15] Alex: mine -> ${copiedLink} (took me 12 minutes)`,
      `[10:16] Jo: CL2 is a nice name for a code. Mine: ${strayCode}`,
      '[10:17] Sam: great, CL1-style codes from last year won’t work, please use the new link',
    ].join('\n');
    await facilitator.getByLabel('Paste codes or links, or any text with them in it').fill(chat);
    await facilitator.getByRole('button', { name: 'Add', exact: true }).click();
    const strays = facilitator.getByRole('group', { name: /made for another workshop/ });
    await strays.waitFor();
    expect(await strays.getByRole('heading').textContent()).toBe('1 result was made for another workshop (ZZ99)');
    await strays.getByRole('button', { name: 'Skip it' }).click();
    await expect.poll(() => strays.count()).toBe(0);

    // Route 2: the body of the "Email it to the facilitator" link.
    const mailto = (await p3!.panel.getByRole('link', { name: 'Email it to the facilitator' }).getAttribute('href')) ?? '';
    const mail = new URL(mailto);
    expect(decodeURIComponent(mail.pathname)).toBe(WORKSHOP.email);
    expect(mail.searchParams.get('subject')).toBe(`My inventory result for ${WORKSHOP.name}`);
    const body = mail.searchParams.get('body') ?? '';
    expect(findCodes(body)).toEqual([p3!.code, p3!.code]); // in the "Code:" line and in the link
    await facilitator.getByLabel('Paste codes or links, or any text with them in it').fill(body);
    await facilitator.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => facilitator.locator('.team-threshold').textContent()).toBe('3 results: figures shown from 3');

    // Route 3: the QR codes the pages drew, read back here, held up to the facilitator's camera.
    const frames = [];
    for (const p of [p4!, p5!]) {
      const frame = modulesFrame(await drawnModules(p.page), 5);
      expect(decodeQR(frame)).toBe(`${site.url}inventory/results/#${p.code}`);
      frames.push(frame);
    }
    writeY4m(cameraFile, frames, { ...CAMERA, fps: 10, framesEach: 15 });
    await facilitator.getByRole('button', { name: 'Scan codes' }).click();
    const scanner = facilitator.getByRole('region', { name: 'Scanning QR codes' });
    await expect.poll(() => scanner.locator('.team-scan-count strong').textContent(), { timeout: 20_000 }).toBe('2 codes read');
    expect(await scanner.getByRole('listitem').allTextContents()).toEqual(
      [p4!.code, p5!.code].map((c) => `…${c.slice(-12)}`),
    );
    expect(await axeViolations(facilitator)).toEqual([]);
    await scanner.getByRole('button', { name: 'Stop scanning' }).click();
    await expect.poll(() => facilitator.locator('.team-threshold').textContent()).toBe('5 results: figures shown from 3');

    // The figures are the ones worked out here.
    const shown = await figures(facilitator);
    expectFigures(shown, VALUES);

    // The workshop moves to a second browser through its file, with the same figures.
    const [download] = await Promise.all([
      facilitator.waitForEvent('download'),
      facilitator.getByRole('button', { name: 'Download the workshop file' }).click(),
    ]);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const second = await (await site.context()).newPage();
    const secondGuard = await guardPage(second, site.origin);
    await second.goto(`${site.url}team/`);
    await ready(second);
    await second.getByLabel('Open a workshop file (from another device)').setInputFiles(file);
    await expect.poll(() => second.locator('.team-threshold').textContent()).toBe('5 results: figures shown from 3');
    expect(await second.getByRole('heading', { name: `Workshop: ${WORKSHOP.name}` }).count()).toBe(1);
    expect(await figures(second)).toEqual(shown);

    for (const guard of [...guards, facilitatorGuard, secondGuard]) {
      guard.secrets.push(...people.map((p) => p.code));
      guard.expectClean();
    }
    for (const page of [facilitator, second, p1!.page]) expect(await undocumentedStorageKeys(page)).toEqual([]);
  }, 300_000);
});
