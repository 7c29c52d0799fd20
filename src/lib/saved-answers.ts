/**
 * Saved answers: the record kept on the visitor's device, and how to read one back safely.
 * Pure: no storage, no DOM. Whatever is read is untrusted and checked against the instrument.
 */
import { t } from '../i18n/t';
import { instrumentItems, isValidAnswer, type Answers, type Instrument } from './instrument';
import { LEVELS, MAX_PARTNERSHIP_LENGTH, type Level, type ResultContext } from './result';

export { LEVELS, type Level };

/** Optional context kept with the answers on the device (the same shape a result carries). */
export type AnswersContext = ResultContext;


/** What is written to storage: raw answers only, never scores, tagged with the instrument. */
export interface SavedRecord {
  instrument: { id: string; version: string; scale: { min: number; max: number } };
  answers: Answers;
  context: AnswersContext;
}

/** What reading a saved value gave: the answers still valid, and what was dropped and why. */
export interface RestoredAnswers {
  answers: Answers;
  context: AnswersContext;
  /** Why the whole value could not be read, or false when it could. */
  unreadable: false | 'not-json' | 'wrong-shape';
  /** Whether the value was saved by another version of the instrument. */
  otherVersion: boolean;
  /** Answers dropped because their question is no longer in the inventory. */
  unknownItems: number;
  /** Ratings dropped because the rating scale changed since they were given. */
  rescaled: number;
  /** Answers dropped because their value is not a valid answer on this scale. */
  invalidValues: number;
  /** Context fields dropped because they were not valid. */
  invalidContext: number;
}

/** The record to save for these answers. */
export function savedRecord(instrument: Instrument, answers: Answers, context: AnswersContext): SavedRecord {
  return {
    instrument: {
      id: instrument.id,
      version: instrument.version,
      scale: { min: instrument.scale.min, max: instrument.scale.max },
    },
    answers,
    context,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A context with only valid fields; `dropped` counts the fields left out. */
export function cleanContext(value: unknown): { context: AnswersContext; dropped: number } {
  const context: AnswersContext = {};
  let dropped = 0;
  if (!isObject(value)) return { context, dropped: value === undefined ? 0 : 1 };
  if (Object.hasOwn(value, 'level') && value['level'] !== undefined) {
    const level = value['level'];
    if (typeof level === 'string' && (LEVELS as readonly string[]).includes(level)) context.level = level as Level;
    else dropped++;
  }
  if (Object.hasOwn(value, 'partnership') && value['partnership'] !== undefined) {
    const name = value['partnership'];
    if (typeof name === 'string') {
      const trimmed = Array.from(name).slice(0, MAX_PARTNERSHIP_LENGTH).join(''); // characters, as the schema counts
      if (trimmed !== '') context.partnership = trimmed;
    } else dropped++;
  }
  return { context, dropped };
}

/** Read a saved value (the raw string from storage, or undefined) for this instrument. Never throws. */
export function readSavedAnswers(instrument: Instrument, raw: string | undefined | null): RestoredAnswers {
  const result: RestoredAnswers = {
    answers: {},
    context: {},
    unreadable: false,
    otherVersion: false,
    unknownItems: 0,
    rescaled: 0,
    invalidValues: 0,
    invalidContext: 0,
  };
  if (raw === undefined || raw === null) return result;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ...result, unreadable: 'not-json' };
  }
  if (!isObject(parsed) || !isObject(parsed['answers']) || !isObject(parsed['instrument'])) {
    return { ...result, unreadable: 'wrong-shape' };
  }
  const saved = parsed['instrument'];
  result.otherVersion = saved['id'] !== instrument.id || saved['version'] !== instrument.version;
  const savedScale = isObject(saved['scale']) ? saved['scale'] : undefined;
  const scaleChanged =
    savedScale !== undefined &&
    (savedScale['min'] !== instrument.scale.min || savedScale['max'] !== instrument.scale.max);
  const known = new Set(instrumentItems(instrument).map((i) => i.id));
  for (const [id, value] of Object.entries(parsed['answers'])) {
    if (!known.has(id)) result.unknownItems++;
    else if (scaleChanged && typeof value === 'number') result.rescaled++;
    else if (!isValidAnswer(instrument, value)) result.invalidValues++;
    else result.answers[id] = value;
  }
  const { context, dropped } = cleanContext(parsed['context']);
  result.context = context;
  result.invalidContext = dropped;
  return result;
}

/** Whether reading lost anything, so that the raw value must be kept before it is overwritten. */
export function lostSomething(r: RestoredAnswers): boolean {
  return r.unreadable !== false || r.unknownItems + r.rescaled + r.invalidValues + r.invalidContext > 0;
}

/** Plain sentences telling the person exactly what could not be restored, and why. */
export function describeRestore(r: RestoredAnswers, instrument: Instrument): string[] {
  if (r.unreadable) {
    return [r.unreadable === 'not-json' ? t('inventory.restoreDamaged') : t('inventory.restoreWrongShape')];
  }
  const { min, max } = instrument.scale;
  const lines: string[] = [];
  if (r.unknownItems > 0) lines.push(t('inventory.restoreUnknownItems', { count: r.unknownItems }));
  if (r.rescaled > 0) lines.push(t('inventory.restoreRescaled', { count: r.rescaled, min, max }));
  if (r.invalidValues > 0) lines.push(t('inventory.restoreInvalidValues', { count: r.invalidValues, min, max }));
  if (r.invalidContext > 0) lines.push(t('inventory.restoreInvalidContext', { count: r.invalidContext }));
  return lines;
}
