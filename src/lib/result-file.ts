/**
 * The JSON result file: a documented, versioned format (public/schema/result-v2.json, and
 * result-v1.json for older files) that facilitators and other tools rely on. The site writes
 * version 2 (with the action plan) and reads both: version 1's free-text notes become one action
 * each. Reading trusts nothing: scores in a file are ignored and recomputed from the answers.
 */
import { notesToPlan, ordered, planToJson, validatePlan, type ActionPlan } from './action-plan';
import type { Instrument } from './instrument';
import { refuse, validateAnswers, validateContext, validateNotes, type Parsed, type ResultRecord } from './result';
import { scoreAnswers } from './scoring';
import { locale, n, t } from '../i18n/t';
import { RESULT_FORMAT, WORKSHOP_FILE_FORMAT } from './file-formats';

/** The version the site writes. */
export const RESULT_FORMAT_VERSION = 2;
/** The versions the site reads. */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2];
export { ISO_DATE_TIME, MAX_RESULT_FILE_BYTES, describeFileSize, oversizedFileReason } from './file-limits';
import { ISO_DATE_TIME, MAX_RESULT_FILE_BYTES, describeFileLimit } from './file-limits';

/** The top-level fields of each format version; the schemas allow no others, and neither does the reader. */
const COMMON_FIELDS = ['format', 'formatVersion', 'instrument', 'scale', 'createdAt', 'context', 'answers', 'scores'];
const FIELDS: Record<number, readonly string[]> = { 1: [...COMMON_FIELDS, 'notes'], 2: [...COMMON_FIELDS, 'plan'] };

/** The JSON document written for a result (answers plus derived, informational scores). */
export function resultToJson(instrument: Instrument, record: ResultRecord): object {
  const scores = scoreAnswers(instrument, record.answers);
  return {
    format: RESULT_FORMAT,
    formatVersion: RESULT_FORMAT_VERSION,
    instrument: { id: instrument.id, version: instrument.version },
    scale: {
      min: instrument.scale.min,
      max: instrument.scale.max,
      cantJudge: instrument.scale.cantJudge !== false,
    },
    ...(record.createdAt === undefined ? {} : { createdAt: record.createdAt }),
    context: record.context,
    answers: record.answers,
    plan: planToJson(
      ordered(
        instrument.dimensions.map((d) => d.id),
        record.plan,
      ),
    ),
    scores: {
      overall: scores.overall,
      dimensions: scores.dimensions.map((d) => ({
        id: d.id,
        title: d.title,
        answered: d.answered,
        cantJudge: d.cantJudge,
        items: d.items,
        mean: d.mean,
        percent: d.percent,
        band: d.band,
      })),
      strengths: scores.strengths,
      developmentAreas: scores.developmentAreas,
    },
  };
}

/** Serialise a result as the text of a .json file. */
export function stringifyResultFile(instrument: Instrument, record: ResultRecord): string {
  return `${JSON.stringify(resultToJson(instrument, record), null, 2)}\n`;
}

/** Read a result file's text against this instrument; every problem is refused with a reason. */
export function parseResultFile(text: string, instrument: Instrument): Parsed<ResultRecord> {
  if (text.length > MAX_RESULT_FILE_BYTES) {
    return refuse('too-large', t('files.tooLarge', { limit: describeFileLimit() }));
  }
  if (text.trim() === '') return refuse('empty', t('files.empty'));
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('not-json', t('files.notJson'));
  }
  return parseResultObject(data, instrument);
}

/** Whether a file's `scale` is this instrument's scale, as `resultToJson` writes it. */
function sameScale(scale: unknown, instrument: Instrument): boolean {
  if (typeof scale !== 'object' || scale === null || Array.isArray(scale)) return false;
  const { min, max, cantJudge, ...rest } = scale as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    min === instrument.scale.min &&
    max === instrument.scale.max &&
    cantJudge === (instrument.scale.cantJudge !== false)
  );
}

/** The versions this site reads, as a list in the language: "1 and 2". */
function readableVersions(): string {
  return new Intl.ListFormat(locale(), { type: 'conjunction' }).format(READABLE_FORMAT_VERSIONS.map(n));
}

