// Builds the Pagefind search index into dist/pagefind after every `astro build`.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Pagefind's ready-made UIs: the site has its own search dialog, so these are never loaded. */
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** @returns {import('astro').AstroIntegration} */
export function pagefindIntegration() {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = new URL(dir).pathname;
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${outDir}pagefind` });
        await pagefind.close();
        // Left out so that hosts, and the service worker's precache, carry only what search uses.
        for (const file of readdirSync(`${outDir}pagefind`)) if (UNUSED.test(file)) rmSync(join(`${outDir}pagefind`, file));
        logger.info(`Indexed ${added.page_count} pages for search.`);
      },
    },
  };
}
