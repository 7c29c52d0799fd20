import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import en from '../../content/i18n/en.json';
import {
  dateFormat,
  dictionaryProblems,
  formatMessage,
  formatParts,
  numberFormat,
  pickAreas,
  placeholders,
  PLURAL_FORMS,
  PLURAL_TABLE_SIZE,
  pluralTable,
  selectPlural,
  usePluralTable,
  PSEUDO_CLOSE,
  PSEUDO_OPEN,
  pseudoDictionary,
  pseudoText,
  type Dictionary,
} from '../../src/lib/i18n';
import { n, setLanguage, t } from '../../src/i18n/t';

describe('formatMessage', () => {
  test('fills placeholders and formats numbers for the language', () => {
    expect(formatMessage('en', '{n} of {total} answered', { n: 1200, total: 27 })).toBe('1,200 of 27 answered');
    expect(formatMessage('de', '{n} von {total}', { n: 1200.5, total: 27 })).toBe('1.200,5 von 27');
  });

  test('chooses the plural form from count by the language’s rules', () => {
    const results = { one: '{count} result', other: '{count} results' };
    expect(formatMessage('en', results, { count: 1 })).toBe('1 result');
    expect(formatMessage('en', results, { count: 0 })).toBe('0 results');
    expect(formatMessage('en', results, { count: 1000 })).toBe('1,000 results');
    // Welsh has six categories: 2 is "two", 3 is "few", 6 is "many".
    const cy = { zero: 'dim', one: 'un', two: 'dau', few: 'tri', many: 'chwech', other: '{count} arall' };
    expect([0, 1, 2, 3, 6, 7].map((count) => formatMessage('cy', cy, { count }))).toEqual([
      'dim',
      'un',
      'dau',
      'tri',
      'chwech',
      '7 arall',
    ]);
  });

  test('a placeholder without a value stays visible, and text without placeholders is unchanged', () => {
    expect(formatMessage('en', 'Hello {name}, {other}', { name: 'Sam' })).toBe('Hello Sam, {other}');
    expect(formatMessage('en', 'Curly { braces } stay')).toBe('Curly { braces } stay');
  });

  test('formatParts passes markup values through in place', () => {
    const link = { tag: 'a' };
    expect(formatParts('en', 'Contact: {contact}.', { contact: link })).toEqual(['Contact: ', link, '.']);
  });

  test('formatParts: text between placeholders with values is one part, however often a message is used', () => {
    const link = { tag: 'a' };
    const message = '{a}{missing} and {b}: {a}';
    for (let i = 0; i < 3; i++) {
      expect(formatParts('en', message, { a: link, b: 'B' })).toEqual([link, '{missing} and ', 'B', ': ', link]);
      expect(formatParts('en', message, { b: 2500 })).toEqual(['{a}{missing} and ', '2,500', ': {a}']);
      expect(formatParts('en', message)).toEqual([message]);
    }
  });
});

describe('plural tables: plural forms chosen without Intl.PluralRules as a page starts', () => {
  /** A message whose every form names its category, so the form chosen shows which it is. */
  const named = Object.fromEntries(PLURAL_FORMS.map((form) => [form, form])) as Record<
    (typeof PLURAL_FORMS)[number],
    string
  >;

  test('English: one for 1, other for every other whole number from 0 to 199', () => {
    expect(PLURAL_TABLE_SIZE).toBe(200);
    expect(pluralTable('en')).toBe(`51${'5'.repeat(198)}`);
  });

  test('with its table, a language chooses every form as Intl does, and makes no Intl.PluralRules below 200', () => {
    const Original = Intl.PluralRules;
    const made: string[] = [];
    for (const locale of ['cy', 'ar', 'pl', 'lt', 'fr']) {
      usePluralTable(locale, pluralTable(locale));
      const rules = new Original(locale);
      (Intl as { PluralRules: unknown }).PluralRules = new Proxy(Original, {
        construct: (target, args: [string]) => (made.push(args[0]), new target(...args)),
      });
      made.length = 0;
      try {
        // `zero` is chosen for exactly 0 whenever the message has it, whatever the rules say.
        for (let count = 1; count < PLURAL_TABLE_SIZE; count++) {
          expect(selectPlural(locale, named, count), `${locale} ${count}`).toBe(rules.select(count));
        }
        expect(made, locale).toEqual([]);
        // Beyond the table, and for fractions, Intl decides (with rules made once per language).
        for (const count of [200, 1_000, 1_000_000, 1.5]) {
          expect(selectPlural(locale, named, count), `${locale} ${count}`).toBe(rules.select(count));
        }
      } finally {
        (Intl as { PluralRules: unknown }).PluralRules = Original;
      }
    }
  });

  test('a table that is not one of digits 0–5 is ignored: Intl decides', () => {
    usePluralTable('ga', 'x'.repeat(PLURAL_TABLE_SIZE));
    const rules = new Intl.PluralRules('ga');
    for (const count of [1, 2, 3, 7, 11]) expect(selectPlural('ga', named, count)).toBe(rules.select(count));
  });
});

