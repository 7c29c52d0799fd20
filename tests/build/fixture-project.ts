/**
 * A throwaway copy of the project for build tests that change its content: sources are copied,
 * node_modules entries are symlinked (but not Astro's and Vite's caches, so builds never share
 * state with the real project), and `astro build` runs in it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve('.');
/**
 * Astro's command line, run on the Node.js that runs the tests (the project's pinned one) without
 * going through npx, whose own start costs most of a second of CPU per build.
 */
export const ASTRO = [process.execPath, join(ROOT, 'node_modules/astro/bin/astro.mjs')] as const;
const COPIED = ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'content', 'public'];

export interface FixtureProject {
  dir: string;
  /** Write (replace) a file, path relative to the project root; missing folders are made. */
  write(path: string, text: string): void;
  /** Run `astro build`; resolves to its exit status and everything it printed. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
}

/** A fresh copy of the project in a temporary directory. */
export function fixtureProject(): FixtureProject {
  const dir = mkdtempSync(join(tmpdir(), 'clf-fixture-'));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry.startsWith('.') && entry !== '.bin') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return {
    dir,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    build(env = {}) {
      const run = spawnSync(ASTRO[0], [ASTRO[1], 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, OUT_DIR: 'dist', BASE_PATH: '/', ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
