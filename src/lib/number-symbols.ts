/**
 * Numbers written without `Intl.NumberFormat` in the browser. The first `Intl.NumberFormat` (or
 * `DateTimeFormat`, or `Number#toLocaleString`) a page makes holds the main thread for 50–150 ms in
 * Chromium while its locale data loads (`npm run bench` notes, README): every island page paid it
 * while hydrating, for a count or a mean. So the build works out each language's number symbols
 * with Intl (`numberSymbols`), the page carries them in its data block, and the browser writes the
 * site's few number styles with them (`formatWithSymbols`), character for character as
 * `Intl.NumberFormat` writes them: a property test compares the two across many languages.
 */

/** How a language writes numbers, as `Intl.NumberFormat` does by default. */
export interface NumberSymbols {
  /** The ten digits, 0 to 9 (Latin, Arabic-Indic, Bengali…). */
  digits: string[];
  decimal: string;
  group: string;
  /** Digits in the group just left of the decimal point, and in each group further left (3 and 3; 3 and 2 in Hindi). */
  groups: [number, number];
  /** Fewest digits beyond the first group for grouping to apply: 2 where 1000 is written without a separator. */
  minimumGrouping: number;
  /** Text before and after a negative number's digits. */
  negative: [string, string];
  /** Text before and after a percentage's digits. */
  percent: [string, string];
  /** A percentage's groups, as `groups` (Bengali groups 3 and 2, but its percentages 3 and 3). */
  percentGroups: [number, number];
  /** Text before and after a number of each unit the site writes ("1 MB"), where it is the same for every number. */
  units: Partial<Record<SiteUnit, [string, string]>>;
}

/** The units the site writes numbers of. */
export const SITE_UNITS = ['megabyte'] as const;
export type SiteUnit = (typeof SITE_UNITS)[number];

/** The number styles this site writes: a plain number, a percentage or a unit, with fraction digits. */
export interface NumberStyle {
  style?: 'decimal' | 'percent' | 'unit';
  unit?: SiteUnit;
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

/** Whether `options` asks for nothing but a `NumberStyle` (others go to Intl). */
export function isNumberStyle(options: Intl.NumberFormatOptions): options is NumberStyle {
  return Object.entries(options).every(
    ([name, value]) =>
      (name === 'style' && (value === 'decimal' || value === 'percent' || value === 'unit')) ||
      (name === 'unit' && (SITE_UNITS as readonly unknown[]).includes(value)) ||
      ((name === 'minimumFractionDigits' || name === 'maximumFractionDigits') &&
        Number.isInteger(value) &&
        (value as number) >= 0 &&
        (value as number) <= 20),
  );
}

/** The text around the digits of a formatted number: what comes before the first digit and after the last. */
function around(parts: Intl.NumberFormatPart[]): [string, string] {
  const digit = (p: Intl.NumberFormatPart) => p.type === 'integer' || p.type === 'fraction';
  const first = parts.findIndex(digit);
  const last = parts.length - 1 - [...parts].reverse().findIndex(digit);
  const text = (ps: Intl.NumberFormatPart[]) => ps.map((p) => p.value).join('');
  return [text(parts.slice(0, first)), text(parts.slice(last + 1))];
}

/** The lengths of the group just left of the decimal point and of the one before it. */
function groupLengths(parts: Intl.NumberFormatPart[]): [number, number] {
  const groups = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const primary = groups.at(-1) ?? 3;
  return [primary, groups.length > 2 ? groups.at(-2)! : primary];
}

const numberSymbolsByLanguage = new Map<string, NumberSymbols>();

/** A language's number symbols, worked out with Intl (at build time, once per language). */
export function numberSymbols(locale: string): NumberSymbols {
  let symbols = numberSymbolsByLanguage.get(locale);
  if (symbols === undefined) numberSymbolsByLanguage.set(locale, (symbols = workOutNumberSymbols(locale)));
  return symbols;
}

function workOutNumberSymbols(locale: string): NumberSymbols {
  const format = (options: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(locale, options);
  const plain = format({ useGrouping: false });
  const integerCount = (value: number) =>
    format()
      .formatToParts(value)
      .filter((p) => p.type === 'integer').length;
  return {
    digits: Array.from({ length: 10 }, (_, d) => plain.format(d)),
    decimal:
      format()
        .formatToParts(1.5)
        .find((p) => p.type === 'decimal')?.value ?? '.',
    group:
      format()
        .formatToParts(123456789)
        .find((p) => p.type === 'group')?.value ?? '',
    groups: groupLengths(format().formatToParts(123456789)),
    minimumGrouping: integerCount(1000) > 1 ? 1 : integerCount(10000) > 1 ? 2 : 3,
    negative: around(format().formatToParts(-1)),
    percent: around(format({ style: 'percent' }).formatToParts(0.5)),
    percentGroups: groupLengths(format({ style: 'percent' }).formatToParts(1234567.89)),
    units: Object.fromEntries(
      SITE_UNITS.flatMap((unit) => {
        // One number of each plural form the language has: the unit is kept only if it reads the same after each.
        const unitFormat = format({ style: 'unit', unit });
        const forms = new Set(
          [0, 1, 2, 3, 5, 11, 21, 100, 1.5, 0.5, 2.5].map((n) => JSON.stringify(around(unitFormat.formatToParts(n)))),
        );
        return forms.size === 1 ? [[unit, JSON.parse([...forms][0]!) as [string, string]]] : [];
      }),
    ),
  };
}

/**
 * A non-negative number's shortest decimal text rounded half away from zero to `places` fraction
 * digits, as Intl rounds it (2.25 → 2.3, 0.285 → 0.29), with its point first moved `shift` places
 * right (a percentage). Undefined for a number whose text is in exponent form.
 */
function roundedDigits(value: number, places: number, shift: number): [string, string] | undefined {
  const text = String(value);
  if (/e/i.test(text)) return undefined;
  const [whole = '0', rest = ''] = text.split('.');
  const padded = rest.padEnd(shift, '0');
  const int = (whole + padded.slice(0, shift)).replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(shift);
  if (fraction.length <= places) return [int, fraction.padEnd(places, '0')];
  const kept = (int + fraction.slice(0, places)).split('').map(Number);
  if (fraction.charCodeAt(places) >= 53 /* "5" */) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) kept[i--] = 0;
    if (i < 0) kept.unshift(1);
    else kept[i]! += 1;
  }
  const all = kept.join('');
  return [all.slice(0, all.length - places) || '0', all.slice(all.length - places)];
}