describe('dictionaryProblems', () => {
  const reference: Dictionary = {
    'a.one': 'One {x}',
    'a.count': { one: '{count} thing', other: '{count} things' },
  };

  test('a complete file has none', () => {
    expect(dictionaryProblems(reference, { 'a.one': 'Un {x}', 'a.count': { other: '{count} pethau' } })).toEqual([]);
  });

  test('names each missing key, extra key, wrong value and placeholder mismatch', () => {
    expect(dictionaryProblems(reference, { 'a.one': 'Un', 'a.extra': 'x' })).toEqual([
      'a.count: missing (every language has every key of en.json)',
      "a.one: placeholders (none) differ from en.json's {x}",
      'a.extra: not a key of en.json (remove it, or add it to en.json first)',
    ]);
    expect(dictionaryProblems(reference, { 'a.one': 3, 'a.count': { one: 'x' } })).toEqual([
      'a.one: must be text, or plural forms with at least "other" (zero, one, two, few, many, other)',
      'a.count: must be text, or plural forms with at least "other" (zero, one, two, few, many, other)',
    ]);
    expect(dictionaryProblems(reference, { 'a.one': ' ', 'a.count': { other: 'x' } })).toEqual(['a.one: is empty']);
    expect(dictionaryProblems(reference, [])).toEqual(['must be an object of messages by key']);
  });

  test('the English file is complete against itself, and every plural message has "other"', () => {
    expect(dictionaryProblems(en, en)).toEqual([]);
  });
});

describe('pseudo-locale', () => {
  test('accents every letter, keeps placeholders, and is about a third longer', () => {
    expect(pseudoText('Add {count} codes')).toBe('⟦Áðð {count} çóðéš~~~⟧');
    expect(placeholders(pseudoText('{a} and {b}'))).toEqual(['a', 'b']);
  });

  test('every transformed text is bracketed, has no plain ASCII letter outside placeholders, and keeps its placeholders', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const out = pseudoText(text);
        expect(out.startsWith(PSEUDO_OPEN) && out.endsWith(PSEUDO_CLOSE)).toBe(true);
        expect(out.replace(/\{[A-Za-z][A-Za-z0-9]*\}/g, '')).not.toMatch(/[A-Za-z]/);
        expect(placeholders(out)).toEqual(placeholders(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('the pseudo dictionary of English is a complete language file', () => {
    expect(dictionaryProblems(en, pseudoDictionary(en))).toEqual([]);
  });
});

test('pickAreas keeps only the named areas', () => {
  expect(pickAreas({ 'a.x': '1', 'ab.y': '2', 'b.z': '3' }, ['a', 'b'])).toEqual({ 'a.x': '1', 'b.z': '3' });
});

describe('t', () => {
  test('reads the active language; an unknown key shows as itself', () => {
    setLanguage('de', { 'searchResults.count': { one: '{count} Treffer.', other: '{count} Treffer.' } });
    expect(t('searchResults.count', { count: 1234 })).toBe('1.234 Treffer.');
    expect(n(0.5)).toBe('0,5');
    expect(t('layout.skipLink')).toBe('layout.skipLink');
    setLanguage('en', en);
    expect(t('layout.skipLink')).toBe('Skip to content');
  });
});

describe('formats made once per language and options', () => {
  test('the same options give the same formatter, which writes the language’s numbers and dates', () => {
    const scale = numberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(numberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe(scale);
    expect(scale.format(6)).toBe('6.0');
    expect(numberFormat('fr', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(6.25)).toBe('6,3');
    const long = dateFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(dateFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).toBe(long);
    expect(long.format(new Date('2026-11-27T00:00:00Z'))).toBe('27 November 2026');
    expect(numberFormat('en', {})).not.toBe(scale);
  });
});
