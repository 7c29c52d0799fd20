/**
 * The facilitator's collection of results, kept on their device under one versioned key as a JSON
 * array of share codes: answers and level only, never file names. Work on many entries is done in
 * slices that yield to the browser, with progress, so that 10,000 results never freeze the page.
 */
import { atom, computed } from 'nanostores';
import { aggregateMeans, individualMeans, type IndividualMeans } from '../lib/aggregate';
import {
  assembleStoredCollection,
  classifyEntries,
  filterByLevel,
  NOTHING_TO_ADD,
  smallestLevelGroup,
  parseCodeEntry,
  parseFileEntry,
  parseStoredItem,
  readStoredList,
  refuseOversizedFile,
  splitCodeLines,
  stringifyCollection,
  summariseOutcomes,
  type CollectedResult,
  type EntryOutcome,
  type KeptApart,
  type LevelFilter,
  type ReadEntry,
} from '../lib/collection';
import type { Instrument } from '../lib/instrument';
import type { Parsed } from '../lib/result';
import { probeStorage, readStored, writeStored } from './storage';

/** The storage key; a new stored format gets a new key, so an old value is never misread. */
export const COLLECTION_KEY = 'cli:collection:v1';

/** A collected result with its individual means, scored once when it comes in. */
export interface CollectionEntry extends CollectedResult {
  means: IndividualMeans;
}

/** What the page should say about keeping the collection on this device. */
export interface StorageState {
  /** False when the browser does not keep it (storage disabled or full). */
  kept: boolean;
  /** A sentence for the facilitator, or null when all is well. */
  notice: string | null;
}

/** Work in progress, for a progress bar. */
export interface Progress {
  label: string;
  done: number;
  total: number;
}

/** The instrument the collection is read against (set by `loadCollection`). */
export const $instrument = atom<Instrument | null>(null);
/** Results in the collection, in the order they were added. */
export const $collection = atom<CollectionEntry[]>([]);
/** Stored codes of another instrument version: kept, never counted. */
export const $keptApart = atom<KeptApart[]>([]);
/** Whether the collection is being kept, and what to tell the facilitator about it. */
export const $storage = atom<StorageState>({ kept: true, notice: null });
/** True once the stored collection has been read. */
export const $loaded = atom(false);
/** Work in progress on many entries, or null. */
export const $progress = atom<Progress | null>(null);
/** The outcome of the last batch of files or codes. */
export const $lastImport = atom<{ outcomes: EntryOutcome[]; summary: string } | null>(null);
/** Which level's results the profile shows. */
export const $levelFilter = atom<LevelFilter>('all');

/** The collective profile of the filtered collection (no figures below the anonymity threshold). */
export const $profile = computed([$instrument, $collection, $levelFilter], (instrument, collection, filter) => {
  if (instrument === null) return null;
  const view = filterByLevel(collection, filter);
  const smallGroup = filter === 'all' ? 0 : smallestLevelGroup(collection, instrument.anonymityThreshold);
  return aggregateMeans(
    instrument,
    view.map((e) => e.means),
    smallGroup,
  );
});

// Writes are held back while a stored value that could not be read has not been backed up.
let writable = true;

const NOT_KEPT =
  'This browser is not keeping data for this page (storage is full or turned off), so this collection will not be kept after you leave the page. Download the group summary to keep the figures.';

/** Write the collection to storage; says so, never throws, when the browser does not keep it. */
function persist(entries: readonly CollectionEntry[]): void {
  if (!writable) return;
  const keptApart = $keptApart.get();
  const value = entries.length === 0 && keptApart.length === 0 ? '' : stringifyCollection(entries, keptApart);
  if (!writeStored(COLLECTION_KEY, value)) $storage.set({ kept: false, notice: NOT_KEPT });
  else if (!$storage.get().kept) $storage.set({ kept: true, notice: null });
}

$collection.listen((entries) => {
  if ($loaded.get()) persist(entries);
});

interface Scheduler {
  yield(): Promise<void>;
}

/** Give the browser a turn: scheduler.yield() where there is one (no 4 ms timer clamping), else a timer. */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Longest stretch of work between two turns of the browser, well under the 50 ms of a long task. */
const SLICE_MS = 15;

/** Apply `work` to every item in slices, yielding to the browser between them and showing progress. */
async function inSlices<T, R>(items: readonly T[], label: string, work: (item: T) => R | Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let i = 0;
  while (i < items.length) {
    const started = performance.now();
    while (i < items.length && performance.now() - started < SLICE_MS) {
      const result = work(items[i]!);
      out.push(result instanceof Promise ? await result : result);
      i++;
    }
    if (i < items.length) {
      $progress.set({ label, done: i, total: items.length });
      await yieldToBrowser();
    }
  }
  return out;
}

