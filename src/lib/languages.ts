/**
 * The site's languages, the pure part: which languages a build has, the address of a page in each,
 * and the checks on `languages:` in content/settings/site.yaml. The first language is the default:
 * its pages keep their addresses (`/framework/`); every other language's pages live under its code,
 * lowercased (`/cy/framework/`). No DOM, no file system: callers pass in what they read.
 */
import { pseudoText } from './i18n';
import { withBase } from './paths';

/** One language of the site: its BCP 47 code and its name, written in that language. */
export interface Language {
  code: string;
  name: string;
}

/** The pseudo-locale's code: a test-only language whose every text is visibly transformed. */
export const PSEUDO_LOCALE = 'en-XA';
/** The pseudo-locale as a language (added to a build by `PSEUDO_LOCALE=1`). */
/** The pseudo-locale, named in its own "language" like every other: ⟦Þšéúðó~~⟧. */
export const PSEUDO_LANGUAGE: Language = { code: PSEUDO_LOCALE, name: pseudoText('Pseudo') };
/** The languages when site.yaml names none. */
export const DEFAULT_LANGUAGES: readonly Language[] = [{ code: 'en', name: 'English' }];

/** A BCP 47 tag as the site accepts it: a 2–3 letter language, then optional region or script parts. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The path segment of a language's pages: its code lowercased (`en-XA` → `en-xa`). */
export function languageSegment(code: string): string {
  return code.toLowerCase();
}

/** The languages of a build: those configured, then the pseudo-locale when it is asked for. */
export function buildLanguages(configured: readonly Language[], pseudo: boolean): Language[] {
  const languages = configured.length > 0 ? [...configured] : [...DEFAULT_LANGUAGES];
  if (pseudo && !languages.some((l) => l.code === PSEUDO_LOCALE)) languages.push(PSEUDO_LANGUAGE);
  return languages;
}

/**
 * What is wrong with site.yaml's `languages`, beyond its shape: every code but the pseudo-locale
 * needs its messages file (`hasFile(code)` says whether content/i18n/<code>.json exists), and no two
 * codes may share a path. Each problem names the field.
 */
export function languageProblems(languages: readonly Language[], hasFile: (code: string) => boolean): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  languages.forEach((language, i) => {
    const segment = languageSegment(language.code);
    const first = seen.get(segment);
    if (first !== undefined) problems.push(`languages[${i}].code: "${language.code}" is already languages[${first}]`);
    else seen.set(segment, i);
    if (language.code !== PSEUDO_LOCALE && !hasFile(language.code)) {
      problems.push(
        `languages[${i}].code: there is no content/i18n/${language.code}.json (copy content/i18n/en.json to it and translate it)`,
      );
    }
  });
  return problems;
}

/**
 * The language of a page from its path (`pathname` as in the address bar, base included): the
 * language whose segment starts the path after the base, or else the default (first) language.
 */
export function languageOfPath(pathname: string, base: string, languages: readonly Language[]): Language {
  const rest = stripBase(pathname, base);
  const segment = rest.split('/')[0]?.toLowerCase() ?? '';
  return languages.slice(1).find((l) => languageSegment(l.code) === segment) ?? (languages[0] as Language);
}

function stripBase(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const path = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  return path;
}

/** The page's path inside its language, without base or language (`/cy/framework/` → `framework/`). */
export function pageOfPath(pathname: string, base: string, languages: readonly Language[]): string {
  const rest = stripBase(pathname, base);
  const language = languageOfPath(pathname, base, languages);
  if (language === languages[0]) return rest;
  return rest.slice(languageSegment(language.code).length).replace(/^\/+/, '');
}

/** The address (base included) of a site-relative page `path` in a language. */
export function languageHref(base: string, languages: readonly Language[], code: string, path: string): string {
  const page = path.replace(/^\/+/, '');
  if (code === languages[0]?.code) return withBase(base, page);
  return withBase(base, `${languageSegment(code)}/${page}`);
}
