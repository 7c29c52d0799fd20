/**
 * A stored collection read in one go (the collective page reads its open collection in slices, in
 * src/stores/collection.ts; this is for a workshop that is not open). Its own module, so that it
 * loads with what uses it, not with the page.
 */
import { assembleStoredCollection, parseStoredItem, readStoredList, type StoredCollection } from './collection';
import type { Instrument } from './instrument';

/** Read the stored collection (a JSON array of share codes): whatever is valid is kept, the rest counted. */
export function parseStoredCollection(instrument: Instrument, raw: string | null | undefined): StoredCollection {
  const { items, unreadable } = readStoredList(raw);
  return assembleStoredCollection(
    items,
    items.map((item) => parseStoredItem(instrument, item)),
    unreadable,
  );
}
