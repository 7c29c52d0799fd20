import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { siteSettingsSchema } from '../../src/lib/schemas';
import { PALETTE, accentContrastProblems, themeStylesheet } from '../../src/lib/theme';

/** The first issue of a failed parse, as "path: message". */
function firstIssue(input: unknown): string {
  const result = siteSettingsSchema.safeParse(input);
  if (result.success) return 'no issue';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('site settings', () => {
  test('an empty file gives the documented defaults', () => {
    expect(siteSettingsSchema.parse({})).toEqual({
      name: 'Collective Leadership',
      tagline: 'Learn the Collective Leadership Framework and take its inventory, anonymously, in your browser.',
      colors: { accent: { light: '#0b5cad', dark: '#8cc2ff' } },
      features: { team: true, history: true },
      languages: [{ code: 'en', name: 'English' }],
    });
  });

  test('a full configuration is kept as written', () => {
    const settings = siteSettingsSchema.parse({
      name: 'Northshire Partnership',
      logo: { src: 'images/logo.svg', alt: 'Northshire Partnership' },
      colors: { accent: { light: '#7a1f5c', dark: '#f2a7d8' } },
      introduction: 'First paragraph.\n\nSecond.',
      contact: 'leadership@northshire.example',
      features: { team: false },
    });
    expect(settings.logo).toEqual({ src: 'images/logo.svg', alt: 'Northshire Partnership' });
    expect(settings.colors.accent).toEqual({ light: '#7a1f5c', dark: '#f2a7d8' });
    expect(settings.features).toEqual({ team: false, history: true });
    expect(settings.contact).toBe('leadership@northshire.example');
  });

  test('a light accent that fails AA names the field and the ratio', () => {
    expect(firstIssue({ colors: { accent: { light: '#777777' } } })).toBe(
      'colors.accent.light: #777777 has a contrast ratio of 4.48:1 against the page background (#ffffff) in the light scheme; ' +
        'WCAG AA needs at least 4.5:1. Choose a darker colour.',
    );
  });

  test('a dark accent too close to the dark background fails with its own field', () => {
    expect(firstIssue({ colors: { accent: { dark: '#3a4a8c' } } })).toMatch(
      /^colors\.accent\.dark: #3a4a8c has a contrast ratio of 2\.\d\d:1 against the page background \(#14171c\) in the dark scheme/,
    );
  });

  test('a colour that is not hex is refused before any contrast check', () => {
    expect(firstIssue({ colors: { accent: { light: 'navy' } } })).toBe(
      'colors.accent.light: must be a hex colour such as #0b5cad',
    );
  });

  test('a logo needs alt text and a path under public/', () => {
    expect(firstIssue({ logo: { src: 'logo.svg', alt: ' ' } })).toBe(
      'logo.alt: a logo needs alt text that says what it shows, e.g. the organisation name',
    );
    expect(firstIssue({ logo: { src: 'logo.svg' } })).toMatch(/^logo\.alt: /);
    expect(firstIssue({ logo: { src: '/logo.svg', alt: 'Logo' } })).toMatch(
      /^logo\.src: must be the path of an image file/,
    );
    expect(firstIssue({ logo: { src: '../secret.png', alt: 'Logo' } })).toMatch(/^logo\.src: /);
  });

  test('the contact must be an email address or an http(s) address', () => {
    expect(firstIssue({ contact: 'https://northshire.example/contact' })).toBe('no issue');
    expect(firstIssue({ contact: 'javascript:alert(1)' })).toBe(
      'contact: must be an email address (name@example.org) or a web address starting with https://',
    );
    expect(firstIssue({ contact: 'call Sam' })).toMatch(/^contact: must be an email address/);
  });

  test('features must be true or false', () => {
    expect(firstIssue({ features: { team: 'no' } })).toMatch(/^features\.team: /);
  });
});

describe('the theme', () => {
  test('the default accents pass every check', () => {
    expect(accentContrastProblems({ light: '#0b5cad', dark: '#8cc2ff' })).toEqual([]);
  });

  test('a mid grey fails in both schemes, each failing pair named once', () => {
    const problems = accentContrastProblems({ light: '#888888', dark: '#888888' });
    expect(problems.map((p) => `${p.scheme}: ${p.message.split(' in the ')[0]}`)).toEqual([
      'light: #888888 has a contrast ratio of 3.54:1 against the page background (#ffffff)',
      'light: #888888 has a contrast ratio of 3.25:1 against card surfaces (#f3f5f8)',
      'light: #888888 has a contrast ratio of 3.54:1 against the button text (#ffffff)',
      'dark: #888888 has a contrast ratio of 4.40:1 against card surfaces (#1f242b)',
    ]);
  });

  test('the stylesheet sets the accent for both schemes', () => {
    expect(themeStylesheet({ light: '#7a1f5c', dark: '#f2a7d8' })).toBe(
      ':root:root{--accent:#7a1f5c}@media (prefers-color-scheme: dark){:root:root{--accent:#f2a7d8}}',
    );
  });

  test('the palette matches the colours in src/styles/global.css', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)') as [string, string];
    const value = (block: string, name: string) => block.match(new RegExp(`--${name}: (#[0-9a-f]+);`))?.[1];
    for (const [scheme, block] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      expect(value(block, 'bg')).toBe(PALETTE[scheme].background);
      expect(value(block, 'surface')).toBe(PALETTE[scheme].surface);
      expect(value(block, 'accent-fg')).toBe(PALETTE[scheme].buttonText);
    }
  });
});
