/**
 * The person's action notes, one per dimension, kept on this device. Storage may be full or
 * disabled: the notes then live in memory for this visit and `$notesSaved` says they are not kept.
 */
import { atom } from 'nanostores';
import { readWithBackup, writeStored, type StoredReading } from './storage';

const KEY = 'cli:notes:v1';

/** The notes in a stored value; damaged when it is not an object of texts (it is backed up first). */
export function parseStoredNotes(raw: string | undefined): StoredReading<Record<string, string>> {
  const notes: Record<string, string> = {};
  if (raw === undefined) return { value: notes, damaged: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { value: notes, damaged: true };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { value: notes, damaged: true };
  let damaged = false;
  for (const [id, text] of Object.entries(data)) {
    if (typeof text === 'string' && id !== '__proto__') notes[id] = text;
    else damaged = true;
  }
  return { value: notes, damaged };
}

function readNotes(): Record<string, string> {
  return readWithBackup(KEY, 'Your saved action notes', parseStoredNotes);
}

/** Action notes by dimension id, as typed. */
export const $notes = atom<Record<string, string>>(readNotes());
/** False when the last change could not be stored on this device. */
export const $notesSaved = atom(true);

/** Set (or, with empty text, remove) the action note of one dimension. */
export function setNote(dimensionId: string, text: string): void {
  const { [dimensionId]: _old, ...others } = $notes.get();
  $notes.set(text === '' ? others : { ...others, [dimensionId]: text });
}

/** Forget every note (for tests and a fresh start). */
export function clearNotes(): void {
  $notes.set({});
}

/** Read the notes again from storage (another tab may have changed them). */
export function reloadNotes(): void {
  $notes.set(readNotes());
}

$notes.listen((notes) => {
  $notesSaved.set(writeStored(KEY, JSON.stringify(notes)));
});
