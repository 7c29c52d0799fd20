// `npm test`: every check that guards the project, in order, stopping at the first failure.
// Type check → unit and component tests → production build (and one under a base path) → build tests
// and budgets → browser tests.
import { spawnSync } from 'node:child_process';
import { BASE_PATH, BASE_PATH_OUT_DIR } from './base-path-build.mjs';

const vitest = (...projects) => ['vitest', 'run', '--config', 'tests/vitest.config.ts', ...projects.flatMap((p) => ['--project', p])];
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
console.log('\nAll checks passed.');
