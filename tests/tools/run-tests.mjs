// `npm test`: every check that guards the project, in order, stopping at the first failure.
// Type check → unit and component tests → production build (and one under a base path) → build tests
// and budgets → browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { BASE_PATH, BASE_PATH_OUT_DIR } from './base-path-build.mjs';

/** Where each Vitest step also writes its counts, for the closing "N passed, N failed" line. */
const reports = [];
const vitest = (...projects) => {
  const report = `node_modules/.cache/vitest-report-${projects.join('-')}.json`;
  reports.push(report);
  rmSync(report, { force: true });
  return [
    'vitest',
    'run',
    '--config',
    'tests/vitest.config.ts',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
};
const steps = [
  ['Type check', ['astro', 'check']],
  ['Unit and component tests', vitest('unit', 'component')],
  ['Production build', ['astro', 'build']],
  // A second build under a sub-path, for the base-path crawl in the e2e tests.
  [`Build under ${BASE_PATH}`, ['astro', 'build'], { BASE_PATH, OUT_DIR: BASE_PATH_OUT_DIR }],
  ['Build tests and budgets', vitest('build')],
  ['End-to-end tests in Chromium', vitest('e2e')],
];

for (const [name, [cmd, ...args], env = {}] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
const counts = { passed: 0, failed: 0, skipped: 0 };
for (const report of reports) {
  if (!existsSync(report)) continue;
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(report, 'utf8'));
  counts.passed += numPassedTests;
  counts.failed += numFailedTests;
  counts.skipped += numPendingTests + numTodoTests;
}
console.log('\nAll checks passed.');
console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
