/**
 * The facilitator's collection of results, kept on their device under one versioned key as a JSON
 * array of share codes: answers and level only, never file names. Work on many entries is done in
 * slices that yield to the browser, with progress, so that 10,000 results never freeze the page.
 */
import { atom, computed } from 'nanostores';
import {
  aggregateMeans,
  answerVector,
  individualMeans,
  type AnswerVector,
  type GroupProfile,
  type IndividualMeans,
} from '../lib/aggregate';
import {
  assembleStoredCollection,
  classifyEntries,
  resultIdentity,
  filterByLevel,
  isCsvFile,
  noCodeFound,
  nothingToAdd,
  smallestLevelGroup,
  parseCodeEntry,
  parseFileEntry,
  parseStoredItem,
  readStoredList,
  refuseOversizedFile,
  stringifyCollection,
  summariseOutcomes,
  type CollectedResult,
  type EntryOutcome,
  type KeptApart,
  type LevelFilter,
  type ReadEntry,
} from '../lib/collection';
import type { FoundCode } from '../lib/find-codes';
import type { Instrument } from '../lib/instrument';
import { t } from '../i18n/t';
import { refuse, type Parsed } from '../lib/result';
import { yieldToBrowser } from '../lib/yield-to-browser';
import { probeStorage, readStored, writeStored } from './storage';

/**
 * The storage key of the collection kept before workshops existed (it becomes the first
 * workshop); a new stored format gets a new key, so an old value is never misread.
 */
export const COLLECTION_KEY = 'cli:collection:v1';
// The key the open collection is kept under (each workshop has its own), and its workshop tag.
let collectionKey = COLLECTION_KEY;
let workshopTag: string | undefined;

