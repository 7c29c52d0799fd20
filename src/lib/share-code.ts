/**
 * Share codes: a short text that carries the instrument version, the scale and every answer,
 * with a checksum so that a mistyped code is refused. For the default instrument (27 items on
 * 1–12 with "can't judge") a code is "CL1-" and 31 characters of Crockford base 32.
 *
 * Layout (a mixed-radix number, most significant first): answers (one state per item: 0 =
 * unanswered, 1 = can't judge, 2… = min…max), the level assessed, item count, can't-judge flag,
 * scale span, scale minimum, 20 bits of the instrument version; then 15 bits of checksum.
 *
 * A result made for a workshop carries the workshop's tag (four Crockford symbols, 20 bits; it
 * names the workshop, never a person) in a "CL2-" code: the same number as above without the
 * 15-bit checksum, then the tag's 20 bits, written in base 32, then six symbols of the Bech32
 * checksum (src/lib/base32.ts), which covers the tag and catches every one-character change. For
 * the default instrument a CL2 code is "CL2-" and 38 characters. CL1 codes (no tag) are read and
 * written exactly as before.
 */
import { t } from '../i18n/t';
import { CANT_JUDGE, instrumentItems, isValidAnswer, type Answers, type Instrument } from './instrument';
import { fnv1a } from './instrument';
import { LEVELS, refuse, type Level, type Parsed } from './result';
import {
  bigintToSymbols,
  checksumSymbols,
  CHECK_SYMBOLS,
  symbolsToBigint,
  symbolsToText,
  textToSymbols,
  verifyChecksum,
} from './base32';

export const SHARE_CODE_PREFIX = 'CL1-';
/** The prefix of a share code that carries a workshop tag. */
export const TAGGED_SHARE_CODE_PREFIX = 'CL2-';
const TAGGED_DOMAIN = 'CL2';
const TAG_BITS = 20n;
/** A workshop tag: four Crockford base-32 symbols. */
export const WORKSHOP_TAG_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}$/;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_BITS = 15n;
const VERSION_BITS = 20n;
const MAX_CODE_LENGTH = 200;

function checksum(value: bigint): bigint {
  return BigInt(Number.parseInt(fnv1a(value.toString(36)), 16)) & ((1n << CHECK_BITS) - 1n);
}

