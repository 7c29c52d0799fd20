// `npm run bench`: how fast every page is, as a visitor's phone would feel it. It builds the site,
// serves dist/, and prints per page:
//   - Lighthouse (mobile, its default simulated throttling) scores for performance, accessibility,
//     best practices and SEO, with Total Blocking Time, Cumulative Layout Shift and Largest
//     Contentful Paint, in the system Chromium with the browser tests' flags;
//   - the first-load bytes by type (gzip), as tests/build/budget.test.ts counts them;
//   - interactions at 4× CPU slowdown, measured with the Event Timing API as Interaction to Next
//     Paint counts them: choosing a rating, moving to the next dimension, adding 100 codes on the
//     collective page.
// Two pages are also measured with what they show: the results page showing a full result (opened
// from its share link, so no storage is needed) and the collective page showing the profile of a
// workshop of 10 results and of one of 1,000 (kept on the device as a returning facilitator has them).
// It prints numbers; it is not a test and not part of `npm test`. Timings depend on the machine and
// on what else runs on it: compare runs made one after the other.
//   npm run bench                       # build, then measure
//   npm run bench -- --no-build         # measure the dist/ already built
//   RUNS=3 npm run bench                # median of 3 Lighthouse runs per page
//   LIGHTHOUSE_CPU=6.5 npm run bench    # Lighthouse's CPU slowdown 6.5× instead of 4× (a slower machine)
//   LHR_DIR=/tmp/lhr npm run bench      # also keep each Lighthouse report there, as JSON
//   npm run bench -- --no-build --interactions   # the interactions alone
//   npm run bench -- --no-build --only=/team/    # Lighthouse on the pages named so, then the interactions
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../tools/chromium.mjs';
import { serve } from '../tools/serve.mjs';

const RUNS = Number(process.env.RUNS ?? 1);
/** A folder to keep each Lighthouse run's full report in (its long tasks, its trace-based audits), if set. */
const LHR_DIR = process.env.LHR_DIR;
/**
 * Lighthouse's CPU slowdown, when not its default (4): a machine faster than the one a figure is
 * to be compared with can stand in for it, its tasks counted that many times over instead of four
 * (4 × 3,100 / 1,900 ≈ 6.5 for a day with a benchmarkIndex of 3,100 against one of 1,900).
 */
const LIGHTHOUSE_CPU = process.env.LIGHTHOUSE_CPU === undefined ? undefined : Number(process.env.LIGHTHOUSE_CPU);
const INTERACTION_RUNS = Number(process.env.INTERACTION_RUNS ?? 5);
const CPU_SLOWDOWN = 4;
// The full browser when it is installed (what people browse with), else the headless shell.
const executablePath = chromiumPath({ browser: true });

