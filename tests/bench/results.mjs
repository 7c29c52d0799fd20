// Benchmark: how long the results page takes to show the chart and the table for a full answer
// set opened from a share link. Build first (`npx astro build`), then `npx node tests/bench/results.mjs`.
// Not part of `npm test`: timings depend on the machine. Prints the median of several runs.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { serve } from '../tools/serve.mjs';

const RUNS = Number(process.env.RUNS ?? 9);

// The share code comes from the real encoder and instrument (TypeScript), bundled for Node here.
// Written beside this script (and removed) so that it finds node_modules and content/ as the fixture expects.
const bundled = join('tests', 'bench', `.share-code-${process.pid}.mjs`);
await build({
  stdin: {
    contents: `import { encodeShareCode } from './src/lib/share-code';
      import { loadInstrument } from './tests/fixtures/instrument';
      import { FULL_ANSWERS } from './tests/fixtures/results';
      export const code = encodeShareCode(loadInstrument(), FULL_ANSWERS, 'partnership');`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: bundled,
  logLevel: 'silent',
});
let code;
try {
  ({ code } = await import(pathToFileURL(bundled).href));
} finally {
  rmSync(bundled);
}

const { server, url } = await serve({ root: 'dist', base: '/' });
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const times = [];
const tables = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    // The page's own clock (ms since navigation began), read by a MutationObserver set up before any
    // script runs: when the table has all seven dimensions, and when the chart is drawn.
    await page.addInitScript(() => {
      const seen = {};
      window.__shown = seen;
      new MutationObserver(() => {
        if (seen.table === undefined && document.querySelectorAll('#scores-table tbody tr').length === 7)
          seen.table = performance.now();
        if (seen.chart === undefined && document.querySelector('.radar[data-chart="ready"] canvas'))
          seen.chart = performance.now();
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-chart'] });
    });
    await page.goto(`${url}inventory/results/#${code}`);
    const shown = await page.waitForFunction(
      () => window.__shown.table !== undefined && window.__shown.chart !== undefined && window.__shown,
      null,
      { polling: 'raf' },
    );
    const { table, chart } = await shown.jsonValue();
    tables.push(table);
    times.push(Math.max(table, chart));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`Results page, full answer set from a share link, median of ${RUNS} runs in a fresh browser context:`);
console.log(`  table shown:           ${median(tables).toFixed(0)} ms after navigation began`);
console.log(
  `  chart and table shown: ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
);
