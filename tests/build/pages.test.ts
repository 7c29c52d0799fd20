import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { builtPages, readPage } from './dist';

describe('every built page', () => {
  test.each(builtPages())('%s has a title, a meta description, one h1, landmarks and a skip link', (page) => {
    const html = readPage(page);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('<main id="main"');
    expect(html).toMatch(/<a class="skip-link" href="#main"/);
    expect(html).toContain('<html lang="en"');
  });

  test('no page loads anything from another origin', () => {
    for (const page of builtPages()) {
      const html = readPage(page);
      // The canonical link names the page's own public address (SITE_URL); a browser never fetches it.
      const withoutCanonical = html.replace(/<link rel="canonical" href="[^"]*"\s*\/?>/, '');
      const external = [...withoutCanonical.matchAll(/(?:src|href)="(https?:)?\/\/[^"]*"/g)].map((m) => m[0]);
      expect(external, page).toEqual([]);
    }
  });
});

describe('nothing but the page itself before its first paint', () => {
  /** The module scripts a page loads by URL, and the modules it preloads. */
  const scriptsOf = (html: string) => ({
    scripts: [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!),
    preloaded: [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]!),
  });

  test.each(builtPages())('%s loads one small script, its search, with what it imports preloaded beside it', (page) => {
    const { scripts, preloaded } = scriptsOf(readPage(page));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/_astro\/SiteSearch\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/);
    const code = readFileSync(join('dist', scripts[0]!), 'utf8');
    const imported = [...code.matchAll(/^import[^"]*"\.\/([^"]+)"/gm)].map((m) => `/_astro/${m[1]}`);
    expect(preloaded).toEqual(imported);
    // The search itself is imported on demand, after the first paint.
    expect(code).toMatch(/import\(`\.\/site-search-element\.[\w-]+\.js`\)/);
  });

  test('the inventory and the collective profile hydrate after the first paint', () => {
    expect(readPage('inventory/index.html')).toMatch(/<astro-island [^>]*client="paint"/);
    expect(readPage('team/index.html')).toMatch(/<astro-island [^>]*client="paint"/);
  });

  // A classic script waits for the stylesheets, and the parser with it: before the content's end,
  // the page was painted in two parts, the second laid out after the first paint.
  test.each(['inventory/index.html', 'inventory/results/index.html', 'team/index.html'])(
    '%s: its island scripts (runtime and directive) come after all its content, at the end of <body>',
    (page) => {
      const html = readPage(page);
      const classic = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
      expect(classic).toHaveLength(2);
      expect(classic.every((m) => m.index > html.indexOf('</footer>'))).toBe(true);
      expect(classic[0]![1]).toContain('(self.Astro||(self.Astro={})).paint=');
      expect(classic[1]![1]).toContain('customElements.define("astro-island"');
      const last = classic[1]!;
      expect(html.slice(last.index + last[0].length)).toBe('</body></html>');
    },
  );
});

describe('the framework page', () => {
  const html = readPage('framework/index.html');

  test('holds all seven dimensions, in order, in the first HTML response', () => {
    const headings = [...html.matchAll(/<section class="panel"[^>]*data-panel="([a-z-]+)"/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'collective-vision',
      'outcome-focus',
      'multiple-level-leadership',
      'partnership-working',
      'action-oriented-and-adaptive',
      'systems-and-structures',
      'skills-and-behaviours',
    ]);
  });

  test('shows the first dimension in the first HTML response, before any script runs', () => {
    const first = /<section class="panel"[^>]*data-panel="collective-vision"[^>]*>([\s\S]*?)<\/section>/.exec(html);
    expect(first?.[0]).not.toMatch(/^<section[^>]*\shidden/);
    expect(first?.[1]).toContain(
      'The collective vision should aim to draw together the aims and objectives of all partner agencies',
    );
    expect(first?.[1]).toContain(
      'Who are they and do you and they understand the challenges in relation to the development of a shared vision?',
    );
    expect(html).not.toMatch(/<section class="panel"[^>]*\shidden/);
  });

  test('lists all 27 reflective questions, each once', () => {
    const questions = [...html.matchAll(/<li id="q-([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(questions).toHaveLength(27);
    expect(new Set(questions).size).toBe(27);
  });

  test('keeps the seed wording, with the typography fixed', () => {
    expect(html).toContain('those who deliver the services.</p>');
    expect(html).not.toContain('services..');
    expect(html).toContain('Don’t go it alone – bring others on board with your aims and seek mutual benefit.');
  });

  test('each tab is a link to its section, so the page works without JavaScript', () => {
    const links = [...html.matchAll(/<a class="tab" href="#([a-z-]+)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(7);
    expect(links[1]).toBe('outcome-focus');
  });
});

test('the favicon is built', () => {
  expect(readFileSync('dist/favicon.svg', 'utf8')).toContain('<svg');
});

describe('the icon the pages link', () => {
  test('is a 48 px PNG drawn from public/favicon.svg: blue disc, white needle, clear corners', async () => {
    const { data, info } = await sharp('dist/favicon.png').raw().toBuffer({ resolveWithObject: true });
    expect([info.format, info.width, info.height, info.channels]).toEqual(['raw', 48, 48, 4]);
    const pixel = (x: number, y: number) => [...data.subarray((y * 48 + x) * 4, (y * 48 + x) * 4 + 4)];
    expect(pixel(0, 0)).toEqual([0, 0, 0, 0]);
    expect(pixel(8, 24)).toEqual([11, 92, 173, 255]); // #0b5cad, the disc
    expect(pixel(24, 24)).toEqual([255, 255, 255, 255]); // the needle
  });

  test('is that PNG on every page, never the SVG (which a browser decodes as a whole document as the page starts)', () => {
    for (const page of builtPages()) {
      expect(readPage(page).match(/<link rel="icon"[^>]*>/g), page).toEqual([
        '<link rel="icon" href="/favicon.png" type="image/png" sizes="48x48">',
      ]);
    }
  });
});

describe('the privacy page', () => {
  test('names every storage key the site writes, and the dated backup of every store that backs up', () => {
    const html = readPage('privacy/index.html');
    const documented = new Set(
      [...html.matchAll(/<code>([^<]+)<\/code>/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>')),
    );
    const sources = readdirSync('src/stores', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => ({ file: f, text: readFileSync(join('src/stores', f), 'utf8') }));
    // A key constant may be declared in one store and used in another (plan-state.ts and plan.ts).
    const all = sources.map((s) => s.text).join('\n');
    const missing: string[] = [];
    for (const { file, text } of sources) {
      for (const [, key] of text.matchAll(/'(cli:[a-z0-9:-]+)'/g)) {
        if (!documented.has(key!)) missing.push(`${file}: ${key}`);
      }
      // A store whose value is backed up with a date before being overwritten (readWithBackup, or its own).
      for (const [, name] of text.matchAll(/readWithBackup\(\s*([A-Z_]+)/g)) {
        const key = new RegExp(`const ${name} = '(cli:[^']+)'`).exec(all)?.[1];
        if (key === undefined || !documented.has(`${key}:unreadable:<date>`))
          missing.push(`${file}: ${name}:unreadable:<date>`);
      }
      for (const [, name] of text.matchAll(/`\$\{([A-Z_]+)\}:unreadable:/g)) {
        const key = new RegExp(`const ${name} = '(cli:[^']+)'`).exec(all)?.[1];
        if (key === undefined || !documented.has(`${key}:unreadable:<date>`))
          missing.push(`${file}: ${name}:unreadable:<date>`);
      }
    }
    expect(missing).toEqual([]);
  });
});
