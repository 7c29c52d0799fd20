/**
 * Bringing many results together for the collective profile: each file, code or link is read on
 * its own, so one bad entry never blocks the good ones. A result is identified by its share code,
 * which is canonical for "same answers and same level": the same result brought in twice, as a
 * file and as a code, is one result. Pure: no DOM, no storage.
 */
import type { Answers, Instrument } from './instrument';
import { refuse, type Level, type Parsed, type Refusal, type ResultRecord } from './result';
import { MAX_RESULT_FILE_BYTES } from './file-limits';
import type { parseResultFile } from './result-file';
import { canonicalShareCode, decodeShareCode, encodeShareCode } from './share-code';
import { t } from '../i18n/t';

/** One person's result as the collection keeps it: answers and level only, and its share code as key. */
export interface CollectedResult {
  /** The share code of these answers and level: identity for duplicates, and the stored form. */
  code: string;
  answers: Answers;
  level?: Level;
  /** The workshop tag the result was made for (a CL2 code), if any. */
  tag?: string;
}

/**
 * Where an entry came from, so that its outcome can name it: a file, a line, or the n-th code
 * found in a pasted text (with the code's start, to tell it apart).
 */
export type EntrySource =
  { kind: 'file'; name: string } | { kind: 'line'; line: number } | { kind: 'found'; index: number; text: string };

/** What became of one entry. */
export type EntryOutcome =
  | { status: 'added'; source: EntrySource; result: CollectedResult }
  | { status: 'duplicate'; source: EntrySource; message: string }
  | { status: 'other-workshop'; source: EntrySource; result: CollectedResult; message: string }
  | { status: 'other-version'; source: EntrySource; version: string | undefined; message: string }
  | { status: 'refused'; source: EntrySource; reason: Refusal['code']; message: string };

/** An entry read but not yet compared with the collection. */
export interface ReadEntry {
  source: EntrySource;
  parsed: Parsed<CollectedResult>;
}

/** A human name for an entry's source: the file name, or "Line 3". */
export function describeSource(source: EntrySource): string {
  if (source.kind === 'file') return source.name;
  if (source.kind === 'line') return t('team.sourceLine', { line: source.line });
  return t('team.sourceCode', { index: source.index, code: shortCode(source.text) });
}

/** The start of a code, enough to tell it apart. */
function shortCode(text: string): string {
  return text.length > 14 ? `${text.slice(0, 13)}…` : text;
}

/** An entry's source as named inside a sentence ("line 3", "code 2 (CL1-…)"). */
function sourceInSentence(source: EntrySource): string {
  if (source.kind === 'file') return source.name;
  if (source.kind === 'line') return t('team.sourceLineInSentence', { line: source.line });
  return t('team.sourceCodeInSentence', { index: source.index, code: shortCode(source.text) });
}

/** The collected form of answers and a level on this instrument. */
export function toCollected(instrument: Instrument, answers: Answers, level?: Level): CollectedResult {
  const code = encodeShareCode(instrument, answers, level);
  return level === undefined ? { code, answers } : { code, answers, level };
}

export { canonicalShareCode };

/** A file over the size limit is refused before it is read. */
export function refuseOversizedFile(bytes: number): Refusal | null {
  return bytes > MAX_RESULT_FILE_BYTES ? refuse('too-large', t('team.fileTooLarge')) : null;
}

/** Whether a result file is the CSV the results page writes (by its name, or its first line). */
export function isCsvFile(name: string, text: string): boolean {
  return /\.csv$/i.test(name) || text.replace(/^\uFEFF/, '').startsWith('type,');
}

/** How a result file's text is read: src/lib/result-file.ts's parseResultFile, or csv.ts's resultFromCsv. */
export type ResultReader = (text: string, instrument: Instrument) => Parsed<ResultRecord>;

/**
 * Read one result file's text with `readJson` (parseResultFile, which the page loads when files
 * come, not with the page); pass `readCsv` (csv.ts's resultFromCsv) to read the CSV it writes too.
 */
export function parseFileEntry(
  instrument: Instrument,
  text: string,
  name: string,
  readJson: typeof parseResultFile,
  readCsv?: ResultReader,
): Parsed<CollectedResult> {
  const parsed =
    readCsv !== undefined && isCsvFile(name, text) ? readCsv(text, instrument) : readJson(text, instrument);
  if (!parsed.ok) return parsed;
  return { ok: true, value: toCollected(instrument, parsed.value.answers, parsed.value.context.level) };
}