/** Check an already-parsed JSON value as a result file. */
export function parseResultObject(data: unknown, instrument: Instrument): Parsed<ResultRecord> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse('wrong-format', t('files.notResult'));
  }
  const doc = data as Record<string, unknown>;
  if (doc['format'] !== RESULT_FORMAT) {
    // A workshop file given where results are added is named as one, with where it opens.
    if (doc['format'] === WORKSHOP_FILE_FORMAT) return refuse('wrong-format', t('files.workshopFile'));
    return refuse('wrong-format', t('files.wrongFormat', { format: RESULT_FORMAT }));
  }
  const formatVersion = doc['formatVersion'];
  const versions = readableVersions();
  if (typeof formatVersion === 'string') {
    return refuse(
      'unsupported-format-version',
      t('files.versionText', { value: JSON.stringify(formatVersion.slice(0, 20)), versions }),
    );
  }
  if (formatVersion === undefined) {
    return refuse('unsupported-format-version', t('files.versionMissing', { versions }));
  }
  if (typeof formatVersion !== 'number' || !READABLE_FORMAT_VERSIONS.includes(formatVersion)) {
    return refuse(
      'unsupported-format-version',
      t('files.versionUnsupported', { version: String(formatVersion).slice(0, 20), versions }),
    );
  }
  const fields = FIELDS[formatVersion] ?? [];
  const unknown = Object.keys(doc).find((key) => !fields.includes(key));
  if (unknown !== undefined) {
    return refuse('wrong-format', t('files.unknownField', { field: unknown.slice(0, 60) }));
  }
  const inst = doc['instrument'];
  const id = typeof inst === 'object' && inst !== null ? (inst as Record<string, unknown>)['id'] : undefined;
  const version = typeof inst === 'object' && inst !== null ? (inst as Record<string, unknown>)['version'] : undefined;
  if (typeof inst !== 'object' || inst === null || Array.isArray(inst)) {
    return refuse('wrong-format', t('files.noInstrument'));
  }
  if (typeof id !== 'string') {
    return refuse('wrong-format', t('files.noInstrumentId'));
  }
  if (id !== instrument.id) {
    return refuse(
      'other-instrument',
      t('files.otherInstrument', { id: String(id).slice(0, 60), expected: instrument.id }),
    );
  }
  if (typeof version !== 'string' || version !== instrument.version) {
    return refuse(
      'other-instrument-version',
      t('files.otherVersion', { version: String(version).slice(0, 20), expected: instrument.version }),
      typeof version === 'string' ? { instrumentVersion: version.slice(0, 20) } : {},
    );
  }
  const scale = doc['scale'];
  if (scale !== undefined && !sameScale(scale, instrument)) {
    return refuse('other-scale', t('files.otherScale', { min: instrument.scale.min, max: instrument.scale.max }));
  }
  for (const [field, allowed] of [
    ['instrument', ['id', 'version']],
    ['context', ['level', 'partnership']],
  ] as const) {
    const value = doc[field];
    const extra =
      typeof value === 'object' && value !== null
        ? Object.keys(value).find((k) => !(allowed as readonly string[]).includes(k))
        : undefined;
    if (extra !== undefined) {
      return refuse('bad-field', t('files.extraField', { field, extra: extra.slice(0, 60) }));
    }
  }
  const answers = validateAnswers(instrument, doc['answers']);
  if (!answers.ok) return answers;
  const context = validateContext(doc['context']);
  if (!context.ok) return context;
  const dimensionIds = instrument.dimensions.map((d) => d.id);
  let plan: ActionPlan;
  if (formatVersion === 1) {
    const notes = validateNotes(instrument, doc['notes']);
    if (!notes.ok) return notes;
    plan = notesToPlan(dimensionIds, notes.value);
  } else {
    const checked = validatePlan(dimensionIds, doc['plan']);
    if (!checked.ok) return refuse('bad-field', checked.message);
    plan = checked.value;
  }
  const createdAt = doc['createdAt'];
  if (
    createdAt !== undefined &&
    (typeof createdAt !== 'string' || !ISO_DATE_TIME.test(createdAt) || Number.isNaN(Date.parse(createdAt)))
  ) {
    return refuse('bad-field', t('files.badDate', { field: 'createdAt' }));
  }
  return {
    ok: true,
    value: {
      instrument: { id: instrument.id, version: instrument.version },
      context: context.value,
      answers: answers.value,
      plan,
      ...(typeof createdAt === 'string' ? { createdAt } : {}),
    },
  };
}
