// `npm test`: every check that guards the project, stopping at the first failure.
// Lanes run side by side, so that both cores work:
//   production build → browser tests (two workers)
//   production build → base-path build → pseudo-locale build (beside the browser tests, whose
//     files that serve these two builds wait for them and run later: tests/tools/extra-builds.mjs)
//     → type check
//   unit and component tests → (once the builds are made) build tests and budgets
// `npm run test:quick` (`--quick`) runs only the type check and the unit and component tests.
// One lane's output is shown as it comes; the others' is held and printed whole when each ends, so
// the log reads step by step. Every step prints its time, and the run its total, before the
// closing "Tests: N passed, N failed, N skipped" line (CI reads that line: it stays last).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { BASE_PATH, BASE_PATH_OUT_DIR } from './base-path-build.mjs';
import { EXTRA_BUILDS_MARKER, EXTRA_BUILDS_MARKER_ENV } from './extra-builds.mjs';
import { PSEUDO_ENV } from './pseudo-build.mjs';

const quick = process.argv.includes('--quick');
/** Browser-test workers: files run in parallel, each worker with one Chromium (tests/e2e/harness.ts). */
const E2E_WORKERS = process.env.E2E_WORKERS || '2';

/** Where each Vitest step also writes its counts, for the closing "N passed, N failed" line. */
const reports = [];
const vitest = (projects, ...extra) => {
  const report = `node_modules/.cache/vitest-report-${projects.join('-')}.json`;
  reports.push(report);
  rmSync(report, { force: true });
  return [
    'vitest',
    'run',
    '--config',
    'tests/vitest.config.ts',
    ...projects.flatMap((p) => ['--project', p]),
    ...extra,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
};

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
/** Running child processes, stopped when another step fails. */
const running = new Set();

/**
 * Run one step. `live` streams its output; otherwise the output is held and printed whole at the
 * end. Resolves when it passes; on failure, stops every other step and exits with its status.
 */
function step(name, [cmd, ...args], { env = {}, live = true } = {}) {
  return new Promise((resolve) => {
    const header = `\n▶ ${name}: ${cmd} ${args.join(' ')}`;
    if (live) console.log(header);
    const t0 = Date.now();
    const child = spawn(cmd, args, {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    running.add(child);
    child.on('error', (error) => console.error(`\n✖ ${name} could not start: ${error.message}`));
    const held = [];
    child.stdout?.on('data', (chunk) => held.push(chunk));
    child.stderr?.on('data', (chunk) => held.push(chunk));
    child.on('close', (status, signal) => {
      running.delete(child);
      if (!live) process.stdout.write(`${header}\n${Buffer.concat(held).toString()}`);
      if (status !== 0) {
        console.error(`\n✖ ${name} failed (${signal ? `signal ${signal}` : `exit ${status}`}).`);
        for (const other of running) other.kill('SIGTERM');
        summarise(`\nFailed after ${seconds(started)}.`);
        process.exit(status || 1);
      }
      console.log(`✔ ${name} (${seconds(t0)})`);
      resolve();
    });
  });
}

/** Run `lanes` side by side; each lane is a list of steps run in order. The first lane is shown live. */
const lanes = (...list) =>
  Promise.all(
    list.map(async (steps, i) => {
      for (const [name, command, options = {}] of steps) await step(name, command, { ...options, live: i === 0 });
    }),
  );

const typeCheck = ['Type check', ['astro', 'check']];
// After the builds, the type check skips its own `astro sync`: each build has just written the
// content types it reads (.astro/), and the sync would cost 7 more CPU-seconds to write them again.
const typeCheckAfterBuilds = [typeCheck[0], [...typeCheck[1], '--noSync']];
const unitAndComponent = ['Unit and component tests', vitest(['unit', 'component'])];

if (quick) {
  await lanes([typeCheck], [unitAndComponent]);
} else {
  // The browser tests are the longest step: they start as soon as the production build is made.
  // The builds run one after the other, and the type check only after them: all of them write
  // Astro's content store. Until the marker is written, the browser tests that serve the two
  // later builds wait for them.
  rmSync(EXTRA_BUILDS_MARKER, { force: true });
  const production = lanes([['Production build', ['astro', 'build']]]);
  const builds = (async () => {
    await production;
    await step(
      // A second build under a sub-path, for the base-path crawl in the e2e tests.
      `Build under ${BASE_PATH}`,
      ['astro', 'build'],
      { env: { BASE_PATH, OUT_DIR: BASE_PATH_OUT_DIR }, live: false },
    );
    // A third with the pseudo-locale beside English (/en-xa/), for the language tests.
    await step('Build with the pseudo-locale', ['astro', 'build'], { env: PSEUDO_ENV, live: false });
    writeFileSync(EXTRA_BUILDS_MARKER, `${new Date().toISOString()}\n`);
  })();
  // The type check starts as soon as the builds are made, beside the unit and component tests
  // rather than after them: waiting for them made this lane, not the browser tests, the last to end.
  const typeChecked = (async () => {
    await builds;
    await step(...typeCheckAfterBuilds, { live: false });
  })();
  await Promise.all([
    (async () => {
      await production;
      await step('End-to-end tests in Chromium', vitest(['e2e'], `--maxWorkers=${E2E_WORKERS}`), {
        env: { [EXTRA_BUILDS_MARKER_ENV]: EXTRA_BUILDS_MARKER },
      });
    })(),
    typeChecked,
    (async () => {
      const held = { live: false };
      await step(...unitAndComponent, held);
      await builds;
      await step('Build tests and budgets', vitest(['build']), held);
    })(),
  ]);
}

summarise(`\nAll checks passed in ${seconds(started)}.`);

/** Print `headline`, then the counts summed over every Vitest report written so far (the last line). */
function summarise(headline) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const report of reports) {
    if (!existsSync(report)) continue;
    let parsed;
    try {
      parsed = JSON.parse(readFileSync(report, 'utf8'));
    } catch {
      continue; // a step stopped while writing its report
    }
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = parsed;
    counts.passed += numPassedTests;
    counts.failed += numFailedTests;
    counts.skipped += numPendingTests + numTodoTests;
  }
  console.log(headline);
  console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}
