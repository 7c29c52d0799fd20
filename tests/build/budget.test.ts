/**
 * Size budgets on the built site, in gzip bytes, for what each page loads first: its HTML, its
 * stylesheets, its module scripts and their static imports (dynamic imports load later, on use).
 * To budget a new page, add its URL path to `budgets`: every built page must have an entry.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST } from './dist';
import { gzipBytes, gzipFileBytes, htmlFileFor, pageAssets } from './page-assets';

const KB = 1024;

/**
 * Budget per URL path: `js` for all JavaScript, `total` for HTML + CSS + external JS + the data
 * the islands fetch before they start (their messages), in bytes.
 */
const budgets: Record<string, { js: number; total: number }> = {
  '/': { js: 6 * KB, total: 30 * KB },
  '/framework/': { js: 6 * KB, total: 30 * KB },
  '/404.html': { js: 6 * KB, total: 30 * KB },
  '/privacy/': { js: 6 * KB, total: 30 * KB },
  '/method/': { js: 6 * KB, total: 30 * KB },
  // Preact, nanostores and the island; Chart.js is not part of any first load.
  '/inventory/': { js: 25 * KB, total: 45 * KB },
  '/inventory/results/': { js: 30 * KB, total: 50 * KB },
  '/team/': { js: 30 * KB, total: 50 * KB },
};

const base = process.env['BASE_PATH'] || '/';

const measured = Object.entries(budgets).map(([path, budget]) => {
  const assets = pageAssets(DIST, htmlFileFor(path), base);
  const html = gzipFileBytes(DIST, assets.html);
  const css = assets.stylesheets.reduce((sum, file) => sum + gzipFileBytes(DIST, file), 0);
  const externalJs = assets.scripts.reduce((sum, file) => sum + gzipFileBytes(DIST, file), 0);
  const inlineJs = assets.inlineScripts.reduce((sum, body) => sum + gzipBytes(body), 0);
  const data = assets.data.reduce((sum, file) => sum + gzipFileBytes(DIST, file), 0);
  return { path, budget, assets, html, css, js: externalJs + inlineJs, data, total: html + css + externalJs + data };
});

console.log(
  ['page            HTML    CSS     JS   data   total  (gzip bytes; inline JS counts in HTML and JS)']
    .concat(
      measured.map((m) =>
        [m.path.padEnd(12), m.html, m.css, m.js, m.data, m.total].map((v) => String(v).padStart(7)).join(''),
      ),
    )
    .join('\n'),
);

/** A message only Chart.js contains: its presence in a first load means Chart.js was bundled there. */
const CHART_JS_MARKER = 'Canvas is already in use';
const CHART_BUDGET = 60 * KB;
const chartChunks = () =>
  readdirSync(join(DIST, '_astro')).filter(
    (f) => f.endsWith('.js') && readFileSync(join(DIST, '_astro', f), 'utf8').includes(CHART_JS_MARKER),
  );

describe('Chart.js', () => {
  test('is one chunk of at most 60 KB gzip', () => {
    const found = chartChunks();
    expect(found).toHaveLength(1);
    const size = gzipFileBytes(DIST, `_astro/${found[0]}`);
    console.log(`Chart.js chunk: ${size} bytes gzip`);
    expect(size).toBeLessThanOrEqual(CHART_BUDGET);
  });

  test.each(measured)('$path: is not loaded before results are shown', ({ assets }) => {
    expect(assets.scripts.filter((file) => chartChunks().includes(file.replace('_astro/', '')))).toEqual([]);
  });
});

/** The first line of a chunk that V8 compiles while it downloads (src/integrations/compile-hints.mjs). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const scriptChunks = () => readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
const hinted = (file: string) => readFileSync(join(DIST, '_astro', file), 'utf8').startsWith(COMPILE_HINT);

describe('the islands’ code compiles while it downloads, off the main thread', () => {
  const big = (file: string) => statSync(join(DIST, '_astro', file)).size >= 2048 + COMPILE_HINT.length;
  test.each(measured)(
    '$path: every script of 2 KB or more in its first load carries the compile hint',
    ({ assets }) => {
      const scripts = assets.scripts.map((file) => file.replace('_astro/', '')).filter(big);
      expect(scripts.filter((file) => !hinted(file))).toEqual([]);
    },
  );

  test('every chunk of 2 KB or more carries it but Chart.js and the QR code decoder, most of which a page never calls', () => {
    const lazy = [...chartChunks(), ...scriptChunks().filter((f) => f.startsWith('decode.'))].sort();
    expect(lazy).toHaveLength(2);
    expect(lazy.filter(hinted)).toEqual([]);
    expect(scriptChunks().filter((f) => !lazy.includes(f) && big(f) && !hinted(f))).toEqual([]);
    expect(scriptChunks().filter((f) => hinted(f) && !big(f))).toEqual([]);
    expect(scriptChunks().filter(hinted).length).toBeGreaterThan(20);
  });
});

/** A string only Vite's preload helper contains (the event it sends when a lazy import fails). */
const PRELOAD_HELPER_MARKER = 'vite:preloadError';

describe('lazy code loads with a plain import(), without Vite’s preload helper', () => {
  test('no chunk holds the helper, and every lazy import is still there', () => {
    const code = scriptChunks().map((f) => readFileSync(join(DIST, '_astro', f), 'utf8'));
    expect(code.filter((text) => text.includes(PRELOAD_HELPER_MARKER))).toEqual([]);
    expect(code.filter((text) => text.includes('__vite__mapDeps'))).toEqual([]);
    // Search's code, the plan editor, the collective page's tools, the chart: all loaded later.
    expect(code.join('\n').match(/\bimport\(`\.\/[\w.-]+\.js`\)/g)?.length).toBeGreaterThan(20);
  });

  test.each(measured)('$path: its first load holds no preload helper', ({ assets }) => {
    const loaded = assets.scripts.map((file) => readFileSync(join(DIST, file), 'utf8'));
    expect(loaded.filter((text) => text.includes(PRELOAD_HELPER_MARKER))).toEqual([]);
  });
});

describe('first-load size budgets (gzip)', () => {
  test('every built page has a budget', () => {
    const budgeted = Object.keys(budgets).map(htmlFileFor).sort();
    expect(builtPages()).toEqual(budgeted);
  });

  test.each(measured)('$path: JavaScript within its budget', ({ js, budget }) => {
    expect(js).toBeLessThanOrEqual(budget.js);
  });

  test.each(measured)('$path: HTML + CSS + JavaScript within its budget', ({ total, budget }) => {
    expect(total).toBeLessThanOrEqual(budget.total);
  });

  test.each(measured)('$path: loads nothing of search until it is opened', ({ assets }) => {
    const all = [...assets.scripts, ...assets.stylesheets];
    expect(all.filter((file) => file.includes('pagefind'))).toEqual([]);
    expect(assets.inlineScripts.filter((body) => /(?<![\w$.])import\s*["'{*\w][^;]*pagefind/.test(body))).toEqual([]);
  });
});
