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
import { workshopTagFrom, type Invitation } from '../lib/invitation-fields';
import { parseWorkshopIndex, stringifyWorkshopIndex, type WorkshopRecord } from '../lib/workshop-index';
import { CROCKFORD } from '../lib/base32';
import { $collection, $loaded, COLLECTION_KEY, loadCollection } from './collection';
import { readStored, writeStored } from './storage';
import { t } from '../i18n/t';

/** The storage key of the list of workshops. */
export const WORKSHOPS_KEY = 'cli:workshops:v1';
/** The storage key of one workshop's collection. */
export const workshopCollectionKey = (id: string) => `cli:workshop:v1:${id}`;

/** The workshops on this device, in the order they were made. */
export const $workshops = atom<WorkshopRecord[]>([]);
/** The id of the open workshop. */
export const $activeId = atom<string>('');
/** The open workshop. */
export const $activeWorkshop = computed([$workshops, $activeId], (list, id) => list.find((w) => w.id === id) ?? null);
/** A sentence about the workshops list (migration, damage, storage), or null. */
export const $workshopNotice = atom<string | null>(null);

let instrument: Instrument | null = null;
/** The instrument the workshops were loaded for, or null before `loadWorkshops`. */
export const currentInstrument = (): Instrument | null => instrument;
// The list is written only once there is something to keep (a result, or a change by the facilitator).
let persisted = false;
/** Whether the list has been written (false while only a first, untouched workshop exists in memory). */
export const isPersisted = (): boolean => persisted;
/** Say whether the list is written: not after it was removed; yes once another tab wrote it. */
export function setPersisted(written: boolean): void {
  persisted = written;
}

/** 32 random bits from the browser's generator. */
function randomBits(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** A new workshop id (eight Crockford symbols) not in `taken`. */
export function newId(taken: ReadonlySet<string>): string {
  for (;;) {
    const a = randomBits();
    const b = randomBits();
    const id = [...Array(8)].map((_, i) => CROCKFORD[((i < 4 ? a : b) >>> (5 * (i % 4))) & 31]).join('');
    if (!taken.has(id)) return id;
  }
}

/** A new workshop record with a fresh id and tag. */
export function newRecord(fields: Omit<Invitation, 'tag'>, taken: ReadonlySet<string>): WorkshopRecord {
  return { id: newId(taken), created: new Date().toISOString(), tag: workshopTagFrom([randomBits()]), ...fields };
}

/** Write the list of workshops (and say so when the browser does not keep it). */
export function saveIndex(): boolean {
  persisted = true;
  const ok = writeStored(
    WORKSHOPS_KEY,
    stringifyWorkshopIndex({ active: $activeId.get(), workshops: $workshops.get() }),
  );
  if (!ok) $workshopNotice.set(t('workshop.notKept'));
  return ok;
}

/**
 * Keep the list of workshops once the open one holds something or has been handed out. Until then
 * a first workshop lives only in memory, with a new id and tag at each visit: results returned from
 * an invitation sent before a reload would be taken for another workshop's, and a plan kept under
 * its id would be lost. Called when a result is kept (below), when the group plan changes
 * (GroupPlan: the plan store also serves the results page, which has no workshops), and when an invitation leaves the page (its link copied, its QR code shown,
 * or it is printed).
 */
export function keepWorkshopList(): void {
  if (!persisted && $workshops.get().length > 0) saveIndex();
}

$collection.listen((entries) => {
  if ($loaded.get() && entries.length > 0) keepWorkshopList();
});

/** Open the active workshop's collection. */
export function openActive(): Promise<void> {
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
      if (dropped > 0) $workshopNotice.set(t('workshop.dropped', { count: dropped }));
      if (dropped > 0) saveIndex();
      return openActive();
    }
    if (index === null) {
      const backup = `${WORKSHOPS_KEY}:unreadable:${new Date().toISOString()}`;
      writeStored(backup, raw);
      $workshopNotice.set(t('workshop.unreadable', { key: backup }));
    }
  }
  const old = readStored(COLLECTION_KEY);
  const first = newRecord(
    { name: old !== undefined && old !== '' ? t('workshop.migratedName') : t('workshop.firstName') },
    new Set(),
  );
  $workshops.set([first]);
  $activeId.set(first.id);
  if (old !== undefined && old !== '') {
    // Copy first, then write the list, and only then remove the old key: nothing can be lost.
    if (writeStored(workshopCollectionKey(first.id), old) && saveIndex()) {
      writeStored(COLLECTION_KEY, undefined);
      $workshopNotice.set(t('workshop.migrated', { name: t('workshop.migratedName') }));
    } else {
      return loadCollection(forInstrument, { key: COLLECTION_KEY, tag: first.tag });
    }
  }
  return openActive();
}
