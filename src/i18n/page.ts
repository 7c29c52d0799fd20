/**
 * The interface language of the page being built: pages call `pageLanguage()` first, in their
 * front matter, so that their own text, the layout and every island rendered on the server use it.
 * Astro builds pages one at a time (build.concurrency 1), so one active language at a time holds:
 * `src/middleware.ts` sets the page's language from its address before the page renders, and
 * `pageLanguage()`, `pageHref()` and the content readers in `src/content.ts` default to it.
 */
import { getEntry } from 'astro:content';
import { pseudoDictionary, type Dictionary } from '../lib/i18n';
import { buildLanguages, languageHref, languageOfPath, PSEUDO_LOCALE, type Language } from '../lib/languages';
import { siteSettingsSchema } from '../lib/schemas';
import { setLanguage, t } from './t';

/** The default interface language: the file content/i18n/en.json. */
export const DEFAULT_LANGUAGE = 'en';

/** Whether this build adds the pseudo-locale (`PSEUDO_LOCALE=1`, test builds only). */
export const PSEUDO_BUILD = process.env['PSEUDO_LOCALE'] === '1';

/** The languages of this build, the default first: site.yaml's `languages`, plus the pseudo-locale when asked for. */
export async function siteLanguages(): Promise<Language[]> {
  const entry = await getEntry('site', 'site');
  const configured = (entry?.data ?? siteSettingsSchema.parse({})).languages;
  return buildLanguages(configured, PSEUDO_BUILD);
}

let current: string | undefined;

/** Set the language of the page about to render (the middleware does, from the page's address). */
export function setPageLanguageCode(code: string): void {
  current = code;
}

/** The language code of the page being built: the one the middleware set, or the default. */
export function pageLanguageCode(): string {
  return current ?? DEFAULT_LANGUAGE;
}

/** The language of a page from its pathname (base included): for the middleware. */
export async function languageOfPage(pathname: string): Promise<Language> {
  return languageOfPath(pathname, import.meta.env.BASE_URL, await siteLanguages());
}

/** A language's messages: its file in content/i18n, or English transformed for the pseudo-locale. */
export async function messagesOf(code: string): Promise<Dictionary> {
  if (code === PSEUDO_LOCALE) return pseudoDictionary(await messagesOf(DEFAULT_LANGUAGE));
  const entry = await getEntry('i18n', code);
  if (entry === undefined) throw new Error(`content/i18n/${code}.json: there is no language file for "${code}"`);
  return entry.data as Dictionary;
}

/** Load a language's messages (by default the page's language), make it active, and return `t`. */
export async function pageLanguage(
  code: string = pageLanguageCode(),
): Promise<{ locale: string; messages: Dictionary; t: typeof t }> {
  const messages = await messagesOf(code);
  setLanguage(code, messages);
  return { locale: code, messages, t };
}

/** The address (base included) of a site-relative page in the page's language, e.g. `pageHref('framework/')`. */
export async function pageHref(path: string, code: string = pageLanguageCode()): Promise<string> {
  return languageHref(import.meta.env.BASE_URL, await siteLanguages(), code, path);
}
