/**
 * Interface language, the pure part: messages, their placeholders and plurals, the checks a
 * language file must pass, and the pseudo-locale the tests build. No DOM, no globals: the
 * runtime that pages and islands call is `src/i18n/t.ts`.
 *
 * A message is a string with `{name}` placeholders, or, when it depends on a number, an object
 * of plural forms chosen by `Intl.PluralRules` for the `count` parameter
 * (`{ "one": "{count} result", "other": "{count} results" }`). Numbers are written as
 * `Intl.NumberFormat` writes them for the language; sentences are never assembled from pieces in code.
 */
import { formatLongDate, isLongDateStyle, type LongDateSymbols } from './date-symbols';
import { formatWithSymbols, isNumberStyle, type NumberSymbols } from './number-symbols';

/** The plural categories of `Intl.PluralRules`; `other` is required, the rest as a language needs. */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
/** One plural category. */
export type PluralForm = (typeof PLURAL_FORMS)[number];
/** A message that depends on the number in its `count` parameter. */
export type PluralMessage = Partial<Record<PluralForm, string>> & { other: string };
/** One message: a string, or plural forms. */
export type Message = string | PluralMessage;
/** A language's messages by key (`area.name`). */
export type Dictionary = Record<string, Message>;
/** Values for a message's placeholders. */
export type Params = Record<string, string | number>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** Whether a value is a plural message (an object with an `other` form and only plural forms). */
export function isPluralMessage(value: unknown): value is PluralMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    typeof (value as Record<string, unknown>)['other'] === 'string' &&
    entries.every(([form, text]) => (PLURAL_FORMS as readonly string[]).includes(form) && typeof text === 'string')
  );
}

/** What writes numbers: an `Intl.NumberFormat`, or the same styles written with a language's symbols. */
export interface NumberFormatter {
  format(value: number): string;
}

type Kept = NumberFormatter | DateFormatter | Intl.PluralRules;
/** Formats made so far, by kind, language and options. */
const formatters = new Map<string, Kept>();

/** The format for `key`, made by `make` the first time and kept. */
function kept<T extends Kept>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (format === undefined) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

/**
 * Keep a language's symbols for one kind of format (the first given: a page has one language), and
 * forget the formats of that kind made for it before, with Intl.
 */
function keepSymbols<T>(byLanguage: Map<string, T>, kind: 'number' | 'date', locale: string, symbols: T): void {
  if (byLanguage.has(locale)) return;
  byLanguage.set(locale, symbols);
  for (const key of formatters.keys()) if (key.startsWith(`${kind}|${locale}|`)) formatters.delete(key);
}

/** Languages whose number symbols the page carries (src/lib/number-symbols.ts), by language tag. */
const symbolsByLanguage = new Map<string, NumberSymbols>();

/**
 * Write this language's numbers with `symbols` from now on, instead of `Intl.NumberFormat`, for
 * the styles they cover (the page's data block carries its language's: src/i18n/t.ts).
 */
export function useNumberSymbols(locale: string, symbols: NumberSymbols): void {
  keepSymbols(symbolsByLanguage, 'number', locale, symbols);
}

/** How many numbers a format remembers having written. */
const WRITTEN_NUMBERS_KEPT = 1000;

/**
 * The number format for a language and options, made once and kept: an `Intl.NumberFormat` costs
 * about a millisecond to make (and `Number#toLocaleString` with options makes one on every call,
 * which made a results page spend 45 ms on its table of means), and the first one on a page far
 * more (src/lib/number-symbols.ts). With the language's symbols known, plain numbers and
 * percentages are written with them, exactly as Intl writes them; anything else goes to Intl.
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): NumberFormatter {
  return kept(`number|${locale}|${JSON.stringify(options)}`, () => {
    const symbols = symbolsByLanguage.get(locale);
    if (symbols === undefined || !isNumberStyle(options)) return new Intl.NumberFormat(locale, options);
    let intl: Intl.NumberFormat | undefined;
    const write = (value: number) =>
      formatWithSymbols(symbols, value, options) ?? (intl ??= new Intl.NumberFormat(locale, options)).format(value);
    // A report writes the same few numbers hundreds of times (counts, scale points): each is
    // written once and remembered, within bounds.
    const written = new Map<number, string>();
    return {
      format: (value) => {
        // A map holds 0 and -0 as one key; they are written differently ("0", "-0").
        if (Object.is(value, -0)) return write(value);
        let text = written.get(value);
        if (text === undefined) {
          if (written.size >= WRITTEN_NUMBERS_KEPT) written.clear();
          text = write(value);
          written.set(value, text);
        }
        return text;
      },
    };
  });
}

/** What writes dates: an `Intl.DateTimeFormat`, or long dates written with a language's symbols. */
export interface DateFormatter {
  format(date: Date): string;
}

