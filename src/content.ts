/**
 * Reads the content collections once per build; pages and components get plain data from here.
 * Every reader takes a language code, by default the page's (`src/i18n/page.ts`): a translated
 * file `content/framework/<code>/<id>.mdx` (or `content/pages/<code>/<id>.mdx`) replaces the
 * default file for that language, and the default file is used where there is none. In the
 * pseudo-locale the front matter's text is transformed like the interface's (`pseudoText`).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { pageLanguageCode, siteLanguages } from './i18n/page';
import { pseudoText } from './lib/i18n';
import { buildInstrument, ContentError, type Instrument } from './lib/instrument';
import { PSEUDO_LOCALE } from './lib/languages';
import {
  inventorySettingsSchema,
  siteSettingsSchema,
  type DimensionData,
  type InventorySettings,
  type SiteSettings,
} from './lib/schemas';

async function getInventorySettings(code: string): Promise<InventorySettings> {
  const entry = await getEntry('inventory', 'inventory');
  const settings = entry?.data ?? inventorySettingsSchema.parse({});
  if (code !== PSEUDO_LOCALE) return settings;
  const { scale } = settings;
  return {
    ...settings,
    scale: {
      ...scale,
      anchors: scale.anchors.map((a) => ({ ...a, label: pseudoText(a.label) })),
      cantJudge: scale.cantJudge === false ? false : pseudoText(scale.cantJudge),
    },
    bands: settings.bands.map((b) => ({ ...b, label: pseudoText(b.label) })),
  };
}

/** The default language's code (the first in site.yaml). */
async function defaultCode(): Promise<string> {
  return ((await siteLanguages())[0] as { code: string }).code;
}

/**
 * Of a collection's entries, the default files (top level), each replaced by its translation for
 * `code` where `<code>/<id>` exists (ids are lowercased by the loader, so codes are matched lowercased).
 */
function forLanguage<E extends { id: string }>(entries: readonly E[], code: string, isDefault: boolean): E[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const prefix = `${code.toLowerCase()}/`;
  return entries
    .filter((e) => !e.id.includes('/'))
    .map((e) => (isDefault ? e : (byId.get(prefix + e.id) ?? e)));
}

function pseudoDimension(data: DimensionData): DimensionData {
  return {
    ...data,
    title: pseudoText(data.title),
    keyStatement: pseudoText(data.keyStatement),
    ...(data.leadIn === undefined ? {} : { leadIn: pseudoText(data.leadIn) }),
    prompt: pseudoText(data.prompt),
    questions: data.questions.map((q) => ({
      ...q,
      text: pseudoText(q.text),
      ...(q.rating === undefined ? {} : { rating: pseudoText(q.rating) }),
    })),
  };
}

/**
 * The dimensions in framework order, with their MDX entries for rendering. The cross-file rules
 * (unique orders and question ids) are checked here, so that every page that shows the framework
 * fails the build with a ContentError naming the file and the field, not only the inventory. A
 * translation must keep its dimension's order and question ids: answers are read by id, so a
 * result made in one language opens in every other.
 */
export async function getDimensions(code: string = pageLanguageCode()): Promise<CollectionEntry<'framework'>[]> {
  const all = await getCollection('framework');
  const isDefault = code === (await defaultCode());
  const defaults = forLanguage(all, code, true);
  buildInstrument(defaults, await getInventorySettings(code));
  const entries = forLanguage(all, code, isDefault).map((entry, i) => {
    const original = defaults[i] as CollectionEntry<'framework'>;
    if (entry !== original) checkTranslation(original, entry);
    return code === PSEUDO_LOCALE ? { ...entry, data: pseudoDimension(entry.data) } : entry;
  });
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** A translated dimension keeps the default file's order and question ids, in the same order. */
function checkTranslation(original: CollectionEntry<'framework'>, translation: CollectionEntry<'framework'>): void {
  const file = translation.filePath ?? `content/framework/${translation.id}.mdx`;
  if (translation.data.order !== original.data.order) {
    throw new ContentError(file, 'order', `must be ${original.data.order}, as in the default language's file`);
  }
  const want = original.data.questions.map((q) => q.id).join(', ');
  const have = translation.data.questions.map((q) => q.id).join(', ');
  if (want !== have) {
    throw new ContentError(file, 'questions', `ids must be those of the default language's file, in order: ${want}`);
  }
}

/** The inventory instrument built from the framework content and `content/settings/inventory.yaml`. */
export async function getInstrument(code: string = pageLanguageCode()): Promise<Instrument> {
  return buildInstrument(await getDimensions(code), await getInventorySettings(code));
}

/** A prose page of `content/pages/` (e.g. "method") in the language, or the default language's. */
export async function getPage(id: string, code: string = pageLanguageCode()): Promise<CollectionEntry<'pages'>> {
  const isDefault = code === (await defaultCode());
  const entry = (!isDefault && (await getEntry('pages', `${code.toLowerCase()}/${id}`))) || (await getEntry('pages', id));
  if (!entry) throw new Error(`content/pages/${id}.mdx is missing`);
  if (code !== PSEUDO_LOCALE) return entry;
  return { ...entry, data: { title: pseudoText(entry.data.title), description: pseudoText(entry.data.description) } };
}

/** Site settings from `content/settings/site.yaml`, with defaults when the file is absent. */
export async function getSiteSettings(code: string = pageLanguageCode()): Promise<SiteSettings> {
  const entry = await getEntry('site', 'site');
  const settings = entry?.data ?? siteSettingsSchema.parse({});
  if (code !== PSEUDO_LOCALE) return settings;
  return {
    ...settings,
    name: pseudoText(settings.name),
    tagline: pseudoText(settings.tagline),
    ...(settings.introduction === undefined
      ? {}
      : { introduction: settings.introduction.split(/\n\s*\n/).map((p) => pseudoText(p.trim())).join('\n\n') }),
  };
}
