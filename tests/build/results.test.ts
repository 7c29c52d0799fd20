import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST, readPage } from './dist';

const ASTRO = join(DIST, '_astro');
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const chunk = (name: string) => readFileSync(join(ASTRO, name), 'utf8');
/** Budgets, gzip bytes. */
const CHART_BUDGET = 60 * 1024;
const RESULTS_FIRST_LOAD_BUDGET = 30 * 1024;

// Chart.js keeps the id of its radial scale as a string; no other code in the site has it.
const chartChunks = () => readdirSync(ASTRO).filter((f) => f.endsWith('.js') && chunk(f).includes('radialLinear'));

/** JS files a page loads before anything is clicked: entry scripts and islands, and their static imports. */
function firstLoad(page: string): { files: string[]; inlineBytes: number } {
  const html = readPage(page);
  const entries = [...html.matchAll(/(?:component-url|renderer-url|src)="\/_astro\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  const files = new Set<string>();
  const visit = (name: string) => {
    if (files.has(name)) return;
    files.add(name);
    // Static imports only: `import(` (a dynamic import) matches neither alternative.
    for (const m of chunk(name).matchAll(
      /import\s*(?:\{[^}]*\}|[\w$*]+(?:\s+as\s+[\w$]+)?)?\s*(?:from\s*)?"\.\/([^"]+\.js)"/g,
    ))
      visit(m[1]!);
  };
  entries.forEach(visit);
  return { files: [...files].sort(), inlineBytes: gzip(inline) };
}

describe('the results page', () => {
  test('is built, with the island loaded only in the browser and a message without JavaScript', () => {
    const html = readPage('inventory/results/index.html');
    expect(html).toContain('<h1>Your results</h1>');
    expect(html).toMatch(/<astro-island[^>]*component-export="ResultsApp"[^>]*client="only"/);
    expect(html).toContain(
      '<noscript><p>Your results are worked out in your browser: turn on JavaScript to see them.</p></noscript>',
    );
  });

  test(`Chart.js is one chunk of at most ${CHART_BUDGET / 1024} KB gzip`, () => {
    const found = chartChunks();
    expect(found).toHaveLength(1);
    const size = gzip(chunk(found[0]!));
    console.log(`Chart.js chunk ${found[0]}: ${(size / 1024).toFixed(1)} KB gzip`);
    expect(size).toBeLessThanOrEqual(CHART_BUDGET);
  });

  test('Chart.js is in no page’s first load: it is fetched only when results are shown', () => {
    const [chart] = chartChunks();
    for (const page of builtPages()) expect(firstLoad(page).files, page).not.toContain(chart);
    expect(readdirSync(ASTRO).some((f) => f.endsWith('.js') && chunk(f).includes(`import(\`./${chart}\`)`))).toBe(true);
  });

  test(`first-load JS of /inventory/results/ is at most ${RESULTS_FIRST_LOAD_BUDGET / 1024} KB gzip`, () => {
    const { files, inlineBytes } = firstLoad('inventory/results/index.html');
    expect(files.some((f) => f.startsWith('ResultsApp.'))).toBe(true);
    const total = files.reduce((sum, f) => sum + gzip(chunk(f)), inlineBytes);
    console.log(
      `/inventory/results/ first load: ${files.join(', ')} + inline scripts = ${(total / 1024).toFixed(1)} KB gzip`,
    );
    expect(total).toBeLessThanOrEqual(RESULTS_FIRST_LOAD_BUDGET);
  });

  test('publishes the JSON Schema of the result file', () => {
    const schema = JSON.parse(readFileSync(join(DIST, 'schema', 'result-v1.json'), 'utf8')) as {
      $schema: string;
      title: string;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Collective Leadership Inventory result, format version 1');
  });
});