function toBase32(value: bigint): string {
  if (value === 0n) return '0';
  let out = '';
  while (value > 0n) {
    out = ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

/** Symbols per plain-number step in `fromBase32`: 10 symbols are 50 bits, exact in a double. */
const SYMBOLS_PER_STEP = 10;

function fromBase32(text: string): bigint | null {
  // Ten symbols at a time in a plain number, one BigInt step each: the same value, far fewer
  // BigInt operations (thousands of codes are read at once).
  let value = 0n;
  for (let start = 0; start < text.length; start += SYMBOLS_PER_STEP) {
    const end = Math.min(text.length, start + SYMBOLS_PER_STEP);
    let part = 0;
    for (let i = start; i < end; i++) {
      const digit = ALPHABET.indexOf(text[i]!);
      if (digit === -1) return null;
      part = part * 32 + digit;
    }
    value = (value << BigInt(5 * (end - start))) | BigInt(part);
  }
  return value;
}

/** Which kind of code a typed text is (1: untagged, 2: tagged) and its normalised body. */
export function splitShareCode(input: string): { kind: 1 | 2; body: string } {
  const upper = input.trim().toUpperCase().replace(/[\s-]/g, '');
  const kind = /^CL2/.test(upper) ? 2 : 1;
  const body = kind === 2 || /^CL[1IL]/.test(upper) ? upper.slice(3) : upper;
  return { kind, body: body.replace(/O/g, '0').replace(/[IL]/g, '1') };
}

/** Normalise what a person typed or pasted: case, spaces, hyphens, and look-alike letters (the body, without prefix). */
export function normaliseShareCode(input: string): string {
  return splitShareCode(input).body;
}

/**
 * The canonical form of a share code that decoded: what `encodeShareCode` writes for the same
 * answers, level and tag (without re-encoding, which matters for thousands of codes).
 */
export function canonicalShareCode(input: string): string {
  const { kind, body } = splitShareCode(input);
  return kind === 2 ? TAGGED_SHARE_CODE_PREFIX + body : SHARE_CODE_PREFIX + body.replace(/^0+(?=.)/, '');
}

/**
 * Whether a code's checksum holds, without knowing the instrument: how codes are told apart from
 * other text. A code that checks out may still be of another instrument or version.
 */
export function shareCodeChecksOut(input: string): boolean {
  if (input.length > MAX_CODE_LENGTH) return false;
  const { kind, body } = splitShareCode(input);
  if (kind === 2) {
    const symbols = textToSymbols(body);
    return symbols !== null && verifyChecksum(TAGGED_DOMAIN, symbols);
  }
  const value = fromBase32(body);
  if (value === null || body === '') return false;
  return checksum(value >> CHECK_BITS) === (value & ((1n << CHECK_BITS) - 1n));
}

const versionBits = (instrument: Instrument) => BigInt(Number.parseInt(instrument.version.slice(0, 5), 16));

/** What a share code carries besides the instrument and scale. */
export interface SharedResult {
  answers: Answers;
  level?: Level;
  /** The workshop the result was made for (a CL2 code), if any. */
  tag?: string;
}

/**
 * Encode answers (and the level assessed and the workshop tag, if any) for this instrument as a
 * share code: CL1 without a tag, CL2 with one. A tag must match WORKSHOP_TAG_PATTERN.
 */
export function encodeShareCode(instrument: Instrument, answers: Answers, level?: Level, tag?: string): string {
  const { min, max } = instrument.scale;
  const radix = BigInt(max - min + 1 + 2);
  const items = instrumentItems(instrument);
  let value = 0n;
  for (const item of items) {
    const a = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    // An invalid answer (e.g. from stale storage) would spill into its neighbours' digits: leave it out.
    const state = !isValidAnswer(instrument, a) ? 0 : a === CANT_JUDGE ? 1 : a - min + 2;
    value = value * radix + BigInt(state);
  }
  value = value * 4n + BigInt(level === undefined ? 0 : LEVELS.indexOf(level) + 1);
  value = value * 64n + BigInt(items.length);
  value = value * 2n + (instrument.scale.cantJudge === false ? 0n : 1n);
  value = value * 21n + BigInt(max - min);
  value = value * 16n + BigInt(min);
  value = (value << VERSION_BITS) | versionBits(instrument);
  if (tag !== undefined) {
    const tagSymbols = textToSymbols(tag);
    if (tagSymbols === null || !WORKSHOP_TAG_PATTERN.test(tag)) throw new Error(`Not a workshop tag: ${tag}`);
    const symbols = bigintToSymbols((value << TAG_BITS) | symbolsToBigint(tagSymbols));
    return TAGGED_SHARE_CODE_PREFIX + symbolsToText([...symbols, ...checksumSymbols(TAGGED_DOMAIN, symbols)]);
  }
  value = (value << CHECK_BITS) | checksum(value);
  return SHARE_CODE_PREFIX + toBase32(value);
}

const groupSizes = new Map<number, number>();

/** How many base-`radix` digits a plain number holds exactly (radix^n ≤ 2^53 − 1), at least one. */
function digitsPerGroup(radix: number): number {
  let n = groupSizes.get(radix);
  if (n === undefined) {
    n = 1;
    while (BigInt(radix) ** BigInt(n + 1) <= BigInt(Number.MAX_SAFE_INTEGER)) n++;
    groupSizes.set(radix, n);
  }
  return n;
}

/**
 * The `count` lowest digits of `value` in base `radix`, least significant first, and what is left
 * above them: the same as dividing by `radix` `count` times, with one BigInt division per group
 * of digits whose product stays exact in a double (13 digits of base 14) instead of one per digit.
 */
export function mixedRadixDigits(value: bigint, radix: number, count: number): { digits: number[]; rest: bigint } {
  const perGroup = digitsPerGroup(radix);
  const digits: number[] = [];
  let rest = value;
  while (digits.length < count) {
    const n = Math.min(perGroup, count - digits.length);
    const divisor = BigInt(radix) ** BigInt(n);
    let group = Number(rest % divisor);
    rest /= divisor;
    for (let i = 0; i < n; i++) {
      const digit = group % radix;
      digits.push(digit);
      // An exact multiple divided: exact, unlike rounding a quotient down.
      group = (group - digit) / radix;
    }
  }
  return { digits, rest };
}

/** Decode a share code against this instrument; a typo, or another version, is refused with a reason. */
export function decodeShareCode(instrument: Instrument, input: string): Parsed<SharedResult> {
  if (input.length > MAX_CODE_LENGTH) return refuse('bad-code', t('common.shareCodeTooLong'));
  const { kind, body } = splitShareCode(input);
  if (body === '') return refuse('empty', t('common.shareCodeEmpty'));
  let value = fromBase32(body);
  if (value === null) {
    return refuse('bad-code', t('common.shareCodeBadCharacters'));
  }
  let tag: string | undefined;
  if (kind === 2) {
    const symbols = textToSymbols(body)!;
    if (!verifyChecksum(TAGGED_DOMAIN, symbols)) return refuse('bad-checksum', t('common.shareCodeMistyped'));
    const payload = symbols.slice(0, -CHECK_SYMBOLS);
    value = symbolsToBigint(payload);
    tag = symbolsToText(bigintToSymbols(value & ((1n << TAG_BITS) - 1n))).padStart(4, '0');
    value >>= TAG_BITS;
  } else {
    const check = value & ((1n << CHECK_BITS) - 1n);
    value >>= CHECK_BITS;
    if (checksum(value) !== check) return refuse('bad-checksum', t('common.shareCodeMistyped'));
  }
  const version = value & ((1n << VERSION_BITS) - 1n);
  value >>= VERSION_BITS;
  const min = Number(value % 16n);
  value /= 16n;
  const span = Number(value % 21n);
  value /= 21n;
  const cantJudge = value % 2n === 1n;
  value /= 2n;
  const count = Number(value % 64n);
  value /= 64n;
  const levelIndex = Number(value % 4n);
  value /= 4n;
  const items = instrumentItems(instrument);
  const scale = instrument.scale;
  if (version !== versionBits(instrument)) {
    return refuse('other-instrument-version', t('common.shareCodeOtherVersion'), {
      instrumentVersion: version.toString(16).padStart(5, '0'),
    });
  }
  if (min !== scale.min || span !== scale.max - scale.min || cantJudge !== (scale.cantJudge !== false)) {
    return refuse(
      'other-scale',
      t('common.shareCodeOtherScale', { codeMin: min, codeMax: min + span, min: scale.min, max: scale.max }),
    );
  }
  if (count !== items.length) {
    return refuse('other-instrument-version', t('common.shareCodeOtherCount', { count, items: items.length }));
  }
  const states = mixedRadixDigits(value, span + 3, count);
  value = states.rest;
  if (value !== 0n) return refuse('bad-code', t('common.shareCodeTooLongForAnswers'));
  const digits = states.digits.reverse();
  if (!cantJudge && digits.includes(1)) return refuse('bad-code', t('common.shareCodeAnswerNotAllowed'));
  const answers: Answers = {};
  items.forEach((item, i) => {
    const state = digits[i]!;
    if (state === 1) answers[item.id] = CANT_JUDGE;
    else if (state >= 2) answers[item.id] = min + state - 2;
  });
  const level = LEVELS[levelIndex - 1];
  const result: SharedResult = level === undefined ? { answers } : { answers, level };
  if (tag !== undefined) result.tag = tag;
  return { ok: true, value: result };
}
