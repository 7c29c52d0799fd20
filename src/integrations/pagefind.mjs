// Builds the Pagefind search index into dist/pagefind after every `astro build`.
import * as pagefind from 'pagefind';

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
        logger.info(`Indexed ${added.page_count} pages for search.`);
      },
    },
  };
}
