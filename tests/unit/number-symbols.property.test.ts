import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatWithSymbols, numberSymbols, type NumberStyle } from '../../src/lib/number-symbols';
import { numberFormat, useNumberSymbols } from '../../src/lib/i18n';

/**
 * Languages with every kind of difference in how numbers are written: separators, grouping
 * (Indian 3-and-2, Spanish and Polish not grouping 1000), digits (Arabic-Indic, Persian, Bengali),
 * signs (Unicode minus, direction marks) and percent signs before, after or spaced.
 */
const LANGUAGES = [
  'en',
  'cy',
  'de',
  'fr',
  'es',
  'pl',
  'de-CH',
  'sv',
  'hi',
  'en-IN',
  'bn',
  'ar',
  'ar-EG',
  'fa',
  'he',
  'tr',
  'ur',
  'ja',
];
/** The number styles the site writes. */
const STYLES: NumberStyle[] = [
  {},
  { maximumFractionDigits: 2 },
  { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  { style: 'percent', maximumFractionDigits: 0 },
  { style: 'percent' },
  { style: 'unit', unit: 'megabyte', minimumFractionDigits: 0, maximumFractionDigits: 1 },
];

/** Numbers as the site has them: counts, means and shares, halves and near-halves, negatives and zeros. */
const numbers = fc.oneof(
  fc.integer({ min: -10_000_000, max: 100_000_000 }),
  fc.integer({ min: 0, max: 12_000 }).map((n) => n / 1000),
  fc.integer({ min: 0, max: 2_000 }).map((n) => n / 8),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.constantFrom(0, -0, 0.285, 1.005, 2.25, 0.4545, 0.995, 999.95, 1000, 9999.5),
);

describe('numbers written with a language’s symbols', () => {
  test.each(LANGUAGES)('are what Intl.NumberFormat writes, in every style the site uses (%s)', (language) => {
    const symbols = numberSymbols(language);
    fc.assert(
      fc.property(numbers, fc.constantFrom(...STYLES), (value, style) => {
        const ours = formatWithSymbols(symbols, value, style);
        // Only a number in exponent form, or a unit the language writes differently by number, is left to Intl.
        if (ours === undefined)
          return (
            /e/i.test(String(Math.abs(value))) || (style.unit !== undefined && symbols.units[style.unit] === undefined)
          );
        return ours === new Intl.NumberFormat(language, style).format(value);
      }),
      { numRuns: 400 },
    );
  });

  test('a few by hand: grouping, digits, rounding and percent signs', () => {
    expect(formatWithSymbols(numberSymbols('en'), 1234567.891, {})).toBe('1,234,567.891');
    expect(formatWithSymbols(numberSymbols('en-IN'), 1234567, {})).toBe('12,34,567');
    expect(formatWithSymbols(numberSymbols('es'), 1000, {})).toBe('1000');
    expect(formatWithSymbols(numberSymbols('es'), 10000, {})).toBe('10.000');
    expect(formatWithSymbols(numberSymbols('en'), 0.285, { maximumFractionDigits: 2 })).toBe('0.29');
    expect(formatWithSymbols(numberSymbols('en'), 6, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe(
      '6.0',
    );
    expect(formatWithSymbols(numberSymbols('fr'), 0.4545, { style: 'percent', maximumFractionDigits: 0 })).toBe(
      '45\u00a0%',
    );
    expect(formatWithSymbols(numberSymbols('tr'), 0.5, { style: 'percent' })).toBe('%50');
    expect(formatWithSymbols(numberSymbols('ar-EG'), 27, {})).toBe('٢٧');
    expect(formatWithSymbols(numberSymbols('en'), 1, { style: 'unit', unit: 'megabyte' })).toBe('1 MB');
    expect(formatWithSymbols(numberSymbols('en'), Number.NaN, {})).toBeUndefined();
  });
});

describe('the page’s number formats', () => {
  test('use the language’s symbols once the page gives them, and Intl for other styles', () => {
    // A language tag of its own, so that no other test's kept formats are touched.
    const tag = 'x-test';
    useNumberSymbols(tag, { ...numberSymbols('en'), decimal: '·' });
    expect(numberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(7.25)).toBe('7·3');
    expect(numberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(0.5)).toBe('50%');
  });

  test('write a number met before as they wrote it the first time, zero and minus zero apart', () => {
    const tag = 'x-test-repeat';
    useNumberSymbols(tag, numberSymbols('fr'));
    const format = numberFormat(tag, { maximumFractionDigits: 2 });
    const intl = new Intl.NumberFormat('fr', { maximumFractionDigits: 2 });
    expect([-0, 0, -0, 0].map((v) => format.format(v))).toEqual(['-0', '0', '-0', '0']);
    // Over a thousand numbers, twice: each written as Intl writes it, however many came before.
    const values = Array.from({ length: 1500 }, (_, i) => (i * 37) / 8 - 300);
    for (const value of [...values, ...values]) expect(format.format(value)).toBe(intl.format(value));
  });
});
