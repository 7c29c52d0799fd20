// Writes the service worker after every build: it precaches every file of the build (Pagefind's
// index included), so the whole site works offline after one visit. The cache name carries a
// hash of the build's contents, so a new deploy means a new cache and an "update ready" prompt.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVICE_WORKER_FILE = 'sw.js';
const runtime = readFileSync(fileURLToPath(new URL('./service-worker-runtime.js', import.meta.url)), 'utf8');

/** Every file under `dir`, as sorted paths relative to it with "/" separators. */
export function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The URL (relative to the base path) under which a built file is requested: pages by their
 * directory ("framework/index.html" → "framework/", "index.html" → ""), everything else as it is.
 * @param {string} file
 */
export function precacheUrl(file) {
  if (file === 'index.html') return '';
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/**
 * The service worker's source for a build: the runtime with its precache list and build hash.
 * @param {{ files: string[], buildHash: string }} build
 */
export function serviceWorkerSource({ files, buildHash }) {
  const precache = files.filter((f) => f !== SERVICE_WORKER_FILE).map(precacheUrl);
  return `const BUILD_HASH = ${JSON.stringify(buildHash)};\nconst PRECACHE = ${JSON.stringify(precache)};\n${runtime}`;
}

/** A short hash of every file's path and contents: it changes whenever any file of the build does. */
export function buildHashOf(/** @type {string} */ dir, /** @type {string[]} */ files) {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(dir, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** @returns {import('astro').AstroIntegration} */
export function serviceWorkerIntegration() {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = listFiles(outDir).filter((f) => f !== SERVICE_WORKER_FILE);
        const buildHash = buildHashOf(outDir, files);
        writeFileSync(join(outDir, SERVICE_WORKER_FILE), serviceWorkerSource({ files, buildHash }));
        logger.info(`Service worker precaches ${files.length} files (build ${buildHash}).`);
      },
    },
  };
}
