/**
 * The inventory page's first-load JavaScript: inline scripts, module scripts, the island's
 * component and renderer, and everything they import statically, each gzipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST, readPage } from './dist';

const BUDGET = 25 * 1024;
/** A message only Chart.js contains: its presence means Chart.js was bundled into the page's first load. */
const CHART_JS_MARKER = 'Canvas is already in use';

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** dist/_astro file for a URL such as "/base/_astro/x.js". */
const fileOf = (url: string) => join(DIST, '_astro', url.slice(url.lastIndexOf('_astro/') + '_astro/'.length));

/** Static imports (not dynamic `import()`) of a built module, as file names next to it. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?["'](\.\.?\/[^"']+)["']/g)) {
    found.push(m[1]!.replace(/^\.\//, ''));
  }
  return found;
}

/** Every script the page loads before anyone does anything, with its gzip size. */
export function initialScripts(page: string): { name: string; gzip: number; code: string }[] {
  const html = readPage(page);
  const out: { name: string; gzip: number; code: string }[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src === undefined && (m[2] ?? '').trim() !== '' && !/type="application\/(ld\+)?json"/.test(attrs)) {
      out.push({ name: `inline script ${out.length + 1}`, gzip: gz(m[2]!), code: m[2]! });
    }
  }
  const entries = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\/_astro\/[^"]+)"/g)) entries.add(fileOf(m[1]!));
  for (const m of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) entries.add(fileOf(m[1]!));
  const queue = [...entries];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    out.push({ name: file, gzip: gz(code), code });
    for (const dep of staticImports(code)) queue.push(join(file, '..', dep));
  }
  return out;
}

describe('the inventory page budget', () => {
  const scripts = initialScripts('inventory/index.html');
  const total = scripts.reduce((s, f) => s + f.gzip, 0);

  test(`first-load JavaScript is at most 25 KB gzip`, () => {
    console.log(
      `inventory first-load JS: ${total} bytes gzip (${(total / 1024).toFixed(1)} KB)\n` +
        scripts.map((s) => `  ${s.gzip.toString().padStart(6)}  ${s.name}`).join('\n'),
    );
    expect(scripts.some((s) => /Inventory\.[\w-]+\.js$/.test(s.name))).toBe(true);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

  test('does not load Chart.js', () => {
    expect(scripts.filter((s) => s.code.includes(CHART_JS_MARKER)).map((s) => s.name)).toEqual([]);
  });
});
