import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureProject, type FixtureProject } from './fixture-project';

describe('an organisation configures the site without touching code', () => {
  let project: FixtureProject;
  let build: { status: number | null; output: string };
  const page = (path: string) => readFileSync(join(project.dir, 'dist', path), 'utf8');

  beforeAll(() => {
    project = fixtureProject();
    project.write(
      'public/northshire-logo.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5"/></svg>',
    );
    // The organisation's own icon: a purple square, in a viewBox of its own size.
    project.write(
      'public/favicon.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 500 500"><rect width="500" height="500" fill="#7a1f5c"/></svg>',
    );
    project.write(
      'content/settings/site.yaml',
      [
        'name: Northshire Partnership',
        'logo:',
        '  src: northshire-logo.svg',
        '  alt: Northshire Partnership logo',
        'colors:',
        '  accent:',
        "    light: '#7a1f5c'",
        "    dark: '#f2a7d8'",
        'introduction: |',
        '  Our partners use this inventory before each annual review.',
        '',
        '  Take it on your own; bring your results to the workshop.',
        'contact: leadership@northshire.example',
        'features:',
        '  team: false',
      ].join('\n'),
    );
    project.write(
      'content/settings/inventory.yaml',
      [
        'scale:',
        '  min: 1',
        '  max: 7',
        '  anchors: [{ value: 1, label: None at all }, { value: 7, label: Everywhere }]',
        'bands:',
        '  - { from: 0, label: Emerging }',
        '  - { from: 40, label: Established }',
        '  - { from: 80, label: Embedded }',
        'minAnsweredShare: 1',
        'anonymityThreshold: 5',
      ].join('\n'),
    );
    build = project.build();
  }, 180_000);
  afterAll(() => project.remove());

  test('the build succeeds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  test('the header shows the name and the logo with its alt text', () => {
    const html = page('index.html');
    expect(html).toContain('<title>Northshire Partnership</title>');
    expect(html).toMatch(
      /<a class="site-name" href="\/"[^>]*><img class="site-logo" src="\/northshire-logo.svg" alt="Northshire Partnership logo">/,
    );
  });

  test('the icon the pages link is drawn from the organisation’s public/favicon.svg', async () => {
    const { data, info } = await sharp(join(project.dir, 'dist', 'favicon.png'))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([48, 48]);
    for (const [x, y] of [
      [0, 0],
      [24, 24],
      [47, 47],
    ] as const) {
      expect([...data.subarray((y * 48 + x) * 4, (y * 48 + x) * 4 + 4)], `${x},${y}`).toEqual([122, 31, 92, 255]);
    }
  });

  test('the web app manifest carries the name and the light accent', () => {
    const manifest = JSON.parse(page('manifest.webmanifest')) as { name: string; theme_color: string };
    expect([manifest.name, manifest.theme_color]).toEqual(['Northshire Partnership', '#7a1f5c']);
  });

  test('the accent colours apply through a stylesheet whose hash is in the CSP', () => {
    const html = page('framework/index.html');
    const css = ':root:root{--accent:#7a1f5c}@media (prefers-color-scheme: dark){:root:root{--accent:#f2a7d8}}';
    expect(html).toContain(`<style>${css}</style>`);
    const hash = createHash('sha256').update(css).digest('base64');
    expect(html).toMatch(new RegExp(`style-src [^;"]*'sha256-${hash.replace(/[+/=]/g, '\\$&')}'`));
    expect(html).not.toMatch(/ style="/);
  });

  test('the introduction is replaced, paragraph by paragraph', () => {
    expect(page('index.html').replace(/ data-astro-cid-\w+/g, '')).toContain(
      '<p>Our partners use this inventory before each annual review.</p><p>Take it on your own; bring your results to the workshop.</p>',
    );
  });

  test('the footer shows the contact on every page', () => {
    for (const path of ['index.html', 'privacy/index.html', 'method/index.html']) {
      expect(page(path)).toContain(
        'Contact: <a href="mailto:leadership@northshire.example">leadership@northshire.example</a>',
      );
    }
  });

  test('a part switched off leaves the navigation', () => {
    const nav = page('index.html').match(/<nav class="site-nav"[\s\S]*?<\/nav>/)?.[0] ?? '';
    // "Your results" is in every page's HTML, hidden until this browser keeps a result of one's own.
    expect([...nav.matchAll(/>([^<>]+)<\/a>/g)].map((m) => m[1]?.trim())).toEqual([
      'Framework',
      'Inventory',
      'Your results',
    ]);
    expect(nav).toMatch(/<li data-your-results hidden>\s*<a href="\/inventory\/results\/">Your results<\/a>/);
  });

  test('the method page describes the inventory settings it was built with', () => {
    const text = page('method/index.html')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Emerging 0 to under 40 Established 40 to under 80 Embedded 80 to 100');
    expect(text).toContain('at least 5 results are combined');
    expect(text).toContain('score out of 100 = (mean − 1) ÷ (7 − 1) × 100');
    expect(text).toContain('On this scale, 1 means “None at all”, and 7 means “Everywhere”.');
    expect(text).toContain('at least 100% of its questions');
    expect(text).toContain('Collective Vision 6 6 ');
  });
});

describe('a broken setting fails the build and names the field', () => {
  let project: FixtureProject;
  const site = 'name: Broken Example\n';
  beforeAll(() => {
    project = fixtureProject();
  });
  afterAll(() => project.remove());

  // Two mistakes that the settings' schema reports together share one build (a build costs
  // seconds): each test still checks that the build fails and names its own field.
  let twoMistakes: { status: number | null; output: string } | undefined;
  const buildWithTwoMistakes = () => {
    if (twoMistakes === undefined) {
      project.write(
        'content/settings/site.yaml',
        `${site}\ncolors:\n  accent:\n    light: '#777777'\nlogo:\n  src: favicon.svg\n`,
      );
      twoMistakes = project.build();
    }
    return twoMistakes;
  };

  test('an accent colour without enough contrast, with its ratio', () => {
    const { status, output } = buildWithTwoMistakes();
    expect(status).not.toBe(0);
    expect(output).toContain('colors.accent.light');
    expect(output).toContain('#777777 has a contrast ratio of 4.48:1 against the page background (#ffffff)');
  });

  test('a logo without alt text', () => {
    const { status, output } = buildWithTwoMistakes();
    expect(status).not.toBe(0);
    expect(output).toContain('logo.alt');
  });

  test('a logo file that is not in public/', () => {
    project.write('content/settings/site.yaml', `${site}\nlogo:\n  src: missing-logo.png\n  alt: Our logo\n`);
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('content/settings/site.yaml: logo.src: there is no file public/missing-logo.png');
  });
});
