/** Helpers for tests that read the built site in dist/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist';

/** Every HTML page of the build, as paths relative to dist/ (e.g. "framework/index.html"). */
export function builtPages(dir = DIST): string[] {
  if (!existsSync(dir)) throw new Error(`${dir}/ does not exist: run \`npm run build\` first (npm test does).`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(path);
      } else if (entry.name.endsWith('.html')) out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** The HTML of one built page. */
export function readPage(page: string, dir = DIST): string {
  return readFileSync(join(dir, page), 'utf8');
}
