import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { dictionarySchema } from './lib/dictionary-schema';
import { dimensionSchema, inventorySettingsSchema, pageSchema, siteSettingsSchema } from './lib/schemas';

/**
 * The seven dimensions; the file name (without .mdx) is the dimension's stable id. A file in a
 * language's folder (`content/framework/cy/<id>.mdx`) is that dimension in that language.
 */
const framework = defineCollection({
  loader: glob({ pattern: ['*.mdx', '*/*.mdx'], base: './content/framework' }),
  schema: dimensionSchema,
});

/** Prose pages such as the introduction; `content/pages/<code>/<id>.mdx` is a page in another language. */
const pages = defineCollection({
  loader: glob({ pattern: ['*.mdx', '*/*.mdx'], base: './content/pages' }),
  schema: pageSchema,
});

const site = defineCollection({
  loader: glob({ pattern: 'site.yaml', base: './content/settings' }),
  schema: siteSettingsSchema,
});

const inventory = defineCollection({
  loader: glob({ pattern: 'inventory.yaml', base: './content/settings' }),
  schema: inventorySettingsSchema,
});

/** Interface text, one file per language (`en.json` is the reference every other file must match). */
const i18n = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/i18n' }),
  schema: dictionarySchema,
});

export const collections = { framework, pages, site, inventory, i18n };
