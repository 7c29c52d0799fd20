// Lists, before each page's module scripts, the modules those scripts import, as
// <link rel="modulepreload">: the browser then fetches a script and its imports side by side
// instead of one after the other. Vite does this for the HTML pages it builds itself; Astro's
// built pages get it here. Only the modules a script imports statically are listed (and theirs):
// what it imports later, on demand, is still fetched only when it is needed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './built-pages.mjs';

const SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
/** The chunk's leading static imports, as the bundler writes them: `import{a as b}from"./x.js";`. */
const LEADING_IMPORT = /^import\s*(?:[^"';]*?\sfrom\s*|[^"';]*?from)?\s*"(\.\/[^"]+\.js)";?\s*/;
/** What may come before a chunk's imports: line comments (compile-hints.mjs) and Vite's list of lazy chunks. */
const PREAMBLE = /^(?:\/\/.*\n|const __vite__mapDeps=.*\n)*/;

/** The relative specifiers a built chunk imports statically (its leading import statements). */
export function staticImports(code) {
  let rest = code.replace(PREAMBLE, '');
  const found = [];
  for (let match = LEADING_IMPORT.exec(rest); match !== null; match = LEADING_IMPORT.exec(rest)) {
    found.push(match[1]);
    rest = rest.slice(match[0].length);
  }
  return found;
}

/**
 * Every module a script's URL path imports statically, directly or not, as URL paths, in a stable
 * order (the script itself left out). `read` gives a built file's text by its URL path.
 */
export function importClosure(src, read) {
  const seen = new Set([src]);
  const order = [];
  const visit = (path) => {
    for (const specifier of staticImports(read(path))) {
      const target = posix.join(posix.dirname(path), specifier);
      if (seen.has(target)) continue;
      seen.add(target);
      order.push(target);
      visit(target);
    }
  };
  visit(src);
  return order;
}

/** The page with a modulepreload link before each module script for each module it imports. */
export function addModulePreloads(html, read) {
  const listed = new Set();
  return html.replace(SCRIPT, (tag, src) => {
    const unlisted = importClosure(src, read).filter((path) => !listed.has(path));
    for (const path of unlisted) listed.add(path);
    return unlisted.map((path) => `<link rel="modulepreload" href="${path}">`).join('') + tag;
  });
}

/** @returns {import('astro').AstroIntegration} */
export function modulePreloadIntegration() {
  let base = '/';
  return {
    name: 'module-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        // A script's URL path (under the base path) to its file in the build.
        const read = (path) => readFileSync(join(root, path.slice(base.length)), 'utf8');
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          const linked = addModulePreloads(html, read);
          if (linked !== html) writeFileSync(file, linked);
        }
      },
    },
  };
}
