import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtPages, readPage } from './dist';

/** The CSP of a built page, directive by directive. */
function policy(html: string): Record<string, string[]> {
  const content = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)">/)?.[1] ?? '';
  return Object.fromEntries(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('every built page', () => {
  test.each(builtPages())('%s carries the Content Security Policy, first thing in the head', (page) => {
    const html = readPage(page);
    const csp = policy(html);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['script-src']?.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp['script-src']?.slice(2).every((v) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(v))).toBe(true);
    expect(csp['style-src']?.[0]).toBe("'self'");
    const all = Object.values(csp).flat();
    expect(all.filter((v) => /^'unsafe-(?:inline|eval|hashes)'$|https?:|\*/.test(v))).toEqual([]);
    // A <meta> policy covers only what follows it: nothing but the theme <style> may come first.
    const head = html.slice(0, html.indexOf('<meta http-equiv="content-security-policy"'));
    expect(head).not.toMatch(/<script|<link rel="stylesheet"/);
  });

  test.each(builtPages())('%s runs no inline script or style that its policy does not hash', (page) => {
    const html = readPage(page);
    const csp = policy(html);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const scripts = [
      ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
    ].map((m) => m[1]!);
    expect(styles.filter((text) => !csp['style-src']?.includes(hash(text))).map((t) => t.slice(0, 80))).toEqual([]);
    expect(scripts.filter((text) => !csp['script-src']?.includes(hash(text))).map((t) => t.slice(0, 80))).toEqual([]);
    expect(styles.length).toBeGreaterThan(0);
  });

  test.each(builtPages())('%s has no inline style attribute or event handler that the CSP would block', (page) => {
    const html = readPage(page);
    expect(html.match(/<[^>]+\sstyle="[^"]*"/g) ?? []).toEqual([]);
    expect(html.match(/<[^>]+\son[a-z]+="[^"]*"/g) ?? []).toEqual([]);
  });

  test.each(builtPages())('%s links to the privacy and method pages from its footer', (page) => {
    const footer = readPage(page).match(/<footer class="site-footer">[\s\S]*<\/footer>/)?.[0] ?? '';
    expect(footer).toContain('<a href="/privacy/">Privacy: what is kept, and how to delete it</a>');
    expect(footer).toContain('<a href="/method/">How scores are calculated</a>');
  });
});

describe('offline', () => {
  test('the service worker precaches every file of the build, the search index included', () => {
    const source = readFileSync('dist/sw.js', 'utf8');
    const precache = JSON.parse(source.match(/const PRECACHE = (\[.*\]);/)?.[1] ?? '[]') as string[];
    for (const page of builtPages()) {
      expect(precache).toContain(page === 'index.html' ? '' : page.replace(/index\.html$/, ''));
    }
    expect(precache).toContain('pagefind/pagefind.js');
    expect(precache).toContain('pagefind/pagefind-entry.json');
    expect(precache.filter((p) => p.endsWith('.pf_fragment')).length).toBeGreaterThan(0);
    expect(precache).not.toContain('sw.js');
  });
});

describe('the privacy page', () => {
  test('names every storage key, and says there are no cookies and no analytics', () => {
    const text = readPage('privacy/index.html')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    for (const key of [
      'cli:answers:v1',
      'cli:answers:v1:backup',
      'cli:notes:v1',
      'cli:history-enabled:v1',
      'cli:history:v1',
      'cli:collection:v1',
    ]) {
      expect(text).toContain(` ${key} `);
    }
    expect(text).toContain('It sets no cookies and uses no analytics');
    expect(text).toContain('Until you delete it, or until you clear this site’s data in your browser.');
  });
});

describe('the method page', () => {
  const text = readPage('method/index.html')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

  test('shows the bands and thresholds of content/settings/inventory.yaml', () => {
    expect(text).toContain(
      'Little evidence 0 to under 25 Some evidence 25 to under 50 Good evidence 50 to under 75 Strong evidence 75 to 100',
    );
    expect(text).toContain('at least 3 results are combined');
    expect(text).toContain('at least 50% of its questions');
    expect(text).toContain('score out of 100 = (mean − 1) ÷ (12 − 1) × 100');
  });

  test('credits the framework to its author', () => {
    expect(text).toContain('Dr Stephen Brookes introduced in 2009, when he was at Manchester Business School');
  });
});

describe('the headers file for Netlify and Cloudflare Pages', () => {
  const headers = readFileSync('dist/_headers', 'utf8');

  test('sends the security headers for every path', () => {
    expect(headers).toContain(
      "/*\n  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'\n",
    );
    expect(headers).toContain('  Referrer-Policy: no-referrer\n');
    expect(headers).toContain('  X-Content-Type-Options: nosniff\n');
    // The camera only for this site's own pages (the collective page scans QR codes); nothing else.
    expect(headers).toMatch(/ {2}Permissions-Policy: camera=\(self\), microphone=\(\), geolocation=\(\)/);
  });

  test('its policy leaves scripts and styles to the per-page policy, whose hashes it would otherwise block', () => {
    const header = headers.match(/Content-Security-Policy: (.*)/)?.[1] ?? '';
    expect(header).not.toMatch(/default-src|script-src|style-src/);
  });
});