if (!process.argv.includes('--no-build')) {
  console.log('Building the site (astro build)…');
  const built = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (!existsSync('dist/index.html')) throw new Error('dist/ has no build: run `npm run bench` without --no-build.');

// The fixtures and the first-load accounting are TypeScript: load them through Vite, as the tests do.
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
const { FULL_ANSWERS } = await vite.ssrLoadModule('/tests/fixtures/results.ts');
const { WORKSHOPS_KEY, workshopCollectionKey } = await vite.ssrLoadModule('/src/stores/workshops.ts');
const { stringifyWorkshopIndex } = await vite.ssrLoadModule('/src/lib/workshop-index.ts');
const { workshopTagFrom } = await vite.ssrLoadModule('/src/lib/invitation-fields.ts');
const { builtPages } = await vite.ssrLoadModule('/tests/build/dist.ts');
const { gzipBytes, gzipFileBytes, pageAssets } = await vite.ssrLoadModule('/tests/build/page-assets.ts');
await vite.close();

const instrument = loadInstrument();
const items = instrumentItems(instrument);
const FULL_CODE = encodeShareCode(instrument, FULL_ANSWERS, 'partnership');

// A small seeded generator, so that every run measures the same results.
let seed = 20261127;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const levels = [undefined, 'team', 'organisation', 'partnership'];
/** `n` different share codes of plausible results. */
function generateCodes(n) {
  const codes = new Set();
  while (codes.size < n) {
    const answers = {};
    for (const item of items) {
      const r = random();
      if (r < 0.05) continue;
      answers[item.id] = r < 0.1 ? CANT_JUDGE : 1 + Math.floor(random() * 12);
    }
    codes.add(encodeShareCode(instrument, answers, levels[Math.floor(random() * 4)]));
  }
  return [...codes];
}
// A workshop's worth of results, then a very large collection (the first ten of the thousand are the ten).
const thousandCodes = generateCodes(1000);
const tenCodes = thousandCodes.slice(0, 10);

const { server, url } = await serve({ root: 'dist', base: '/' });
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// ---------------------------------------------------------------------------------------------
// 1. First-load bytes (gzip), per built page.
const pages = builtPages('dist').map((file) => ({
  file,
  path: file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1'),
}));
const bytes = new Map(
  pages.map(({ file, path }) => {
    const assets = pageAssets('dist', file, '/');
    const html = gzipFileBytes('dist', assets.html);
    const css = assets.stylesheets.reduce((sum, f) => sum + gzipFileBytes('dist', f), 0);
    const externalJs = assets.scripts.reduce((sum, f) => sum + gzipFileBytes('dist', f), 0);
    const inlineJs = assets.inlineScripts.reduce((sum, body) => sum + gzipBytes(body), 0);
    const data = assets.data.reduce((sum, f) => sum + gzipFileBytes('dist', f), 0);
    return [path, { html, css, js: externalJs + inlineJs, data, total: html + css + externalJs + data }];
  }),
);

// ---------------------------------------------------------------------------------------------
// 2. Lighthouse, per page, plus the two heavy states.
const targets = [
  ...pages.map(({ path }) => ({ name: `/${path}`, path })),
  {
    name: '/inventory/results/ (full result, from its link)',
    path: `inventory/results/#${FULL_CODE}`,
    bytesOf: 'inventory/results/',
  },
  { name: '/team/ (10 results)', path: 'team/', seed: tenCodes, bytesOf: 'team/' },
  { name: '/team/ (1,000 results)', path: 'team/', seed: thousandCodes, bytesOf: 'team/' },
];

// `-- --interactions` measures the interactions alone (a minute instead of several); `-- --only=TEXT`
// runs Lighthouse only on the pages whose name holds TEXT (e.g. `--only=/team/`).
const interactionsOnly = process.argv.includes('--interactions');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: CHROMIUM_ARGS });
const lighthouseRows = [];
/** Lighthouse's CPU benchmark of this machine, one per run (its `benchmarkIndex`). */
const benchmarkIndexes = [];
try {
  for (const target of interactionsOnly ? [] : targets.filter((t) => only === undefined || t.name.includes(only))) {
    const runs = [];
    process.stderr.write(`Lighthouse: ${target.name}…\n`);
    for (let i = 0; i < RUNS; i++) {
      if (target.seed) await seedStorage(chrome.port, target.seed);
      const result = await lighthouse(url + target.path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // The seeded collection must survive until the page reads it.
        disableStorageReset: Boolean(target.seed),
        ...(LIGHTHOUSE_CPU === undefined ? {} : { throttling: { cpuSlowdownMultiplier: LIGHTHOUSE_CPU } }),
      });
      const { categories, audits, environment } = result.lhr;
      if (LHR_DIR !== undefined) {
        mkdirSync(LHR_DIR, { recursive: true });
        const file = `${target.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${i + 1}.json`;
        writeFileSync(join(LHR_DIR, file), JSON.stringify(result.lhr));
      }
      benchmarkIndexes.push(environment.benchmarkIndex);
      runs.push({
        perf: categories.performance.score * 100,
        a11y: categories.accessibility.score * 100,
        bp: categories['best-practices'].score * 100,
        seo: categories.seo.score * 100,
        tbt: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
      });
    }
    const pick = (key) => median(runs.map((r) => r[key]));
    lighthouseRows.push({
      target,
      tbtRuns: runs.map((r) => r.tbt),
      perf: pick('perf'),
      a11y: pick('a11y'),
      bp: pick('bp'),
      seo: pick('seo'),
      tbt: pick('tbt'),
      cls: pick('cls'),
      lcp: pick('lcp'),
    });
    if (target.seed) await clearStorage(chrome.port);
  }
} finally {
  chrome.kill();
}

