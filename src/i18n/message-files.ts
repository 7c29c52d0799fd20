/**
 * The messages a page's islands need, kept out of its HTML: each page type's areas, in each
 * language, are a JSON file of the build (`i18n/<language>.<bundle>.<hash>.json`, written by
 * src/pages/i18n/[file].ts) that the islands fetch once the page has painted. The page's HTML
 * carries only what runs before that (search's messages) and the file's address, so it arrives in
 * one round trip. The hash of the contents is in the name: a new build's page never reads an older
 * build's messages from a cache.
 */
import { createHash } from 'node:crypto';
import { pickAreas, type Dictionary } from '../lib/i18n';
import { languageSegment } from '../lib/languages';

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
