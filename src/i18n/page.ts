/**
 * The interface language of the page being built: pages call `pageLanguage()` first, in their
 * front matter, so that their own text, the layout and every island rendered on the server use it.
 * Astro builds pages one at a time (build.concurrency 1), so one active language at a time holds.
 */
import { getEntry } from 'astro:content';
import type { Dictionary } from '../lib/i18n';
import { setLanguage, t } from './t';

/** The default interface language: the file content/i18n/en.json. */
export const DEFAULT_LANGUAGE = 'en';

/** Load a language's messages from `content/i18n/<code>.json`, make it active, and return `t`. */
export async function pageLanguage(
  code: string = DEFAULT_LANGUAGE,
): Promise<{ locale: string; messages: Dictionary; t: typeof t }> {
  const entry = await getEntry('i18n', code);
  if (entry === undefined) throw new Error(`content/i18n/${code}.json: there is no language file for "${code}"`);
  const messages = entry.data as Dictionary;
  setLanguage(code, messages);
  return { locale: code, messages, t };
}