/**
 * Put `codes` in the site's local storage as a returning facilitator has them: the collection of
 * one workshop, the one open. Lighthouse keeps storage for this run, and with it what an earlier run
 * left: the service worker and its cache, and the HTTP cache. Those go, so that the page loads over
 * the network as a first visit does (with them, it came from the cache and its paint read 0.07 s).
 */
async function seedStorage(port, codes) {
  const id = 'BENCH001';
  const workshop = { id, created: '2026-11-27T09:00:00.000Z', tag: workshopTagFrom([20261127]), name: 'Bench' };
  const stored = [
    [WORKSHOPS_KEY, stringifyWorkshopIndex({ active: id, workshops: [workshop] })],
    [workshopCollectionKey(id), JSON.stringify(codes)],
  ];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0].newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(url).origin,
      storageTypes: 'service_workers,cache_storage',
    });
    await cdp.send('Network.clearBrowserCache');
    await page.goto(`${url}favicon.svg`);
    await page.evaluate((entries) => {
      for (const [key, value] of entries) localStorage.setItem(key, value);
    }, stored);
    await page.close();
  } finally {
    await browser.close();
  }
}
/** Remove what the seeded run left on the site's origin (storage, service worker, caches). */
async function clearStorage(port) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0].newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'all' });
    await page.close();
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Interactions at 4× CPU slowdown: Event Timing entries (durationThreshold 16 ms) grouped by
// interaction, the longest entry of each, as Interaction to Next Paint counts them. An interaction
// whose next paint came within 16 ms reports no entry: it is printed as "< 16".
process.stderr.write(`Interactions at ${CPU_SLOWDOWN}× CPU slowdown…\n`);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const interactions = {};
try {
  interactions.rating = await measure('inventory/#collective-vision', async (page, record) => {
    const values = [7, 3, 11, 5, 9, 1, 12, 6];
    const groups = page.locator('fieldset.rating');
    const count = await groups.count();
    for (let i = 0; i < INTERACTION_RUNS; i++) {
      const input = groups.nth(i % count).locator(`input[value="${values[i % values.length]}"]`);
      await record(() => input.click());
    }
  });
  interactions.next = await measure('inventory/#collective-vision', async (page, record) => {
    for (let i = 0; i < Math.min(INTERACTION_RUNS, instrument.dimensions.length - 1); i++) {
      const heading = await page.locator('#step-heading').textContent();
      await record(() => page.getByRole('button', { name: 'Next', exact: true }).click());
      await page.waitForFunction((before) => document.querySelector('#step-heading')?.textContent !== before, heading);
    }
  });
  interactions.add100 = await measure('team/', async (page, record) => {
    await page.locator('#team-files:not([disabled])').waitFor();
    for (let i = 0; i < INTERACTION_RUNS; i++) {
      const codes = generateCodes(100);
      await page.getByLabel('Paste codes or links, or any text with them in it').fill(codes.join('\n'));
      const t0 = await page.evaluate(() => performance.now());
      await record(() => page.getByRole('button', { name: 'Add', exact: true }).click());
      await page.waitForFunction(
        (n) => document.querySelector('.team-summary')?.textContent === `Found ${n} codes: ${n} added`,
        100,
        {
          polling: 'raf',
          timeout: 60_000,
        },
      );
      interactions.add100Done = [
        ...(interactions.add100Done ?? []),
        (await page.evaluate(() => performance.now())) - t0,
      ];
    }
  });
} finally {
  await browser.close();
  server.close();
}

/**
 * Open `path` in a fresh context with the CPU slowed down, then let `drive` perform interactions,
 * each through `record(action)`; returns the next-paint time of each (null: under 16 ms).
 */
