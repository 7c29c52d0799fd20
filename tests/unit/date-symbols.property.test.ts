import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatLongDate, LONG_DATE, longDateSymbols } from '../../src/lib/date-symbols';
import { dateFormat, useLongDateSymbols } from '../../src/lib/i18n';

/** Languages whose long dates differ in order, month forms, digits and words around the year. */
const LANGUAGES = [
  'en-GB',
  'en-US',
  'cy',
  'de',
  'fr',
  'es',
  'pl',
  'ga',
  'hi',
  'bn',
  'ar',
  'ar-EG',
  'he',
  'tr',
  'pt-BR',
  'hu',
  'lv',
];

const dates = fc
  .record({
    year: fc.integer({ min: 1900, max: 2199 }),
    month: fc.integer({ min: 0, max: 11 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => new Date(Date.UTC(year, month, day)));

describe('long dates written with a language’s symbols', () => {
  test.each(LANGUAGES)('are what Intl.DateTimeFormat writes (%s)', (language) => {
    const symbols = longDateSymbols(language);
    expect(symbols).toBeDefined();
    const intl = new Intl.DateTimeFormat(language, { ...LONG_DATE, timeZone: 'UTC' });
    fc.assert(
      fc.property(dates, (date) => formatLongDate(symbols!, date, 'UTC') === intl.format(date)),
      { numRuns: 300 },
    );
  });

  test('a language with another calendar, or written otherwise than day, month and year, is left to Intl', () => {
    expect(longDateSymbols('fa')).toBeUndefined(); // the Persian calendar
    expect(longDateSymbols('th')).toBeUndefined(); // the Buddhist era
  });

  test('English is British English: 27 November 2026, in this time zone or in UTC', () => {
    const symbols = longDateSymbols('en-GB')!;
    expect(formatLongDate(symbols, new Date(Date.UTC(2026, 10, 27)), 'UTC')).toBe('27 November 2026');
    expect(formatLongDate(symbols, new Date(2026, 0, 5))).toBe('5 January 2026');
  });

  test('the page’s date format uses them once the page gives them, and Intl for other styles', () => {
    const tag = 'x-dates';
    useLongDateSymbols(tag, {
      ...longDateSymbols('en-GB')!,
      months: Array.from({ length: 12 }, (_, m) => `\u0001/${m + 1}/\u0002`),
    });
    expect(dateFormat(tag, { ...LONG_DATE, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 27)))).toBe(
      '27/11/2026',
    );
  });
});
