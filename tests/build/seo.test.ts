import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { BASE_PATH, BASE_PATH_OUT_DIR } from '../tools/base-path-build.mjs';
import { builtPages, DIST, readPage } from './dist';

/** The build's SITE_URL: astro.config.mjs's default, as `npm test` builds without one. */
const SITE = 'http://localhost:4321';
const attr = (html: string, pattern: RegExp) => html.match(pattern)?.[1];
const sitemapUrls = (dir: string) => {
  const file = join(dir, 'sitemap-0.xml');
  if (!existsSync(file)) throw new Error(`${file} does not exist: run \`npm test\` (it builds both copies).`);
  return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
};
/** "framework/index.html" → "/framework/", "index.html" → "/". */
const pathOf = (page: string) => `/${page.replace(/index\.html$/, '')}`;
const indexable = builtPages().filter((page) => page !== '404.html');

describe('found by search engines', () => {
  test('the sitemap lists every page but the 404 page, at its absolute address', () => {
    expect(sitemapUrls(DIST)).toEqual(indexable.map((page) => `${SITE}${pathOf(page)}`).sort());
    expect(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
  });

  test('robots.txt allows everything and names the sitemap', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`,
    );
  });

  test('under a base path, the sitemap and robots.txt carry it', () => {
    expect(sitemapUrls(BASE_PATH_OUT_DIR)).toEqual(
      indexable.map((page) => `${SITE}${BASE_PATH}${pathOf(page).slice(1)}`).sort(),
    );
    expect(readFileSync(join(BASE_PATH_OUT_DIR, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE}${BASE_PATH}sitemap-index.xml`,
    );
    const home = readFileSync(join(BASE_PATH_OUT_DIR, 'index.html'), 'utf8');
    expect(attr(home, /<link rel="canonical" href="([^"]+)"/)).toBe(`${SITE}${BASE_PATH}`);
    expect(attr(home, /<meta property="og:image" content="([^"]+)"/)).toBe(`${SITE}${BASE_PATH}social.png`);
  });

  test.each(indexable)('%s has its canonical address and no noindex', (page) => {
    const html = readPage(page);
    expect(attr(html, /<link rel="canonical" href="([^"]+)"/)).toBe(`${SITE}${pathOf(page)}`);
    expect(html).not.toContain('name="robots"');
  });

  test('the 404 page asks not to be indexed and claims no canonical address', () => {
    const html = readPage('404.html');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
  });
});

describe('good when shared', () => {
  test.each(builtPages())('%s has Open Graph and Twitter card meta from its title and description', (page) => {
    const html = readPage(page);
    const title = attr(html, /<title>([^<]+)<\/title>/);
    const description = attr(html, /<meta name="description" content="([^"]+)"/);
    expect(attr(html, /<meta property="og:title" content="([^"]+)"/)).toBe(title);
    expect(attr(html, /<meta property="og:description" content="([^"]+)"/)).toBe(description);
    expect(attr(html, /<meta name="twitter:title" content="([^"]+)"/)).toBe(title);
    expect(attr(html, /<meta name="twitter:description" content="([^"]+)"/)).toBe(description);
    expect(attr(html, /<meta property="og:site_name" content="([^"]+)"/)).toBe('Collective Leadership');
    expect(attr(html, /<meta name="twitter:card" content="([^"]+)"/)).toBe('summary_large_image');
    expect(attr(html, /<meta property="og:image" content="([^"]+)"/)).toBe(`${SITE}/social.png`);
    expect(attr(html, /<meta name="twitter:image" content="([^"]+)"/)).toBe(`${SITE}/social.png`);
    expect(attr(html, /<meta property="og:image:alt" content="([^"]+)"/)).toMatch(/^Collective Leadership: /);
    if (page !== '404.html') expect(attr(html, /<meta property="og:url" content="([^"]+)"/)).toBe(`${SITE}${pathOf(page)}`);
  });

  test('the social image is a 1200 × 630 PNG made at build time', async () => {
    const meta = await sharp(join(DIST, 'social.png')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });
});
