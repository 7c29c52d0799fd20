// Benchmark: how long results take to appear after the last answer, and how long the full report
// takes to show its chart and table (opened from the inventory, and from a share link). Build first
// (`npx astro build`), then `npx node tests/bench/results.mjs`. Not part of `npm test`: timings
// depend on the machine. Prints the median of several runs.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { serve } from '../tools/serve.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/chromium.mjs';

const RUNS = Number(process.env.RUNS ?? 9);

// The share code comes from the real encoder and instrument (TypeScript), bundled for Node here.
// Written beside this script (and removed) so that it finds node_modules and content/ as the fixture expects.
const bundled = join('tests', 'bench', `.share-code-${process.pid}.mjs`);
await build({
  stdin: {
    contents: `import { encodeShareCode } from './src/lib/share-code';
      import { loadInstrument } from './tests/fixtures/instrument';
      import { savedRecord } from './src/lib/saved-answers';
      import { FULL_ANSWERS } from './tests/fixtures/results';
      const instrument = loadInstrument();
      export const code = encodeShareCode(instrument, FULL_ANSWERS, 'partnership');
      const { 'culture-of-reflection': last, ...allButLast } = FULL_ANSWERS;
      export const saved = JSON.stringify(savedRecord(instrument, allButLast, {}));
      export const lastAnswer = last;`,
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
let code, saved, lastAnswer;
try {
  ({ code, saved, lastAnswer } = await import(pathToFileURL(bundled).href));
} finally {
  rmSync(bundled);
}

const { server, url } = await serve({ root: 'dist', base: '/' });
const browser = await chromium.launch({ executablePath: chromiumPath({ browser: true }), args: CHROMIUM_ARGS });
const times = [];
const tables = [];
const scoresAfterAnswer = [];
const reportAfterClick = [];
try {
  // 1. After the last answer: every answer but the last is saved; the person rates the last
  // question, goes to the review, asks for their scores, then opens the full report.
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    await context.addInitScript(
      ([value]) => {
        if (location.pathname.endsWith('/inventory/') && !sessionStorage.getItem('seeded')) {
          localStorage.setItem('cli:answers:v1', value);
          sessionStorage.setItem('seeded', 'yes');
        }
      },
      [saved],
    );
    const page = await context.newPage();
    await page.goto(`${url}inventory/#skills-and-behaviours`);
    await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
    await page.locator('fieldset.rating').nth(3).locator(`input[value="${lastAnswer}"]`).check();
    const t0 = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Next: review' }).click();
    await page.getByRole('button', { name: 'See my scores' }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('.score-summary tr[data-dimension]').length === 8,
      null,
      {
        polling: 'raf',
      },
    );
    scoresAfterAnswer.push((await page.evaluate(() => performance.now())) - t0);
    const overall = await page.locator('.score-summary tr[data-dimension]').last().textContent();
    if (!overall?.includes('7.2')) throw new Error(`The seeded answers were not scored as expected: ${overall}`);
    const t1 = Date.now();
    await page.getByRole('link', { name: 'Full report and exports' }).click();
    await page.waitForSelector('.radar[data-chart="ready"] canvas');
    await page.waitForFunction(() => document.querySelectorAll('#scores-table tbody tr').length === 7);
    reportAfterClick.push(Date.now() - t1);
    await context.close();
  }
  // 2. A full result opened from a share link in a fresh browser.
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
console.log(`Median of ${RUNS} runs each, Chromium (headless), this machine:`);
console.log(
  `  scores shown after the last answer (incl. two clicks): ${median(scoresAfterAnswer).toFixed(0)} ms (min ${Math.min(...scoresAfterAnswer).toFixed(0)}, max ${Math.max(...scoresAfterAnswer).toFixed(0)})`,
);
console.log(`  full report (chart and table) after clicking its link: ${median(reportAfterClick).toFixed(0)} ms`);
console.log(`Results page, full answer set from a share link, in a fresh browser context:`);
console.log(`  table shown:           ${median(tables).toFixed(0)} ms after navigation began`);
console.log(
  `  chart and table shown: ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
);
