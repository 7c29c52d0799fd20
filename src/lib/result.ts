/**
 * A person's result as it travels between devices: the answers (the only source of truth),
 * the context they gave, and their action plan. Scores are always recomputed from answers.
 */
import type { ActionPlan } from './action-plan';
import { CANT_JUDGE, isValidAnswer, type Answers, type Instrument } from './instrument';

/** The level a person assessed. */
export const LEVELS = ['team', 'organisation', 'partnership'] as const;
export type Level = (typeof LEVELS)[number];

/** Human labels for the levels, as the inventory asks them. */
export const LEVEL_LABELS: Record<Level, string> = {
  team: 'My own team',
  organisation: 'My own organisation',
  partnership: 'The wider partnership',
};

export interface ResultContext {
  level?: Level;
  /** Free-text name of the partnership, as the person typed it. */
  partnership?: string;
}

export interface ResultRecord {
  instrument: { id: string; version: string };
  context: ResultContext;
  answers: Answers;
  /** The action plan (format version 1's free-text notes are carried over into it on reading). */
  plan: ActionPlan;
  /** When the result was completed or exported (ISO 8601), if known. */
  createdAt?: string;
}

/** Why something brought in was refused: a code for programs and a sentence for people. */
export interface Refusal {
  ok: false;
  code:
    | 'empty'
    | 'too-large'
    | 'not-json'
    | 'wrong-format'
    | 'unsupported-format-version'
    | 'other-instrument'
    | 'other-instrument-version'
    | 'other-scale'
    | 'bad-answers'
    | 'bad-field'
    | 'bad-code'
    | 'bad-checksum';
  message: string;
  /** For another instrument version: the version the input belongs to, so it can be kept apart. */
  instrumentVersion?: string;
}

export type Parsed<T> = { ok: true; value: T } | Refusal;

export const MAX_PARTNERSHIP_LENGTH = 200;
export const MAX_NOTE_LENGTH = 5000;

/**
 * The length of a text in characters (Unicode code points), as JSON Schema's maxLength counts it:
 * the published schema and the site count the same way, so an emoji is one character in both.
 */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** An untrusted value as a refusal shows it: JSON, or words for what JSON cannot show (1e309 is Infinity). */
function describeValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to read';
  return JSON.stringify(value)?.slice(0, 40) ?? 'missing';
}

/** A refusal with its code and message. */
export function refuse(code: Refusal['code'], message: string, extra: Partial<Refusal> = {}): Refusal {
  return { ok: false, code, message, ...extra };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Check untrusted answers against the instrument: every key a known item id, every value on the
 * scale (or "can't judge" where allowed). The first problem is reported, naming item and value.
 */
export function validateAnswers(instrument: Instrument, input: unknown): Parsed<Answers> {
  if (!isPlainObject(input)) return refuse('bad-answers', 'The answers are not a list of item ids and ratings.');
  const known = new Set(instrument.dimensions.flatMap((d) => d.items.map((i) => i.id)));
  const answers: Answers = {};
  for (const key of Object.keys(input)) {
    if (!known.has(key)) {
      return refuse('bad-answers', `The answers name an item this inventory does not have: “${key.slice(0, 60)}”.`);
    }
    const value = input[key];
    if (!isValidAnswer(instrument, value)) {
      const { min, max } = instrument.scale;
      const allowed = instrument.scale.cantJudge === false ? '' : ` or “${CANT_JUDGE}”`;
      return refuse(
        'bad-answers',
        `The answer to “${key}” is ${describeValue(value)}; it must be a whole number from ${min} to ${max}${allowed}.`,
      );
    }
    Object.defineProperty(answers, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return { ok: true, value: answers };
}

/** Check untrusted context (level and partnership name). */
export function validateContext(input: unknown): Parsed<ResultContext> {
  if (input === undefined || input === null) return { ok: true, value: {} };
  if (!isPlainObject(input)) return refuse('bad-field', 'The context is not an object.');
  const context: ResultContext = {};
  const { level, partnership } = input;
  if (level !== undefined && level !== null) {
    if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) {
      return refuse('bad-field', `The level must be one of ${LEVELS.join(', ')}.`);
    }
    context.level = level as Level;
  }
  if (partnership !== undefined && partnership !== null) {
    if (typeof partnership !== 'string' || characterCount(partnership) > MAX_PARTNERSHIP_LENGTH) {
      return refuse('bad-field', `The partnership name must be text of at most ${MAX_PARTNERSHIP_LENGTH} characters.`);
    }
    if (partnership !== '') context.partnership = partnership;
  }
  return { ok: true, value: context };
}

/** Check untrusted format-version-1 action notes: dimension ids to text. */
export function validateNotes(instrument: Instrument, input: unknown): Parsed<Record<string, string>> {
  if (input === undefined || input === null) return { ok: true, value: {} };
  if (!isPlainObject(input)) return refuse('bad-field', 'The action notes are not an object.');
  const known = new Set(instrument.dimensions.map((d) => d.id));
  const notes: Record<string, string> = {};
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (!known.has(key)) return refuse('bad-field', `The action notes name an unknown dimension: “${key.slice(0, 60)}”.`);
    if (typeof value !== 'string' || characterCount(value) > MAX_NOTE_LENGTH) {
      return refuse('bad-field', `The action note for “${key}” must be text of at most ${MAX_NOTE_LENGTH} characters.`);
    }
    if (value !== '') Object.defineProperty(notes, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return { ok: true, value: notes };
}
