/**
 * The facilitator's workshops, kept on this device: a list under `cli:workshops:v1` (each
 * workshop's invitation, an id and when it was made, and which one is open) and one collection
 * per workshop under `cli:workshop:v1:<id>` (a JSON array of share codes, as before). The
 * collection kept before workshops existed (`cli:collection:v1`) becomes the first workshop on
 * first load; its old key is removed only once the new ones are written. Nothing is written
 * until there is something to keep.
 */
import { atom, computed } from 'nanostores';
import type { Instrument } from '../lib/instrument';
import { refuse, type Parsed } from '../lib/result';
import { validateInvitation, workshopTagFrom, type Invitation } from '../lib/workshop';
import { parseWorkshopIndex, stringifyWorkshopIndex, type WorkshopRecord } from '../lib/workshop-index';
import { stringifyCollection } from '../lib/collection';
import { CROCKFORD } from '../lib/base32';
import { $collection, $loaded, COLLECTION_KEY, currentCodes, loadCollection } from './collection';
import { readStored, writeStored } from './storage';

/** The storage key of the list of workshops. */
export const WORKSHOPS_KEY = 'cli:workshops:v1';
/** The storage key of one workshop's collection. */
export const workshopCollectionKey = (id: string) => `cli:workshop:v1:${id}`;

const TEXT = {
  firstName: 'My workshop',
  migratedName: 'Results gathered before workshops',
  migrated:
    'Your collection is now a workshop, “Results gathered before workshops”, with every result it held. Rename it, or create another workshop for your next group.',
  unreadable: (key: string) =>
    `The saved list of workshops could not be read; it is backed up in this browser under “${key}”. Each workshop’s results are still kept.`,
  dropped: (n: number) =>
    `${n} saved ${n === 1 ? 'workshop' : 'workshops'} could not be read and ${n === 1 ? 'was' : 'were'} left out.`,
  notKept: 'This browser is not keeping data for this page, so the workshops will not be kept after you leave it.',
} as const;

/** The workshops on this device, in the order they were made. */
export const $workshops = atom<WorkshopRecord[]>([]);
/** The id of the open workshop. */
export const $activeId = atom<string>('');
/** The open workshop. */
export const $activeWorkshop = computed([$workshops, $activeId], (list, id) => list.find((w) => w.id === id) ?? null);
/** A sentence about the workshops list (migration, damage, storage), or null. */
export const $workshopNotice = atom<string | null>(null);

let instrument: Instrument | null = null;
// The list is written only once there is something to keep (a result, or a change by the facilitator).
let persisted = false;

function randomBits(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!;
}

function newId(taken: ReadonlySet<string>): string {
  for (;;) {
    const a = randomBits();
    const b = randomBits();
    const id = [...Array(8)].map((_, i) => CROCKFORD[((i < 4 ? a : b) >>> (5 * (i % 4))) & 31]).join('');
    if (!taken.has(id)) return id;
  }
}

function newRecord(fields: Omit<Invitation, 'tag'>, taken: ReadonlySet<string>): WorkshopRecord {
  return { id: newId(taken), created: new Date().toISOString(), tag: workshopTagFrom([randomBits()]), ...fields };
}

function saveIndex(): boolean {
  persisted = true;
  const ok = writeStored(
    WORKSHOPS_KEY,
    stringifyWorkshopIndex({ active: $activeId.get(), workshops: $workshops.get() }),
  );
  if (!ok) $workshopNotice.set(TEXT.notKept);
  return ok;
}

// The first result kept in a workshop that only existed in memory writes the list too.
$collection.listen((entries) => {
  if (!persisted && $loaded.get() && entries.length > 0 && $workshops.get().length > 0) saveIndex();
});

function openActive(): Promise<void> {
  const active = $activeWorkshop.get();
  if (instrument === null || active === null) return Promise.resolve();
  return loadCollection(instrument, { key: workshopCollectionKey(active.id), tag: active.tag });
}

/**
 * Read the workshops kept on this device (making the first one from a collection kept before
 * workshops existed, or a new empty one) and open the last one used.
 */
export function loadWorkshops(forInstrument: Instrument): Promise<void> {
  instrument = forInstrument;
  persisted = false;
  $workshopNotice.set(null);
  const raw = readStored(WORKSHOPS_KEY);
  if (raw !== undefined && raw !== '') {
    const { index, dropped } = parseWorkshopIndex(raw);
    if (index !== null && index.workshops.length > 0) {
      persisted = true;
      $workshops.set(index.workshops);
      $activeId.set(index.active);
      if (dropped > 0) $workshopNotice.set(TEXT.dropped(dropped));
      if (dropped > 0) saveIndex();
      return openActive();
    }
    if (index === null) {
      const backup = `${WORKSHOPS_KEY}:unreadable:${new Date().toISOString()}`;
      writeStored(backup, raw);
      $workshopNotice.set(TEXT.unreadable(backup));
    }
  }
  const old = readStored(COLLECTION_KEY);
  const first = newRecord({ name: old !== undefined && old !== '' ? TEXT.migratedName : TEXT.firstName }, new Set());
  $workshops.set([first]);
  $activeId.set(first.id);
  if (old !== undefined && old !== '') {
    // Copy first, then write the list, and only then remove the old key: nothing can be lost.
    if (writeStored(workshopCollectionKey(first.id), old) && saveIndex()) {
      writeStored(COLLECTION_KEY, undefined);
      $workshopNotice.set(TEXT.migrated);
    } else {
      return loadCollection(forInstrument, { key: COLLECTION_KEY, tag: first.tag });
    }
  }
  return openActive();
}

