/**
 * The messages a page's islands need, kept out of its HTML: each page type's areas, in each
 * language, are a JSON file of the build (`i18n/<language>.<bundle>.<hash>.json`, written by
 * src/pages/i18n/[file].ts) that the islands fetch once the page has painted. The page's HTML
 * carries only what runs before that (search's messages) and the file's address, so it arrives in
 * one round trip. The hash of the contents is in the name: a new build's page never reads an older
 * build's messages from a cache.
 */
import { createHash } from 'node:crypto';
import { longDateSymbols } from '../lib/date-symbols';
import { dateTag, pickAreas, pluralTable, type Dictionary } from '../lib/i18n';
import { languageSegment } from '../lib/languages';
import { numberSymbols } from '../lib/number-symbols';
import { withBase } from '../lib/paths';
import type { PageMessages } from './messages-block';

/** Each island page's message areas. */
export const MESSAGE_BUNDLES = {
  inventory: ['common', 'inventory', 'workshop'],
  results: ['common', 'inventory', 'results', 'plan', 'files'],
  team: ['common', 'team', 'workshop', 'plan', 'files'],
} as const satisfies Record<string, readonly string[]>;

export type MessageBundle = keyof typeof MESSAGE_BUNDLES;

/** A bundle's messages in a language, and the name of the file that holds them. */
export function messageFile(
  code: string,
  bundle: MessageBundle,
  dictionary: Dictionary,
): { name: string; messages: Dictionary } {
  const messages = pickAreas(dictionary, MESSAGE_BUNDLES[bundle]);
  const hash = createHash('sha256').update(JSON.stringify(messages)).digest('hex').slice(0, 10);
  return { name: `${languageSegment(code)}.${bundle}.${hash}`, messages };
}

/**
 * The text of a page's JSON data block (`#i18n-messages`, see messages-block.ts): its language,
 * search's messages, how the language writes numbers, and on a page with islands (`bundle`) the
 * address of their messages, what to say if that cannot be fetched and how the language writes dates.
 * `languageBase` is the home of the page's language; `base` the site's (BASE_URL).
 */
export function pageDataBlock(page: {
  locale: string;
  dictionary: Dictionary;
  base: string;
  languageBase: string;
  bundle: MessageBundle | undefined;
}): string {
  const { locale, dictionary, base, languageBase, bundle } = page;
  const dates = bundle === undefined ? undefined : longDateSymbols(dateTag(locale));
  const block: PageMessages = {
    locale,
    messages: {
      ...pickAreas(dictionary, ['searchResults']),
      ...(bundle === undefined ? {} : pickKeys(dictionary, ['layout.textLoadFailed'])),
    },
    ...(languageBase === base ? {} : { base: languageBase }),
    numbers: numberSymbols(locale),
    // Long dates and plural forms only where islands write them as the page starts.
    ...(dates === undefined ? {} : { dates, plurals: pluralTable(locale) }),
    ...(bundle === undefined
      ? {}
      : { src: withBase(base, `i18n/${messageFile(locale, bundle, dictionary).name}.json`) }),
  };
  // Inside a <script> element: no "<" may end it early.
  return JSON.stringify(block).replace(/</g, '\\u003c');
}

/** The messages of `keys` that the dictionary has. */
function pickKeys(dictionary: Dictionary, keys: readonly string[]): Dictionary {
  return Object.fromEntries(keys.filter((key) => key in dictionary).map((key) => [key, dictionary[key]!]));
}
