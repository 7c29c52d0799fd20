// The built site's HTML pages, for the build steps that rewrite them (csp-per-page.mjs, module-preload.mjs).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every HTML file under a directory, Pagefind's own files left out.
 * @param {string} dir
 * @returns {string[]}
 */
export function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}