/** Read one pasted share code, or a share link (only the part after "#" is read). */
export function parseCodeEntry(instrument: Instrument, text: string): Parsed<CollectedResult> {
  const hash = text.indexOf('#');
  let code = hash === -1 ? text : text.slice(hash + 1);
  if (hash !== -1) {
    try {
      code = decodeURIComponent(code);
    } catch {
      return refuse('bad-code', t('team.linkDamaged'));
    }
    if (code.trim() === '') return refuse('empty', t('team.linkEmpty'));
  }
  // A checksum failure would blame a typo; a line that is not a code at all gets its own reason.
  if (!/^\s*cl[12il]/i.test(code)) {
    return refuse('bad-code', hash === -1 ? t('team.lineNotACode') : t('team.linkNotACode'));
  }
  const decoded = decodeShareCode(instrument, code);
  if (!decoded.ok) return decoded;
  const { answers, level, tag } = decoded.value;
  const result: CollectedResult = { code: canonicalShareCode(code), answers };
  if (level !== undefined) result.level = level;
  if (tag !== undefined) result.tag = tag;
  return { ok: true, value: result };
}

/** What the page says when Add is pressed with an empty box. */
export const nothingToAdd = (): string => t('team.nothingToAdd');

/** What the page says when a pasted text holds no code or link. */
export const noCodeFound = (): string => t('team.noCodeFound');

/** The non-blank lines of a pasted block, with their 1-based line numbers. */
export function splitCodeLines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ line: i + 1, text: t.trim() }))
    .filter((l) => l.text !== '');
}

/**
 * What makes two results one: their answers and level. A code made for a workshop (CL2) carries
 * its tag as well; the result's untagged code (CL1) is its identity, so that a participant's code
 * and their result file (which carries no tag) are one result, not two.
 */
export function resultIdentity(instrument: Instrument, result: CollectedResult): string {
  return result.tag === undefined ? result.code : encodeShareCode(instrument, result.answers, result.level);
}

/**
 * Compare read entries with the collection (by identity, `identify`: the share code unless
 * given) and with each other: new results are
 * added, repeats are flagged as duplicates, other versions are kept apart, and refusals keep their
 * reason. With a workshop tag, a result made for another workshop (another tag) is held back for
 * the facilitator to keep or skip; untagged results are added as before. The order of outcomes is
 * the order of entries.
 */
export function classifyEntries(
  existing: ReadonlySet<string>,
  entries: readonly ReadEntry[],
  workshopTag?: string,
  identify: (result: CollectedResult) => string = (result) => result.code,
): { outcomes: EntryOutcome[]; added: CollectedResult[]; strays: CollectedResult[] } {
  const seen = new Map<string, EntrySource>();
  const outcomes: EntryOutcome[] = [];
  const added: CollectedResult[] = [];
  const strays: CollectedResult[] = [];
  for (const { source, parsed } of entries) {
    if (!parsed.ok) {
      if (parsed.code === 'other-instrument-version') {
        const version = parsed.instrumentVersion;
        outcomes.push({
          status: 'other-version',
          source,
          version,
          message: t('team.keptApartOutcome', { reason: parsed.message }),
        });
      } else {
        outcomes.push({ status: 'refused', source, reason: parsed.code, message: parsed.message });
      }
      continue;
    }
    const code = identify(parsed.value);
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      outcomes.push({
        status: 'duplicate',
        source,
        message: t('team.duplicateOf', { source: sourceInSentence(earlier) }),
      });
    } else if (existing.has(code)) {
      outcomes.push({
        status: 'duplicate',
        source,
        message: t('team.duplicateInCollection'),
      });
    } else if (workshopTag !== undefined && parsed.value.tag !== undefined && parsed.value.tag !== workshopTag) {
      seen.set(code, source);
      strays.push(parsed.value);
      outcomes.push({
        status: 'other-workshop',
        source,
        result: parsed.value,
        message: t('team.otherWorkshopOutcome', { tag: parsed.value.tag, workshopTag }),
      });
    } else {
      seen.set(code, source);
      added.push(parsed.value);
      outcomes.push({ status: 'added', source, result: parsed.value });
    }
  }
  return { outcomes, added, strays };
}

