/**
 * A person's result as it travels between devices: the answers (the only source of truth),
 * the context they gave, and their action plan. Scores are always recomputed from answers.
 */
import type { ActionPlan } from './action-plan';
import { t, type MessageKey } from '../i18n/t';
import { CANT_JUDGE, isValidAnswer, type Answers, type Instrument } from './instrument';

/** The level a person assessed. */
export const LEVELS = ['team', 'organisation', 'partnership'] as const;
export type Level = (typeof LEVELS)[number];

const LEVEL_KEYS = {
  team: 'common.levelTeam',
  organisation: 'common.levelOrganisation',
  partnership: 'common.levelPartnership',
} as const satisfies Record<Level, MessageKey>;

/** The human label of a level, as the inventory asks it, in the page's language. */
export function levelLabel(level: Level): string {
  return t(LEVEL_KEYS[level]);
}

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
  if (typeof value === 'number' && !Number.isFinite(value)) return t('common.valueTooLarge');
  return JSON.stringify(value)?.slice(0, 40) ?? t('common.valueMissing');
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
  if (!isPlainObject(input)) return refuse('bad-answers', t('common.answersNotList'));
  const known = new Set(instrument.dimensions.flatMap((d) => d.items.map((i) => i.id)));
  const answers: Answers = {};
  for (const key of Object.keys(input)) {
    if (!known.has(key)) {
      return refuse('bad-answers', t('common.answersUnknownItem', { item: key.slice(0, 60) }));
    }
    const value = input[key];
    if (!isValidAnswer(instrument, value)) {
      const { min, max } = instrument.scale;
      const params = { item: key, value: describeValue(value), min: String(min), max: String(max) };
      return refuse(
        'bad-answers',
        instrument.scale.cantJudge === false
          ? t('common.answerOffScale', params)
          : t('common.answerOffScaleOrCantJudge', { ...params, cantJudge: CANT_JUDGE }),
      );
    }
    Object.defineProperty(answers, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return { ok: true, value: answers };
}

/** Check untrusted context (level and partnership name). */
export function validateContext(input: unknown): Parsed<ResultContext> {
  if (input === undefined || input === null) return { ok: true, value: {} };
  if (!isPlainObject(input)) return refuse('bad-field', t('common.contextNotObject'));
  const context: ResultContext = {};
  const { level, partnership } = input;
  if (level !== undefined && level !== null) {
    if (typeof level !== 'string' || !(LEVELS as readonly string[]).includes(level)) {
      return refuse('bad-field', t('common.levelNotKnown', { levels: LEVELS.join(', ') }));
    }
    context.level = level as Level;
  }
  if (partnership !== undefined && partnership !== null) {
    if (typeof partnership !== 'string' || characterCount(partnership) > MAX_PARTNERSHIP_LENGTH) {
      return refuse('bad-field', t('common.partnershipTooLong', { max: String(MAX_PARTNERSHIP_LENGTH) }));
    }
    if (partnership !== '') context.partnership = partnership;
  }
  return { ok: true, value: context };
}

/** Check untrusted format-version-1 action notes: dimension ids to text. */
export function validateNotes(instrument: Instrument, input: unknown): Parsed<Record<string, string>> {
  if (input === undefined || input === null) return { ok: true, value: {} };
  if (!isPlainObject(input)) return refuse('bad-field', t('common.notesNotObject'));
  const known = new Set(instrument.dimensions.map((d) => d.id));
  const notes: Record<string, string> = {};
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (!known.has(key)) return refuse('bad-field', t('common.notesUnknownDimension', { dimension: key.slice(0, 60) }));
    if (typeof value !== 'string' || characterCount(value) > MAX_NOTE_LENGTH) {
      return refuse('bad-field', t('common.noteTooLong', { dimension: key, max: String(MAX_NOTE_LENGTH) }));
    }
    if (value !== '')
      Object.defineProperty(notes, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return { ok: true, value: notes };
}
