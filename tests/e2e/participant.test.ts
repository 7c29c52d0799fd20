/** A participant's side of a workshop in Chromium: a damaged invitation link, and returning from the results page. */
import { describe, expect, test } from 'vitest';
import { encodeInvitation, invitationLink } from '../../src/lib/workshop';
import { guardPage, undocumentedStorageKeys } from './guard';
import { axeViolations, useSite } from './harness';
import { takeInventory } from './take-inventory';

const site = useSite();
const invitation = { tag: 'K7Q2', name: 'Northshire Partnership, March 2027', level: 'team' as const };

describe('a participant', () => {
  test('a damaged invitation link: a clear message, no error, and the inventory still starts', async () => {
    const page = await (await site.context()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const guard = await guardPage(page, site.origin);
    const link = invitationLink(site.url, encodeInvitation(invitation));
    const at = link.length - 3; // one character of the code changed, as a bad copy would
    const damaged = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    await page.goto(damaged);
    const alert = page.getByRole('alert').filter({ hasText: 'invitation' });
    await alert.waitFor();
    expect(await alert.locator('p').textContent()).toBe(
      'This invitation link could not be read: This invitation does not check out: a character is probably mistyped or missing. Ask the facilitator to send the link again. You can still take the inventory; your answers are kept.',
    );
    expect(await page.getByTestId('invitation').count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start the inventory' }).click();
    await expect.poll(() => page.locator('#step-heading').textContent()).toBe('Collective Vision');
    expect(errors).toEqual([]);
    guard.expectClean();
  });

  test('the results page offers the return too, with a link from the page’s own address that opens the result', async () => {
    const context = await site.context();
    const page = await context.newPage();
    const guard = await guardPage(page, site.origin);
    await takeInventory(page, invitationLink(site.url, encodeInvitation(invitation)), 8);
    const onScores = (await page.getByTestId('return-code').textContent()) ?? '';
    await page.getByRole('link', { name: 'Full report and exports' }).click();
    const panel = page.getByRole('region', { name: `Return your result to ${invitation.name}` });
    await panel.waitFor();
    expect(await panel.getByTestId('return-code').textContent()).toBe(onScores);
    // No address in this workshop: no email button.
    expect(await panel.getByRole('link', { name: 'Email it to the facilitator' }).count()).toBe(0);
    const link = (await panel.getByTestId('return-link').getAttribute('href')) ?? '';
    expect(link).toBe(`${site.url}inventory/results/#${onScores}`);
    await panel.getByRole('img', { name: 'QR code. Scan to return this result' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    guard.secrets.push(onScores);
    guard.expectClean();
    expect(await undocumentedStorageKeys(page)).toEqual([]);

    // The facilitator (another browser) opens the returned link: the same result, viewed, not adopted.
    const other = await (await site.context()).newPage();
    await other.goto(link);
    await other.getByTestId('viewing').waitFor();
    expect(await other.getByTestId('viewing').locator(':scope > p').textContent()).toBe(
      'You are viewing the result from the link. Your own answers are unchanged.',
    );
  });
});
