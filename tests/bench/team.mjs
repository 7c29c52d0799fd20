// Benchmark of the collective profile page: how long from "Add" to every figure (the radar, the
// dimension table, every question, the talking points and the levels side by side with their
// radar) for 1,000 and 10,000 pasted share codes, and the longest main-thread block meanwhile
// (Long Tasks API). It ends with the two budgets: 1,000 results' figures in under 1 s, and no
// main-thread task over 200 ms with 10,000.
// Run after a build: `npx astro build && npx node tests/bench/team.mjs`. Not part of `npm test`.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/chromium.mjs';
import { serve } from '../tools/serve.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
// The machine may be shared: each size is measured a few times and the median and worst reported.
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// The full browser when it is installed (what people use), as `npm run bench` measures.
const executablePath = chromiumPath({ browser: true });
if (!existsSync('dist/team/index.html')) throw new Error('dist/team/ is missing: run `npx astro build` first.');

// The fixtures are TypeScript: load them through Vite, as the tests do.
const vite = await createServer({
  root: process.cwd(),
  configFile: false,
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
});
const { loadInstrument } = await vite.ssrLoadModule('/tests/fixtures/instrument.ts');
const { encodeShareCode } = await vite.ssrLoadModule('/src/lib/share-code.ts');
const { instrumentItems, CANT_JUDGE } = await vite.ssrLoadModule('/src/lib/instrument.ts');
const instrument = loadInstrument();
const items = instrumentItems(instrument);

// A small seeded generator, so that every run measures the same results.
let seed = 20261126;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const levels = [undefined, 'team', 'organisation', 'partnership'];
function generateCodes(n) {
  const codes = [];
  for (let i = 0; i < n; i++) {
    const answers = {};
    for (const item of items) {
      const r = random();
      if (r < 0.05) continue;
      answers[item.id] = r < 0.1 ? CANT_JUDGE : 1 + Math.floor(random() * 12);
    }
    codes.push(encodeShareCode(instrument, answers, levels[Math.floor(random() * 4)]));
  }
  return codes;
}

const { server, url } = await serve({ root: 'dist', base: '/' });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** Click Add (or reload) in the page and wait until the radar shows `n` results; returns timings. */
const measureInPage = async (page, action, n) =>
  page.evaluate(
    async ({ action, n }) => {
      const t0 = performance.now();
      if (action === 'add') document.querySelector('.team-codes button[type=submit]').click();
      await new Promise((resolve) => {
        const check = () => {
          // A chart is drawn when it comes into view (src/components/when-shown.ts): each is
          // brought into view as it appears, as a person scrolling down to the figures would.
          for (const chart of document.querySelectorAll(
            '.team-radar canvas:not([data-drawn]), .team-levels canvas:not([data-drawn])',
          ))
            chart.scrollIntoView({ block: 'nearest' });
          const canvas = document.querySelector('canvas[data-drawn]');
          const every =
            canvas &&
            canvas.dataset.drawn === String(n) &&
            document.querySelector('.team-table') &&
            document.querySelectorAll('.team-question-table:not([aria-busy]) tbody tr').length > 0 &&
            document.querySelector('.team-points li') &&
            document.querySelector('.team-levels canvas[data-drawn]');
          if (every) resolve();
          else requestAnimationFrame(check);
        };
        check();
      });
      const elapsed = performance.now() - t0;
      const tasks = window.__longTasks.filter((t) => t.startTime + t.duration >= t0);
      return { elapsed, longest: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length };
    },
    { action, n },
  );

const observeLongTasks = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ startTime: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

const ms = (v) => `${Math.round(v)} ms`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const budgets = [];
const report = (label, runs) =>
  console.log(
    `${label}: figures after ${ms(median(runs.map((r) => r.elapsed)))} median (worst ${ms(Math.max(...runs.map((r) => r.elapsed)))}); ` +
      `longest main-thread block ${ms(median(runs.map((r) => r.longest)))} median (worst ${ms(Math.max(...runs.map((r) => r.longest)))}) over ${runs.length} runs`,
  );
try {
  console.log(`Chromium ${browser.version()}, ${RUNS} runs per size`);
  for (const n of SIZES) {
    const codes = generateCodes(n);
    const pasted = [];
    const reloaded = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      await context.addInitScript(observeLongTasks);
      const page = await context.newPage();
      await page.goto(new URL('team/', url).href);
      await page.locator('#team-files:not([disabled])').waitFor();
      // Pasting: the text lands in the textarea in one input event, as a paste does.
      await page.evaluate((text) => {
        const area = document.querySelector('#team-codes');
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }, codes.join('\n'));
      pasted.push(await measureInPage(page, 'add', n));
      const summary = await page.locator('.team-summary').textContent();
      const count = n.toLocaleString('en');
      const expected = `Found ${count} ${n === 1 ? 'code' : 'codes'}: ${count} added`;
      if (summary !== expected) throw new Error(`Expected “${expected}”, got “${summary}”`);
      await page.reload({ waitUntil: 'domcontentloaded' });
      reloaded.push(await measureInPage(page, 'reload', n));
      await context.close();
    }
    report(`${n.toLocaleString('en')} share codes pasted, from “Add”`, pasted);
    report(`${n.toLocaleString('en')} results read back from storage after a reload, from the HTML parsed`, reloaded);
    const all = [...pasted, ...reloaded];
    if (n === 1000) {
      const worst = Math.max(...all.map((r) => r.elapsed));
      budgets.push(`1,000 results, every figure ready in < 1 s: worst ${ms(worst)} ${worst < 1000 ? 'PASS' : 'FAIL'}`);
    }
    if (n === 10000) {
      const worst = Math.max(...all.map((r) => r.longest));
      budgets.push(
        `10,000 results, no main-thread task > 200 ms: longest ${ms(worst)} ${worst <= 200 ? 'PASS' : 'FAIL'}`,
      );
    }
  }
  for (const line of budgets) console.log(`Budget: ${line}`);
} finally {
  await browser.close();
  server.close();
  await vite.close();
}