async function measure(path, drive) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url + path);
  await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__interactions = new Map();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.interactionId) continue;
        w.__interactions.set(
          entry.interactionId,
          Math.max(w.__interactions.get(entry.interactionId) ?? 0, entry.duration),
        );
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const times = [];
  const record = async (action) => {
    const before = await page.evaluate(() => [.../** @type {any} */ (window).__interactions.keys()]);
    await action();
    // Entries are reported after the next paint: wait two frames and a task past it.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
    );
    const after = await page.evaluate(() => [.../** @type {any} */ (window).__interactions.entries()]);
    const fresh = after.filter(([id]) => !before.includes(id)).map(([, duration]) => duration);
    times.push(fresh.length > 0 ? Math.max(...fresh) : null);
  };
  await drive(page, record);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return times;
}

// ---------------------------------------------------------------------------------------------
// Report.
const fmt = (value, width, digits = 0) => (value === undefined ? '–' : value.toFixed(digits)).padStart(width);
console.log(
  `\nLighthouse ${RUNS > 1 ? `(median of ${RUNS} runs) ` : ''}mobile, simulated throttling${LIGHTHOUSE_CPU === undefined ? '' : ` (CPU slowdown ${LIGHTHOUSE_CPU}×, not 4×)`}; first load in gzip bytes`,
);
console.log(
  'page'.padEnd(50) +
    ['perf', 'a11y', 'bp', 'seo', 'TBT ms', 'CLS', 'LCP s', 'HTML', 'CSS', 'JS', 'data', 'total']
      .map((h, i) => h.padStart(i < 4 ? 5 : 8))
      .join(''),
);
for (const row of lighthouseRows) {
  const b = bytes.get(row.target.bytesOf ?? row.target.path);
  console.log(
    row.target.name.padEnd(50) +
      fmt(row.perf, 5) +
      fmt(row.a11y, 5) +
      fmt(row.bp, 5) +
      fmt(row.seo, 5) +
      fmt(row.tbt, 8) +
      fmt(row.cls, 8, 3) +
      fmt(row.lcp / 1000, 8, 2) +
      fmt(b?.html, 8) +
      fmt(b?.css, 8) +
      fmt(b?.js, 8) +
      fmt(b?.data, 8) +
      fmt(b?.total, 8),
  );
}
if (RUNS > 1) {
  // One page's blocking time moves far from one run to the next: each run's, beside the median.
  console.log('\nTotal Blocking Time of each run, ms:');
  for (const row of lighthouseRows) {
    console.log(`  ${row.target.name.padEnd(50)}${row.tbtRuns.map((tbt) => tbt.toFixed(0)).join(', ')}`);
  }
}
if (benchmarkIndexes.length > 0) {
  // Simulated throttling multiplies every task this machine ran by 4, a factor meant for a fast
  // desktop: on a slower machine the same page reads as more blocking time.
  console.log(
    `Lighthouse's CPU benchmark of this machine (benchmarkIndex): median ${median(benchmarkIndexes).toFixed(0)}, ` +
      `${Math.min(...benchmarkIndexes).toFixed(0)}–${Math.max(...benchmarkIndexes).toFixed(0)} over ${benchmarkIndexes.length} runs`,
  );
}
const show = (times) => {
  const measured = times.map((t) => t ?? 0);
  const text = (t) => (t === null ? '<16' : t.toFixed(0));
  return `median ${text(median(measured) || null)} ms, worst ${text(Math.max(...measured) || null)} ms  [${times.map(text).join(', ')}]`;
};
console.log(`\nInteractions at ${CPU_SLOWDOWN}× CPU slowdown, next paint (Event Timing, as INP counts it):`);
console.log(`  choosing a rating                ${show(interactions.rating)}`);
console.log(`  moving to the next dimension     ${show(interactions.next)}`);
console.log(`  adding 100 codes (collective)    ${show(interactions.add100)}`);
console.log(
  `  … until "100 added" shows         median ${median(interactions.add100Done).toFixed(0)} ms (work continues in slices after the first paint)`,
);