/**
 * `value` written in `style` with `symbols`, as `Intl.NumberFormat` would write it; undefined for
 * what Intl should write: a value not finite or in exponent form (below 1e-6 or from 1e21), or a
 * unit whose text the language changes with the number.
 */
export function formatWithSymbols(symbols: NumberSymbols, value: number, style: NumberStyle): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const unit = style.style === 'unit' ? (style.unit === undefined ? undefined : symbols.units[style.unit]) : null;
  if (unit === undefined) return undefined;
  const percent = style.style === 'percent';
  const maximum = style.maximumFractionDigits ?? Math.max(style.minimumFractionDigits ?? 0, percent ? 0 : 3);
  const minimum = Math.min(style.minimumFractionDigits ?? 0, maximum);
  const rounded = roundedDigits(Math.abs(value), maximum, percent ? 2 : 0);
  if (rounded === undefined) return undefined;
  const [int] = rounded;
  let [, fraction] = rounded;
  while (fraction.length > minimum && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const [primary, secondary] = percent ? symbols.percentGroups : symbols.groups;
  const groups: string[] = [];
  if (symbols.group !== '' && int.length >= primary + symbols.minimumGrouping) {
    groups.push(int.slice(-primary));
    for (let end = int.length - primary; end > 0; end -= secondary)
      groups.unshift(int.slice(Math.max(0, end - secondary), end));
  } else {
    groups.push(int);
  }
  const digits = (text: string) => text.replace(/\d/g, (d) => symbols.digits[Number(d)]!);
  let number = groups.map(digits).join(symbols.group) + (fraction === '' ? '' : symbols.decimal + digits(fraction));
  if (percent) number = symbols.percent[0] + number + symbols.percent[1];
  const negative = value < 0 || Object.is(value, -0);
  const signed = negative ? symbols.negative[0] + number + symbols.negative[1] : number;
  // A unit's text goes around the sign too ("MB -1.5" in Swahili); a percent sign does not.
  return unit === null ? signed : unit[0] + signed + unit[1];
}