// One batch at a time: a second batch waits for the first, so duplicates are always caught.
let queue: Promise<unknown> = Promise.resolve();
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

const withMeans = (instrument: Instrument, r: CollectedResult): CollectionEntry => ({
  ...r,
  means: individualMeans(instrument, r.answers),
});

/** Read the stored collection for this instrument: keep what is valid, back up what is not. */
export function loadCollection(instrument: Instrument): Promise<void> {
  return enqueue(async () => {
    $instrument.set(instrument);
    // A full storage still reads: only a write shows whether this visit's changes will be kept.
    const kept = probeStorage({ write: true }) === 'ok';
    const raw = readStored(COLLECTION_KEY);
    const { items, unreadable } = readStoredList(raw);
    const parsed = await inSlices(items, 'Reading the saved collection', (item) => parseStoredItem(instrument, item));
    const stored = assembleStoredCollection(items, parsed, unreadable);
    const entries = await inSlices(stored.results, 'Reading the saved collection', (r) => withMeans(instrument, r));
    $progress.set(null);
    let notice: string | null = kept ? null : NOT_KEPT;
    if ((stored.unreadable || stored.dropped > 0) && raw !== undefined) {
      const backupKey = `${COLLECTION_KEY}:unreadable:${new Date().toISOString()}`;
      const what = stored.unreadable
        ? 'The saved collection could not be read, so it was left out'
        : `${stored.dropped} saved ${stored.dropped === 1 ? 'entry' : 'entries'} could not be read and ${stored.dropped === 1 ? 'was' : 'were'} left out; the rest are here`;
      if (writeStored(backupKey, raw)) {
        notice = `${what}. The saved value is backed up in this browser under “${backupKey}”.`;
      } else {
        // Without a backup, the unreadable value is not overwritten: nothing is saved this visit.
        writable = false;
        notice = `${what}. It could not be backed up, so it is left as it was and this visit’s changes will not be kept.`;
      }
    }
    $storage.set({ kept: kept && writable, notice });
    $keptApart.set(stored.keptApart);
    $collection.set(entries);
    $loaded.set(true);
    // Rewrite only what changed in reading (dropped, duplicate or non-canonical entries).
    if (raw !== undefined && raw !== '' && stringifyCollection(entries, stored.keptApart) !== raw) persist(entries);
  });
}

async function addRead(instrument: Instrument, read: ReadEntry[]): Promise<EntryOutcome[]> {
  const current = $collection.get();
  const { outcomes, added } = classifyEntries(new Set(current.map((e) => e.code)), read);
  const entries = await inSlices(added, 'Scoring results', (r) => withMeans(instrument, r));
  $progress.set(null);
  if (entries.length > 0) $collection.set([...$collection.get(), ...entries]);
  $lastImport.set({ outcomes, summary: summariseOutcomes(outcomes) });
  return outcomes;
}

/** Add result files: each is read and checked on its own. */
export function addFiles(files: readonly File[]): Promise<void> {
  return enqueue(async () => {
    const instrument = $instrument.get();
    if (instrument === null || files.length === 0) return;
    const read = await inSlices(files, 'Reading files', async (file): Promise<ReadEntry> => {
      const source = { kind: 'file' as const, name: file.name };
      const tooLarge = refuseOversizedFile(file.size);
      if (tooLarge !== null) return { source, parsed: tooLarge };
      let parsed: Parsed<CollectedResult>;
      try {
        parsed = parseFileEntry(instrument, await file.text());
      } catch {
        parsed = { ok: false, code: 'empty', message: 'This file could not be read.' };
      }
      return { source, parsed };
    });
    await addRead(instrument, read);
  });
}

/** Add share codes or links pasted one per line; resolves to each line's outcome. */
export function addCodes(text: string): Promise<EntryOutcome[]> {
  return enqueue(async () => {
    const instrument = $instrument.get();
    if (instrument === null) return [];
    const lines = splitCodeLines(text);
    if (lines.length === 0) {
      $lastImport.set({ outcomes: [], summary: NOTHING_TO_ADD });
      return [];
    }
    const read = await inSlices(lines, 'Reading codes', (l) => ({
      source: { kind: 'line' as const, line: l.line },
      parsed: parseCodeEntry(instrument, l.text),
    }));
    return addRead(instrument, read);
  });
}

/** Remove one result from the collection. */
export function removeResult(code: string): void {
  $collection.set($collection.get().filter((e) => e.code !== code));
}

/** Empty the collection, including results kept apart from another version. */
export function clearCollection(): void {
  $keptApart.set([]);
  $lastImport.set(null);
  $collection.set([]);
}

/** Show the profile for one level assessed, or for all. */
export function setLevelFilter(filter: LevelFilter): void {
  $levelFilter.set(filter);
}
