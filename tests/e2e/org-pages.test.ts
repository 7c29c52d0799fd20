import { describe, expect, test } from 'vitest';
import { axeViolations, useSite } from './harness';

const site = useSite();

describe('the privacy and method pages', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.each(['privacy/', 'method/'])(`/%s has no axe-core violations (${colorScheme})`, async (path) => {
      const page = await site.open(path, { colorScheme });
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('are reached from the footer of every page, by keyboard', async () => {
    const page = await site.open('framework/');
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'How scores are calculated' });
    await link.focus();
    await Promise.all([page.waitForURL(`${site.url}method/`), page.keyboard.press('Enter')]);
    expect(await page.title()).toBe('How scores are calculated · Collective Leadership');
  });

  test('fit a 320 px wide screen without sideways scrolling', async () => {
    for (const path of ['privacy/', 'method/']) {
      const page = await site.open(path, { viewport: { width: 320, height: 640 } });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    }
  });
});

describe('the accent colours from content/settings/site.yaml', () => {
  test.each([
    ['light', '#0b5cad'],
    ['dark', '#8cc2ff'],
  ] as const)('apply in the %s scheme', async (colorScheme, accent) => {
    const page = await site.open('', { colorScheme });
    const value = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
    );
    expect(value).toBe(accent);
  });
});