/** Counts of outcomes by status. */
export function countOutcomes(outcomes: readonly EntryOutcome[]): Record<EntryOutcome['status'], number> {
  const counts = { added: 0, duplicate: 0, 'other-workshop': 0, 'other-version': 0, refused: 0 };
  for (const o of outcomes) counts[o.status]++;
  return counts;
}

/** One sentence for the live region, e.g. "3 added, 1 duplicate, 2 refused". */
export function summariseOutcomes(outcomes: readonly EntryOutcome[]): string {
  const c = countOutcomes(outcomes);
  const parts = [t('team.summaryAdded', { count: c.added })];
  if (c.duplicate > 0) parts.push(t('team.summaryDuplicates', { count: c.duplicate }));
  if (c['other-workshop'] > 0) parts.push(t('team.summaryOtherWorkshop', { count: c['other-workshop'] }));
  if (c['other-version'] > 0) parts.push(t('team.summaryOtherVersion', { count: c['other-version'] }));
  if (c.refused > 0) parts.push(t('team.summaryRefused', { count: c.refused }));
  return parts.join(t('team.listSeparator'));
}

/** A stored share code of another instrument version: kept, never counted. */
export interface KeptApart {
  code: string;
  version: string | undefined;
}

/** What was read back from storage. */
export interface StoredCollection {
  results: CollectedResult[];
  /** Codes of another instrument version, kept as they were. */
  keptApart: KeptApart[];
  /** Entries that could not be read and were left out. */
  dropped: number;
  /** True when the stored value itself was not a list of codes. */
  unreadable: boolean;
}

/** The stored value as a list, or unreadable when it is not a JSON array. */
export function readStoredList(raw: string | null | undefined): { items: unknown[]; unreadable: boolean } {
  if (raw === null || raw === undefined || raw === '') return { items: [], unreadable: false };
  try {
    const data: unknown = JSON.parse(raw);
    return Array.isArray(data) ? { items: data, unreadable: false } : { items: [], unreadable: true };
  } catch {
    return { items: [], unreadable: true };
  }
}

/** Read one stored item: a share code, or a refusal when it is not one. */
export function parseStoredItem(instrument: Instrument, item: unknown): Parsed<CollectedResult> {
  if (typeof item !== 'string') return refuse('bad-field', t('team.storedNotACode'));
  return parseCodeEntry(instrument, item);
}

/** Put read stored items together: valid results once each, other versions kept apart, the rest dropped. */
export function assembleStoredCollection(
  items: readonly unknown[],
  parsed: readonly Parsed<CollectedResult>[],
  unreadable = false,
): StoredCollection {
  const seen = new Set<string>();
  const out: StoredCollection = { results: [], keptApart: [], dropped: 0, unreadable };
  parsed.forEach((p, i) => {
    const item = items[i];
    if (p.ok) {
      if (seen.has(p.value.code)) return;
      seen.add(p.value.code);
      out.results.push(p.value);
    } else if (p.code === 'other-instrument-version' && typeof item === 'string') {
      if (seen.has(item)) return;
      seen.add(item);
      out.keptApart.push({ code: item, version: p.instrumentVersion });
    } else {
      out.dropped++;
    }
  });
  return out;
}

/** The stored form of a collection: a JSON array of share codes (answers and level only). */
export function stringifyCollection(results: readonly CollectedResult[], keptApart: readonly KeptApart[] = []): string {
  return JSON.stringify([...results.map((r) => r.code), ...keptApart.map((k) => k.code)]);
}

/** The levels to split by: each level assessed, or none stated. */
export type LevelFilter = 'all' | Level | 'not-stated';

/** The results whose assessed level matches the filter. */
export function filterByLevel<T extends { level?: Level }>(results: readonly T[], filter: LevelFilter): T[] {
  if (filter === 'all') return [...results];
  if (filter === 'not-stated') return results.filter((r) => r.level === undefined);
  return results.filter((r) => r.level === filter);
}

/**
 * The size of the smallest level group that has results but fewer than the threshold, or 0.
 * While there is one, no level's figures may be shown: the whole group's figures minus the
 * other levels' would be that small group's (a differencing attack on anonymity).
 */
export function smallestLevelGroup<T extends { level?: Level }>(results: readonly T[], threshold: number): number {
  const sizes = (['team', 'organisation', 'partnership', 'not-stated'] as const).map(
    (filter) => filterByLevel(results, filter).length,
  );
  const small = sizes.filter((n) => n > 0 && n < threshold);
  return small.length === 0 ? 0 : Math.min(...small);
}