/** Create a workshop from the facilitator's fields and open it; refused with the reason when a field is wrong. */
export async function createWorkshop(fields: Omit<Invitation, 'tag'>): Promise<Parsed<WorkshopRecord>> {
  const taken = new Set($workshops.get().map((w) => w.id));
  const record = newRecord(fields, taken);
  const checked = validateInvitation(record);
  if (!checked.ok) return checked;
  $workshops.set([...$workshops.get(), record]);
  $activeId.set(record.id);
  saveIndex();
  await openActive();
  return { ok: true, value: record };
}

/** Change a workshop's name, level, partnership, return address or message (its tag stays). */
export function updateWorkshop(id: string, fields: Omit<Invitation, 'tag'>): Parsed<WorkshopRecord> {
  const current = $workshops.get().find((w) => w.id === id);
  if (current === undefined) return refuse('bad-field', 'This workshop is no longer on this device.');
  const record: WorkshopRecord = { id, created: current.created, tag: current.tag, ...fields };
  const checked = validateInvitation(record);
  if (!checked.ok) return checked;
  $workshops.set($workshops.get().map((w) => (w.id === id ? record : w)));
  saveIndex();
  return { ok: true, value: record };
}

/** Open another workshop (its own collection). */
export function switchWorkshop(id: string): Promise<void> {
  if (id === $activeId.get() || !$workshops.get().some((w) => w.id === id)) return Promise.resolve();
  $activeId.set(id);
  saveIndex();
  return openActive();
}

/** Delete a workshop and its results from this device (the page confirms first). */
export function deleteWorkshop(id: string): Promise<void> {
  writeStored(workshopCollectionKey(id), undefined);
  const rest = $workshops.get().filter((w) => w.id !== id);
  if (rest.length === 0) {
    const fresh = newRecord({ name: TEXT.firstName }, new Set());
    $workshops.set([fresh]);
    $activeId.set(fresh.id);
    writeStored(WORKSHOPS_KEY, undefined);
    persisted = false;
    return openActive();
  }
  $workshops.set(rest);
  if ($activeId.get() === id) $activeId.set(rest[rest.length - 1]!.id);
  saveIndex();
  return openActive();
}

/** The open workshop as a workshop file: its name for the download and its text (the file code loads on demand). */
export async function exportWorkshop(now = new Date()): Promise<{ name: string; text: string } | null> {
  const active = $activeWorkshop.get();
  if (instrument === null || active === null) return null;
  const { stringifyWorkshopFile } = await import('../lib/workshop-file');
  const { results, keptApart } = currentCodes();
  const slug =
    active.name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'workshop';
  return {
    name: `workshop-${slug}-${now.toISOString().slice(0, 10)}.json`,
    text: stringifyWorkshopFile(instrument, active, results, keptApart, now),
  };
}

/** Bring a workshop file in as a new workshop on this device and open it; refused with why. */
export async function importWorkshop(file: {
  name: string;
  size: number;
  text(): Promise<string>;
}): Promise<Parsed<WorkshopRecord>> {
  if (instrument === null) return refuse('empty', 'The page is not ready yet.');
  const { MAX_WORKSHOP_FILE_BYTES, parseWorkshopFile } = await import('../lib/workshop-file');
  if (file.size > MAX_WORKSHOP_FILE_BYTES)
    return refuse('too-large', 'This file is larger than 5 MB: it is not a workshop file.');
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse('empty', 'This file could not be read.');
  }
  const parsed = parseWorkshopFile(text, instrument);
  if (!parsed.ok) return parsed;
  const { invitation, results, keptApart } = parsed.value;
  const taken = new Set($workshops.get().map((w) => w.id));
  const record: WorkshopRecord = { ...invitation, id: newId(taken), created: new Date().toISOString() };
  const value = results.length === 0 && keptApart.length === 0 ? '' : stringifyCollection(results, keptApart);
  if (value !== '') writeStored(workshopCollectionKey(record.id), value);
  // An untouched first workshop (nothing kept, never saved) gives way to the imported one.
  const keep = persisted ? $workshops.get() : [];
  $workshops.set([...keep, record]);
  $activeId.set(record.id);
  saveIndex();
  await openActive();
  return { ok: true, value: record };
}
