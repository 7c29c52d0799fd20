/**
 * A build with two languages: the test suite's pseudo-locale build (`PSEUDO_LOCALE=1`, see
 * tests/tools/pseudo-build.mjs), with English at the usual addresses and en-XA under /en-xa/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PSEUDO_CODE, PSEUDO_OUT_DIR, PSEUDO_PATH } from '../tools/pseudo-build.mjs';
import { builtPages, DIST, readPage } from './dist';

if (!existsSync(join(PSEUDO_OUT_DIR, 'index.html'))) {
  throw new Error(`${PSEUDO_OUT_DIR}/ has no build: run \`npm test\`, which builds it with PSEUDO_LOCALE=1.`);
}

/** The build's SITE_URL: astro.config.mjs's default, as `npm test` builds without one. */
const SITE = 'http://localhost:4321';
/** "framework/index.html" → "framework/", "index.html" → "". */
const pathOf = (page: string) => page.replace(/index\.html$/, '');
const englishPages = builtPages(PSEUDO_OUT_DIR).filter((p) => p !== '404.html' && !p.startsWith('en-xa/'));
const pages = englishPages.map((page) => pathOf(page));
/** Every page of both languages: [file, language code, address of the page, address of its English version]. */
const everyPage = pages.flatMap((page) => [
  [`${page}index.html`, 'en', `/${page}`, `/${page}`] as const,
  [`en-xa/${page}index.html`, PSEUDO_CODE, `${PSEUDO_PATH}${page}`, `/${page}`] as const,
]);

const read = (file: string) => readPage(file, PSEUDO_OUT_DIR);
const tags = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[0]);
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

describe('two languages: English and the pseudo-locale', () => {
  test('every page of the site has its pseudo-locale version under /en-xa/, and the English pages are those of the usual build', () => {
    expect([...pages].sort()).toEqual(['', 'framework/', 'inventory/', 'inventory/results/', 'method/', 'privacy/', 'team/']);
    const usual = builtPages(DIST).filter((p) => p !== '404.html');
    expect(englishPages).toEqual(usual);
    expect(builtPages(PSEUDO_OUT_DIR).filter((p) => p.startsWith('en-xa/'))).toEqual(
      englishPages.map((p) => `en-xa/${p}`),
    );
  });

  test.each(everyPage)('%s: html lang, canonical, and an alternate for each language plus x-default', (file, code, path, english) => {
    const html = read(file);
    expect(html).toMatch(new RegExp(`<html lang="${code}">`));
    expect(tags(html, /<link rel="canonical"[^>]*>/g)).toEqual([`<link rel="canonical" href="${SITE}${path}">`]);
    expect(tags(html, /<link rel="alternate"[^>]*>/g)).toEqual([
      `<link rel="alternate" hreflang="en" href="${SITE}${english}">`,
      `<link rel="alternate" hreflang="en-XA" href="${SITE}${PSEUDO_PATH}${english.slice(1)}">`,
      `<link rel="alternate" hreflang="x-default" href="${SITE}${english}">`,
    ]);
  });

  test.each(everyPage)('%s: the switcher links to this page in each language, named in it, the current one marked', (file, code, _, english) => {
    const html = read(file);
    const nav = html.match(/<nav class="language-switcher"[^>]*>.*?<\/nav>/s)?.[0] ?? '';
    expect(attr(nav, 'aria-label')).toBe(code === 'en' ? 'Language' : '⟦Ĺáñĝúáĝé~~~⟧');
    const links = tags(nav, /<a [^>]*>[^<]*<\/a>/g).map((a) => ({
      href: attr(a, 'href'),
      lang: attr(a, 'lang'),
      hreflang: attr(a, 'hreflang'),
      current: attr(a, 'aria-current') ?? null,
      name: a.replace(/<[^>]*>/g, ''),
    }));
    expect(links).toEqual([
      { href: english, lang: 'en', hreflang: 'en', current: code === 'en' ? 'true' : null, name: 'English' },
      {
        href: `${PSEUDO_PATH}${english.slice(1)}`,
        lang: PSEUDO_CODE,
        hreflang: PSEUDO_CODE,
        current: code === PSEUDO_CODE ? 'true' : null,
        name: '⟦Þšéúðó~~⟧',
      },
    ]);
  });

  test('the pseudo-locale pages link within their language, and the English pages within theirs', () => {
    const pseudoHome = read('en-xa/index.html');
    const nav = pseudoHome.match(/<nav class="site-nav".*?<\/nav>/s)?.[0] ?? '';
    expect(tags(nav, /href="[^"]*"/g)).toEqual([
      'href="/en-xa/framework/"',
      'href="/en-xa/inventory/"',
      'href="/en-xa/team/"',
      'href="/en-xa/inventory/results/"',
    ]);
    expect(pseudoHome).toContain('<a class="button" href="/en-xa/framework/"');
    expect(read('index.html')).toContain('<a class="button" href="/framework/"');
  });

  test('the 404 page stays single: English, no alternates, its switcher leads to each language’s home page', () => {
    const html = read('404.html');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).not.toContain('rel="alternate"');
    const nav = html.match(/<nav class="language-switcher".*?<\/nav>/s)?.[0] ?? '';
    expect(tags(nav, /href="[^"]*"/g)).toEqual(['href="/"', 'href="/en-xa/"']);
  });

  test('the sitemap lists every page in both languages, each with its alternates', () => {
    const sitemap = readFileSync(join(PSEUDO_OUT_DIR, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)];
    expect(urls.map((m) => m[1]).sort()).toEqual(
      pages.flatMap((p) => [`${SITE}/${p}`, `${SITE}${PSEUDO_PATH}${p}`]).sort(),
    );
    for (const [, loc, alternates] of urls) {
      const english = (loc as string).replace(`${SITE}${PSEUDO_PATH}`, `${SITE}/`);
      expect(tags(alternates as string, /<xhtml:link [^>]*>/g).sort()).toEqual([
        `<xhtml:link rel="alternate" hreflang="en" href="${english}"/>`,
        `<xhtml:link rel="alternate" hreflang="en-XA" href="${english.replace(`${SITE}/`, `${SITE}${PSEUDO_PATH}`)}"/>`,
      ]);
    }
  });

  test('Pagefind keeps one index per language, each with that language’s four searchable pages', () => {
    const entry = JSON.parse(readFileSync(join(PSEUDO_OUT_DIR, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.fromEntries(Object.entries(entry.languages).map(([code, l]) => [code, l.page_count]))).toEqual({
      en: 4,
      'en-xa': 4,
    });
  });

  test('the instrument version is the same in both languages: translation alone never changes it', () => {
    const version = (file: string) => read(file).match(/&quot;version&quot;:\[0,&quot;([0-9a-f]{8})&quot;\]/)?.[1];
    expect(version('inventory/index.html')).toMatch(/^[0-9a-f]{8}$/);
    expect(version('en-xa/inventory/index.html')).toBe(version('inventory/index.html'));
    expect(version('en-xa/inventory/results/index.html')).toBe(version('inventory/results/index.html'));
    expect(version('en-xa/team/index.html')).toBe(version('team/index.html'));
  });
});
