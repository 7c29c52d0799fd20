/**
 * Dates written in full ("27 November 2026") without `Intl.DateTimeFormat` in the browser, for the
 * same reason as numbers (number-symbols.ts): the first `DateTimeFormat` on a page holds it for
 * over 100 ms while its locale data loads, and the results and group reports write the day they
 * are printed on. The build works out, with Intl, how the language writes each month's dates; the
 * page writes a date with that, as `Intl.DateTimeFormat` does (a property test compares the two).
 */

/** A long date's template for one month: its text, with DAY and YEAR where the numbers go. */
const DAY = '\u0001';
const YEAR = '\u0002';

/** How a language writes a date with a numeric day, the month's name and a numeric year. */
export interface LongDateSymbols {
  /** Twelve templates, January first (month names change form in some languages: "listopada"). */
  months: string[];
  /** The ten digits, 0 to 9, as dates use them. */
  digits: string[];
}

/** The long date style: what `longDate` and these symbols write. */
export const LONG_DATE = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
} as const satisfies Intl.DateTimeFormatOptions;

/** Whether `options` ask for the long date style, in this browser's time zone or in UTC (others go to Intl). */
export function isLongDateStyle(
  options: Intl.DateTimeFormatOptions,
): options is typeof LONG_DATE & { timeZone?: 'UTC' } {
  const { timeZone, ...style } = options;
  return (
    (timeZone === undefined || timeZone === 'UTC') &&
    Object.keys(style).length === Object.keys(LONG_DATE).length &&
    Object.entries(LONG_DATE).every(([name, value]) => style[name as keyof typeof style] === value)
  );
}

/**
 * A language's long-date symbols, worked out with Intl (at build time); undefined for a language
 * whose calendar is not the Gregorian one (its months are not these twelve) or whose dates are not
 * written as a day, a month and a year.
 */
export function longDateSymbols(locale: string): LongDateSymbols | undefined {
  if (!dateSymbolsByLanguage.has(locale)) dateSymbolsByLanguage.set(locale, workOutLongDateSymbols(locale));
  return dateSymbolsByLanguage.get(locale);
}

const dateSymbolsByLanguage = new Map<string, LongDateSymbols | undefined>();

function workOutLongDateSymbols(locale: string): LongDateSymbols | undefined {
  const format = new Intl.DateTimeFormat(locale, { ...LONG_DATE, timeZone: 'UTC' });
  if (format.resolvedOptions().calendar !== 'gregory') return undefined;
  const months: string[] = [];
  for (let month = 0; month < 12; month++) {
    // Day 15 and year 2000 + month: neither can be mistaken for the other.
    const parts = format.formatToParts(new Date(Date.UTC(2000 + month, month, 15)));
    if (!parts.every((p) => ['day', 'month', 'year', 'literal'].includes(p.type))) return undefined;
    months.push(parts.map((p) => (p.type === 'day' ? DAY : p.type === 'year' ? YEAR : p.value)).join(''));
  }
  const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' });
  const digit = (day: number) => dayFormat.format(new Date(Date.UTC(2000, 0, day)));
  const ten = digit(10);
  const digits = [ten.slice(-1), ...Array.from({ length: 9 }, (_, i) => digit(i + 1))];
  if (digits.some((d) => [...d].length !== 1)) return undefined;
  const symbols = { months, digits };
  // Kept only if it writes every day of the month as Intl does, in years of one to four digits' change.
  for (const year of [1999, 2000, 2009, 2026, 2099]) {
    for (let month = 0; month < 12; month++) {
      for (let day = 1; day <= 31; day++) {
        const date = new Date(Date.UTC(year, month, day));
        if (date.getUTCMonth() === month && formatLongDate(symbols, date, 'UTC') !== format.format(date))
          return undefined;
      }
    }
  }
  return symbols;
}

/** `date` written in full with `symbols`, in UTC or in this browser's time zone. */
export function formatLongDate(symbols: LongDateSymbols, date: Date, timeZone?: 'UTC'): string {
  const utc = timeZone === 'UTC';
  const day = utc ? date.getUTCDate() : date.getDate();
  const month = utc ? date.getUTCMonth() : date.getMonth();
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  const digits = (n: number) => String(n).replace(/\d/g, (d) => symbols.digits[Number(d)]!);
  return symbols.months[month]!.replace(DAY, digits(day)).replace(YEAR, digits(year));
}