/** Languages whose long-date symbols the page carries (src/lib/date-symbols.ts), by language tag. */
const dateSymbolsByLanguage = new Map<string, LongDateSymbols>();

/** Write this language's long dates with `symbols` from now on, instead of `Intl.DateTimeFormat`. */
export function useLongDateSymbols(locale: string, symbols: LongDateSymbols): void {
  keepSymbols(dateSymbolsByLanguage, 'date', locale, symbols);
}

/**
 * The date format for a language and options, made once and kept (see `numberFormat`): long dates
 * ("27 November 2026", in this time zone or in UTC) with the language's symbols once known, the rest with Intl.
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): DateFormatter {
  return kept(`date|${locale}|${JSON.stringify(options)}`, () => {
    const symbols = dateSymbolsByLanguage.get(locale);
    if (symbols === undefined || !isLongDateStyle(options)) return new Intl.DateTimeFormat(locale, options);
    return { format: (date) => formatLongDate(symbols, date, options.timeZone) };
  });
}

/** The language tag dates are written in: this site's English is British English ("27 November 2026"). */
export function dateTag(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** A number written for the language (`1,000` in English, `1.000` in German). */
export function formatNumber(locale: string, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** How many whole numbers, from 0, a plural table covers: every count a page writes as it starts. */
export const PLURAL_TABLE_SIZE = 200;

/**
 * The plural category of each whole number from 0 to `PLURAL_TABLE_SIZE - 1` in a language, as
 * `Intl.PluralRules` gives it, one digit each (the category's index in `PLURAL_FORMS`). The build
 * writes it into an island page's data block, so that the page chooses plural forms without making
 * an `Intl.PluralRules`, whose locale data the browser would load while the page starts.
 */
export function pluralTable(locale: string): string {
  const rules = new Intl.PluralRules(locale);
  return Array.from({ length: PLURAL_TABLE_SIZE }, (_, n) => PLURAL_FORMS.indexOf(rules.select(n))).join('');
}

/** Languages whose plural table the page carries, by language tag. */
const pluralTables = new Map<string, string>();

/** Choose this language's plural forms of whole numbers from `table` (see `pluralTable`) from now on. */
export function usePluralTable(locale: string, table: string): void {
  if (!pluralTables.has(locale) && /^[0-5]*$/.test(table)) pluralTables.set(locale, table);
}

/** The text of a plural message for `count`, by the language's plural rules (exact 0 uses `zero` when given). */
export function selectPlural(locale: string, message: PluralMessage, count: number): string {
  if (count === 0 && message.zero !== undefined) return message.zero;
  const table = pluralTables.get(locale);
  const digit = table !== undefined && Number.isInteger(count) && count >= 0 ? table[count] : undefined;
  const form =
    digit !== undefined
      ? PLURAL_FORMS[Number(digit)]!
      : kept(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(count);
  return message[form] ?? message.other;
}

/** The message's text before placeholders are filled: the plural form for `params.count`, if any. */
function messageText(locale: string, message: Message, params: Readonly<Record<string, unknown>>): string {
  if (typeof message === 'string') return message;
  const count = params['count'];
  return selectPlural(locale, message, typeof count === 'number' ? count : Number.NaN);
}

/**
 * A message split at its placeholders, each filled from `params`: strings stay as they are,
 * numbers are formatted for the language, anything else (such as a link element) is passed
 * through, so that a component can place markup inside a translated sentence. A placeholder
 * without a value stays visible as `{name}`, so a missing value shows rather than vanishes.
 */
export function formatParts<T>(
  locale: string,
  message: Message,
  params: Readonly<Record<string, string | number | T>> = {},
): (string | T)[] {
  const pieces = piecesOf(messageText(locale, message, params));
  const parts: (string | T)[] = [];
  // Text not yet pushed: what lies between two placeholders with values, as one part.
  let text = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (i % 2 === 0) {
      text += piece;
      continue;
    }
    if (!Object.hasOwn(params, piece)) {
      text += `{${piece}}`;
      continue;
    }
    if (text !== '') parts.push(text);
    text = '';
    const value = params[piece] as string | number | T;
    parts.push(typeof value === 'number' ? formatNumber(locale, value) : value);
  }
  if (text !== '') parts.push(text);
  return parts;
}

/** Messages split at their placeholders, by text (a page writes the same few hundreds of times). */
const splitMessages = new Map<string, readonly string[]>();

/** `text` split at its placeholders: text, then a placeholder's name, then text, and so on (text first and last). */
function piecesOf(text: string): readonly string[] {
  let pieces = splitMessages.get(text);
  if (pieces === undefined) {
    pieces = text.split(PLACEHOLDER);
    splitMessages.set(text, pieces);
  }
  return pieces;
}

/** A message as text, its placeholders filled (numbers formatted for the language). */
export function formatMessage(locale: string, message: Message, params: Readonly<Params> = {}): string {
  return formatParts<never>(locale, message, params).join('');
}

/** The placeholder names a message uses, in every one of its forms, sorted. */
export function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1] as string);
  return [...names].sort();
}

