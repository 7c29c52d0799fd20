// `npm test`: every check that guards the project, in order, stopping at the first failure.
// Type check → unit and component tests → production build → build tests and budgets → browser tests.
import { spawnSync } from 'node:child_process';

const vitest = (...projects) => ['vitest', 'run', '--config', 'tests/vitest.config.ts', ...projects.flatMap((p) => ['--project', p])];
const steps = [
  ['Type check', ['astro', 'check']],
  ['Unit and component tests', vitest('unit', 'component')],
  ['Production build', ['astro', 'build']],
  ['Build tests and budgets', vitest('build')],
  ['End-to-end tests in Chromium', vitest('e2e')],
];

for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\nAll checks passed.');
