import { describe, expect, test } from 'vitest';
import {
  buildLanguages,
  languageHref,
  languageOfPath,
  languageProblems,
  pageOfPath,
  PSEUDO_LANGUAGE,
  type Language,
} from '../../src/lib/languages';
import { siteSettingsSchema } from '../../src/lib/schemas';

/** The issues of a failed parse, as "path: message". */
function issues(input: unknown): string[] {
  const result = siteSettingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const EN_CY: Language[] = [
  { code: 'en', name: 'English' },
  { code: 'cy', name: 'Cymraeg' },
];
const WITH_PSEUDO: Language[] = [...EN_CY, PSEUDO_LANGUAGE];

describe('languages in site.yaml', () => {
  test('none given: English only', () => {
    expect(siteSettingsSchema.parse({}).languages).toEqual([{ code: 'en', name: 'English' }]);
  });

  test('a list is kept in its order, the first being the default', () => {
    expect(siteSettingsSchema.parse({ languages: [EN_CY[1], EN_CY[0]] }).languages).toEqual([
      { code: 'cy', name: 'Cymraeg' },
      { code: 'en', name: 'English' },
    ]);
    expect(siteSettingsSchema.parse({ languages: [{ code: 'pt-BR', name: 'Português' }] }).languages).toEqual([
      { code: 'pt-BR', name: 'Português' },
    ]);
  });

  test('a malformed code, a missing name, an empty list and a repeated code each name the field', () => {
    expect(issues({ languages: [{ code: 'Welsh', name: 'Cymraeg' }] })).toEqual([
      'languages.0.code: must be a language code such as "en", "cy" or "pt-BR"',
    ]);
    expect(issues({ languages: [{ code: 'cy', name: ' ' }] })).toEqual([
      'languages.0.name: must name the language, in that language (e.g. "Cymraeg")',
    ]);
    expect(issues({ languages: [] })).toEqual(['languages: must list at least one language; the first is the default']);
    expect(issues({ languages: [...EN_CY, { code: 'cy', name: 'Cymraeg' }] })).toEqual([
      'languages.2.code: "cy" is listed twice',
    ]);
  });

  test('a code without its messages file is an error naming the field and the file; the pseudo-locale needs none', () => {
    const files = new Set(['en']);
    expect(languageProblems(WITH_PSEUDO, (code) => files.has(code))).toEqual([
      'languages[1].code: there is no content/i18n/cy.json (copy content/i18n/en.json to it and translate it)',
    ]);
    files.add('cy');
    expect(languageProblems(WITH_PSEUDO, (code) => files.has(code))).toEqual([]);
  });

  test('the pseudo-locale is added only when asked for, once, after the configured languages', () => {
    expect(buildLanguages(EN_CY, false)).toEqual(EN_CY);
    expect(buildLanguages(EN_CY, true)).toEqual([...EN_CY, { code: 'en-XA', name: '⟦Þšéúðó~~⟧' }]);
    expect(buildLanguages(WITH_PSEUDO, true)).toEqual(WITH_PSEUDO);
    expect(buildLanguages([], false)).toEqual([{ code: 'en', name: 'English' }]);
  });
});

describe('addresses in each language', () => {
  test('the default language keeps every address; the others are under their code, lowercased', () => {
    expect(languageHref('/', WITH_PSEUDO, 'en', 'framework/')).toBe('/framework/');
    expect(languageHref('/', WITH_PSEUDO, 'en', '')).toBe('/');
    expect(languageHref('/', WITH_PSEUDO, 'cy', 'framework/')).toBe('/cy/framework/');
    expect(languageHref('/', WITH_PSEUDO, 'en-XA', '')).toBe('/en-xa/');
    expect(languageHref('/leadership/', WITH_PSEUDO, 'en-XA', 'inventory/results/')).toBe(
      '/leadership/en-xa/inventory/results/',
    );
  });

  test('a page’s language and its path within the language come from its address, base path or not', () => {
    expect(languageOfPath('/en-xa/framework/', '/', WITH_PSEUDO).code).toBe('en-XA');
    expect(languageOfPath('/leadership/cy/', '/leadership/', WITH_PSEUDO).code).toBe('cy');
    expect(languageOfPath('/framework/', '/', WITH_PSEUDO).code).toBe('en');
    expect(languageOfPath('/', '/', WITH_PSEUDO).code).toBe('en');
    // A page whose first segment merely starts like a code is the default language's.
    expect(languageOfPath('/cymru/', '/', WITH_PSEUDO).code).toBe('en');
    expect(pageOfPath('/leadership/en-xa/inventory/results/', '/leadership/', WITH_PSEUDO)).toBe('inventory/results/');
    expect(pageOfPath('/en-xa/', '/', WITH_PSEUDO)).toBe('');
    expect(pageOfPath('/method/', '/', WITH_PSEUDO)).toBe('method/');
  });

  test('a path taken from an address and put back gives the same address, in every language', () => {
    for (const base of ['/', '/leadership/']) {
      for (const language of WITH_PSEUDO) {
        for (const page of ['', 'framework/', 'inventory/results/']) {
          const href = languageHref(base, WITH_PSEUDO, language.code, page);
          expect(languageOfPath(href, base, WITH_PSEUDO)).toEqual(language);
          expect(pageOfPath(href, base, WITH_PSEUDO)).toBe(page);
        }
      }
    }
  });
});