/**
 * What is wrong with a language file, measured against the reference language (English): every
 * key it lacks, every key the reference does not have, any value that is not a message, and any
 * message whose placeholders differ from the reference's. Each problem names its key. An empty
 * list means the file is complete.
 */
export function dictionaryProblems(reference: Dictionary, candidate: unknown): string[] {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    return ['must be an object of messages by key'];
  }
  const problems: string[] = [];
  const values = candidate as Record<string, unknown>;
  for (const key of Object.keys(reference)) {
    if (!Object.hasOwn(values, key)) problems.push(`${key}: missing (every language has every key of en.json)`);
  }
  for (const [key, value] of Object.entries(values)) {
    const expected = reference[key];
    if (expected === undefined) {
      problems.push(`${key}: not a key of en.json (remove it, or add it to en.json first)`);
      continue;
    }
    if (typeof value !== 'string' && !isPluralMessage(value)) {
      problems.push(`${key}: must be text, or plural forms with at least "other" (${PLURAL_FORMS.join(', ')})`);
      continue;
    }
    if (typeof value === 'string' && value.trim() === '') {
      problems.push(`${key}: is empty`);
      continue;
    }
    const want = placeholders(expected).filter((name) => name !== 'count' || typeof expected === 'string');
    const have = placeholders(value).filter((name) => name !== 'count' || typeof value === 'string');
    if (want.join() !== have.join()) {
      problems.push(
        `${key}: placeholders ${have.map((n) => `{${n}}`).join(' ') || '(none)'} differ from en.json's ${want.map((n) => `{${n}}`).join(' ') || '(none)'}`,
      );
    }
  }
  return problems;
}

/** Only the messages whose keys start with one of the areas (`inventory` keeps `inventory.*`). */
export function pickAreas(dictionary: Dictionary, areas: readonly string[]): Dictionary {
  const prefixes = areas.map((area) => `${area}.`);
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
}

// The pseudo-locale: every letter accented, each text a third longer, bracketed. A test build in
// this "language" shows at a glance any text that did not come from the dictionary.
const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};
/** The mark that opens every pseudo-localised text. */
export const PSEUDO_OPEN = '⟦';
/** The mark that closes every pseudo-localised text. */
export const PSEUDO_CLOSE = '⟧';

/**
 * One text in the pseudo-locale: letters accented (placeholders left intact), about a third
 * longer (padding of `~`), between ⟦ and ⟧.
 */
export function pseudoText(text: string): string {
  let out = '';
  let last = 0;
  const accent = (s: string) => s.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);
  for (const match of text.matchAll(PLACEHOLDER)) {
    out += accent(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  out += accent(text.slice(last));
  const letters = text.replace(PLACEHOLDER, '').replace(/\s/g, '').length;
  return `${PSEUDO_OPEN}${out}${'~'.repeat(Math.ceil(letters / 3))}${PSEUDO_CLOSE}`;
}

/** A whole dictionary in the pseudo-locale: every message and every plural form transformed. */
export function pseudoDictionary(dictionary: Dictionary): Dictionary {
  return Object.fromEntries(
    Object.entries(dictionary).map(([key, message]) => [
      key,
      typeof message === 'string'
        ? pseudoText(message)
        : (Object.fromEntries(
            Object.entries(message).map(([form, text]) => [form, pseudoText(text)]),
          ) as PluralMessage),
    ]),
  );
}