/** A collected result with its individual means, scored once when it comes in. */
export interface CollectionEntry extends CollectedResult {
  means: IndividualMeans;
  /** The answers as numbers in framework order, for every question's figures (src/lib/aggregate.ts). */
  vector: AnswerVector;
  /** What makes it the same result as another, whatever workshop tag its code carries (`resultIdentity`). */
  identity: string;
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
/** Results of the last batches made for another workshop, waiting for the facilitator to keep or skip them. */
export const $strays = atom<CollectedResult[]>([]);
/** Which level's results the profile shows. */
export const $levelFilter = atom<LevelFilter>('all');

// The profile last worked out, and of what: `workOutProfile` works out the profile of results about
// to be set, so that `$profile` finds it done.
let profileMemo: {
  instrument: Instrument;
  collection: readonly CollectionEntry[];
  filter: LevelFilter;
  profile: GroupProfile;
} | null = null;

/** The collective profile of a collection through a level filter (see `$profile`). */
function profileOf(instrument: Instrument, collection: readonly CollectionEntry[], filter: LevelFilter): GroupProfile {
  const memo = profileMemo;
  if (memo !== null && memo.instrument === instrument && memo.collection === collection && memo.filter === filter) {
    return memo.profile;
  }
  const view = filterByLevel(collection, filter);
  const smallGroup = filter === 'all' ? 0 : smallestLevelGroup(collection, instrument.anonymityThreshold);
  const profile = aggregateMeans(
    instrument,
    view.map((e) => e.means),
    smallGroup,
  );
  profileMemo = { instrument, collection, filter, profile };
  return profile;
}

/** The collective profile of the filtered collection (no figures below the anonymity threshold). */
export const $profile = computed([$instrument, $collection, $levelFilter], (instrument, collection, filter) =>
  instrument === null ? null : profileOf(instrument, collection, filter),
);

/**
 * Before results are set as the collection: their profile is worked out in a task of its own, and
 * they are set in the next, so that the task that shows the profile (with a thousand results, the
 * first render of the figures) does not also work out its sums.
 */
async function workOutProfile(instrument: Instrument, entries: readonly CollectionEntry[]): Promise<void> {
  await yieldToBrowser();
  profileOf(instrument, entries, $levelFilter.get());
  await yieldToBrowser();
}

/**
 * The collection with `entries` added, its profile worked out first (`workOutProfile`). A result
 * removed meanwhile stays removed (the profile is then worked out as it shows).
 */
async function withAdded(instrument: Instrument, entries: readonly CollectionEntry[]): Promise<CollectionEntry[]> {
  const before = $collection.get();
  const after = [...before, ...entries];
  await workOutProfile(instrument, after);
  return $collection.get() === before ? after : [...$collection.get(), ...entries];
}

// Writes are held back while a stored value that could not be read has not been backed up.
let writable = true;

const notKept = () => t('team.collectionStorageOff');

/** Write the collection to storage; says so, never throws, when the browser does not keep it. */
function persist(entries: readonly CollectionEntry[]): void {
  if (!writable) return;
  const keptApart = $keptApart.get();
  const value = entries.length === 0 && keptApart.length === 0 ? '' : stringifyCollection(entries, keptApart);
  if (!writeStored(collectionKey, value)) $storage.set({ kept: false, notice: notKept() });
  else if (!$storage.get().kept) $storage.set({ kept: true, notice: null });
}

// While a batch is being added, its write waits for a task of its own (see `addRead`).
let persistHeld = false;

$collection.listen((entries) => {
  if ($loaded.get() && !persistHeld) persist(entries);
});

/**
 * Resolve once the browser has painted (the next frame, then a task), so that what a click changed
 * shows before long work starts; at most 100 ms, since a hidden page never paints.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * Longest stretch of work between two turns of the browser. A long task is 50 ms; a phone's
 * browser runs this work about four times slower than a laptop's (Lighthouse's mobile test assumes
 * as much), so a task stays under 12.5 ms here, and under 8 ms on a day this machine is slower.
 * A slice is well under that: the last item of a slice, a garbage collection and the microtasks
 * that follow it still fit (with 8 ms, slices of a page's first reading ran to 13–15 ms; with 3,
 * they run to 4–6 ms, 9 with a collection).
 */
export const SLICE_MS = 3;

/** Apply `work` to every item in slices, yielding to the browser between them and showing progress. */
async function inSlices<T, R>(
  items: readonly T[],
  label: string,
  work: (item: T, index: number) => R | Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  let i = 0;
  while (i < items.length) {
    const started = performance.now();
    while (i < items.length && performance.now() - started < SLICE_MS) {
      const result = work(items[i]!, i);
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
/** Run `task` once every change to the collection asked for before it has run. */
export function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** A result as the collection holds it, with its figures worked out once. */
export const withMeans = (instrument: Instrument, r: CollectedResult): CollectionEntry => ({
  ...r,
  means: individualMeans(instrument, r.answers),
  vector: answerVector(instrument, r.answers),
  identity: resultIdentity(instrument, r),
});

/** Which collection to open: its storage key and its workshop's tag (results with another tag are strays). */
export interface CollectionSource {
  key: string;
  tag?: string;
}

/** Read the stored collection for this instrument: keep what is valid, back up what is not. */
export function loadCollection(
  instrument: Instrument,
  source: CollectionSource = { key: COLLECTION_KEY },
): Promise<void> {
  return enqueue(async () => {
    $loaded.set(false);
    collectionKey = source.key;
    workshopTag = source.tag;
    writable = true;
    $lastImport.set(null);
    $strays.set([]);
    $instrument.set(instrument);
    // The reading starts in a task of its own, not in the one that hydrated the page.
    await yieldToBrowser();
    // A full storage still reads: only a write shows whether this visit's changes will be kept.
    const kept = probeStorage({ write: true }) === 'ok';
    const raw = readStored(collectionKey);
    const { items, unreadable } = readStoredList(raw);
    const parsed = await inSlices(items, t('team.progressReadingSaved'), (item) => parseStoredItem(instrument, item));
    const stored = assembleStoredCollection(items, parsed, unreadable);
    const entries = await inSlices(stored.results, t('team.progressReadingSaved'), (r) => withMeans(instrument, r));
    await workOutProfile(instrument, entries);
    $progress.set(null);
    let notice: string | null = kept ? null : notKept();
    if ((stored.unreadable || stored.dropped > 0) && raw !== undefined) {
      const backupKey = `${collectionKey}:unreadable:${new Date().toISOString()}`;
      const count = stored.dropped;
      if (writeStored(backupKey, raw)) {
        notice = stored.unreadable
          ? t('team.savedUnreadableBackedUp', { key: backupKey })
          : t('team.savedDroppedBackedUp', { count, key: backupKey });
      } else {
        // Without a backup, the unreadable value is not overwritten: nothing is saved this visit.
        writable = false;
        notice = stored.unreadable
          ? t('team.savedUnreadableNotBackedUp')
          : t('team.savedDroppedNotBackedUp', { count });
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

async function addRead(instrument: Instrument, read: ReadEntry[], found?: number): Promise<EntryOutcome[]> {
  const current = $collection.get();
  const identify = (r: CollectedResult) => resultIdentity(instrument, r);
  const known = new Set([...current.map((e) => e.identity), ...$strays.get().map(identify)]);
  const { outcomes, added, strays } = classifyEntries(known, read, workshopTag, identify);
  const entries = await inSlices(added, t('team.progressScoring'), (r) => withMeans(instrument, r));
  const collection = entries.length > 0 ? await withAdded(instrument, entries) : null;
  $progress.set(null);
  if (collection !== null) {
    // The figures update in this task; the collection is written in the next one (one write per
    // batch, never per result), so that neither makes the other a long task with many results.
    persistHeld = true;
    try {
      $collection.set(collection);
    } finally {
      persistHeld = false;
    }
    await yieldToBrowser();
    persist($collection.get());
  }
  if (strays.length > 0) $strays.set([...$strays.get(), ...strays]);
  const summary =
    found === undefined
      ? summariseOutcomes(outcomes)
      : found === 0
        ? noCodeFound()
        : t('team.foundCodes', { count: found, summary: summariseOutcomes(outcomes) });
  $lastImport.set({ outcomes, summary });
  return outcomes;
}

/** Add result files: each is read and checked on its own. */
export function addFiles(files: readonly File[]): Promise<void> {
  return enqueue(async () => {
    const instrument = $instrument.get();
    if (instrument === null || files.length === 0) return;
    // The readers load only when files come (they are not part of the page's first load).
    const { parseResultFile } = await import('../lib/result-file');
    const csv = files.some((f) => /\.csv$/i.test(f.name)) ? await import('../lib/csv') : null;
    const read = await inSlices(files, t('team.progressReadingFiles'), async (file): Promise<ReadEntry> => {
      const source = { kind: 'file' as const, name: file.name };
      const tooLarge = refuseOversizedFile(file.size);
      if (tooLarge !== null) return { source, parsed: tooLarge };
      let parsed: Parsed<CollectedResult>;
      try {
        const text = await file.text();
        const readCsv =
          csv?.resultFromCsv ?? (isCsvFile(file.name, text) ? (await import('../lib/csv')).resultFromCsv : undefined);
        parsed = parseFileEntry(instrument, text, file.name, parseResultFile, readCsv);
      } catch {
        parsed = { ok: false, code: 'empty', message: t('team.fileUnreadable') };
      }
      return { source, parsed };
    });
    await addRead(instrument, read);
  });
}

// The code finder loads with the first text typed or pasted (or read), not with the page.
let finder: Promise<typeof import('../lib/find-codes')> | null = null;
function loadFinder(): Promise<typeof import('../lib/find-codes')> {
  finder ??= import('../lib/find-codes').catch((error: unknown) => {
    finder = null;
    throw error;
  });
  return finder;
}

/** Start loading the code finder (text is being typed or pasted), so that "Add" need not wait for it. */
export function prepareCodes(): void {
  loadFinder().catch(() => undefined);
}

const finding = () => t('team.progressFindingCodes');
const mistyped = () => t('team.codeMistyped');

/**
 * Add every share code and result link found anywhere in a text (an email thread, a chat export,
 * one scanned code); other text is ignored. Resolves to each code's outcome, in order.
 */
export function addCodes(text: string): Promise<EntryOutcome[]> {
  return enqueue(async () => {
    const instrument = $instrument.get();
    if (instrument === null) return [];
    if (text.trim() === '') {
      $lastImport.set({ outcomes: [], summary: nothingToAdd() });
      return [];
    }
    // The press of "Add" is answered (painted) before any work on the text starts.
    const [{ scanTextPart }] = await Promise.all([loadFinder(), afterNextPaint()]);
    // A long text is scanned in slices too (10,000 codes take well over a frame).
    const codes: FoundCode[] = [];
    const suspects: FoundCode[] = [];
    let from = 0;
    while (from < text.length) {
      const started = performance.now();
      const part = scanTextPart(text, from, () => performance.now() - started >= SLICE_MS);
      codes.push(...part.codes);
      suspects.push(...part.suspects);
      from = part.next;
      if (from < text.length) {
        $progress.set({ label: finding(), done: from, total: text.length });
        await yieldToBrowser();
      }
    }
    // An invitation link pasted here by mistake is named as one.
    if (codes.length + suspects.length === 0 && /CLW1-/i.test(text)) {
      $lastImport.set({ outcomes: [], summary: t('team.invitationPasted') });
      return [];
    }
    const all = [...codes.map((c) => ({ ...c, suspect: false })), ...suspects.map((c) => ({ ...c, suspect: true }))];
    all.sort((a, b) => a.start - b.start);
    const read = await inSlices(all, t('team.progressReadingCodes'), (c, i) => ({
      source: { kind: 'found' as const, index: i + 1, text: c.code },
      parsed: c.suspect ? refuse('bad-checksum', mistyped()) : parseCodeEntry(instrument, c.code),
    }));
    return addRead(instrument, read, all.length);
  });
}

/** The open collection's results and kept-apart codes, to write into a workshop file. */
export function currentCodes(): { results: CollectionEntry[]; keptApart: KeptApart[] } {
  return { results: $collection.get(), keptApart: $keptApart.get() };
}

/** Remove one result from the collection; returns what puts it back in its place (undo). */
export function removeResult(code: string): () => void {
  const list = $collection.get();
  const at = list.findIndex((e) => e.code === code);
  const entry = list[at];
  $collection.set(list.filter((e) => e !== entry));
  const from = collectionKey;
  return () => {
    const now = $collection.get();
    // Only into the collection it came from, and only once.
    if (entry && from === collectionKey && !now.some((e) => e.identity === entry.identity))
      $collection.set([...now.slice(0, at), entry, ...now.slice(at)]);
  };
}

/** Empty the collection, including results kept apart from another version. */
export function clearCollection(): void {
  $keptApart.set([]);
  $strays.set([]);
  $lastImport.set(null);
  $collection.set([]);
}

/** Show the profile for one level assessed, or for all. */
export function setLevelFilter(filter: LevelFilter): void {
  $levelFilter.set(filter);
}
