/**
 * Safe storage: localStorage behind a wrapper that never throws into the UI. When storage is
 * disabled or full, values are kept in memory for this visit and `$storageStatus` says so. Every
 * store that keeps data on the device reads and writes through here, never localStorage itself.
 */
import { setPersistentEngine, windowPersistentEvents, type PersistentStore } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { t } from '../i18n/t';

/** Whether answers can be kept on this device: 'ok', 'unavailable' (storage disabled) or 'full'. */
export type StorageStatus = 'ok' | 'unavailable' | 'full';

/** The state of this browser's storage as last seen. */
export const $storageStatus = atom<StorageStatus>('ok');

/** Values that could not be written, kept so that this visit still reads back what it wrote. */
const memory = new Map<string, string>();

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** localStorage, or throws when the browser refuses access to it. */
function backend(): Storage {
  const storage = globalThis.localStorage;
  if (storage === undefined || storage === null) throw new Error('no localStorage');
  return storage;
}

/** Read a key; undefined when absent or unreadable. Never throws. */
export function readStored(key: string): string | undefined {
  if (memory.has(key)) return memory.get(key);
  try {
    return backend().getItem(key) ?? undefined;
  } catch {
    $storageStatus.set('unavailable');
    return undefined;
  }
}

/** Read a key holding a JSON object; {} when absent, unreadable, not JSON or not an object. Never throws. */
export function readStoredObject(key: string): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(readStored(key) ?? '{}');
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A write reached storage: once nothing is held in memory any more, storage is no longer full. */
function wroteToStorage(): void {
  if ($storageStatus.get() === 'full' && memory.size === 0) $storageStatus.set('ok');
}

/** Storage refused an access: full when it said so, otherwise unavailable. */
function refused(error: unknown): void {
  $storageStatus.set(isQuotaError(error) ? 'full' : 'unavailable');
}

/** Keys whose unreadable stored value could not be backed up: never overwritten this visit. */
const heldBack = new Set<string>();

/** Write (or with undefined, remove) a key. Returns whether it reached storage. Never throws. */
export function writeStored(key: string, value: string | undefined): boolean {
  if (heldBack.has(key)) {
    // The value in storage could not be read nor copied: this visit's changes stay in memory.
    if (value === undefined) memory.delete(key);
    else memory.set(key, value);
    return false;
  }
  try {
    if (value === undefined) backend().removeItem(key);
    else backend().setItem(key, value);
    memory.delete(key);
    wroteToStorage();
    return true;
  } catch (error) {
    if (value === undefined) memory.delete(key);
    else memory.set(key, value);
    refused(error);
    return false;
  }
}

/** A sentence for the person about a stored value that could not be read, by storage key. */
export interface StorageNotice {
  key: string;
  message: string;
}

/** What was found unreadable in storage this visit, and what was done about it (shown by every page that reads it). */
export const $storageNotices = atom<StorageNotice[]>([]);

/** Where a stored value that cannot be read in full is copied: `<key>:unreadable:<ISO date and time>`. */
export function unreadableBackupKey(key: string, now: Date): string {
  return `${key}:unreadable:${now.toISOString()}`;
}

/** What a store's reader made of a stored value: what it could use, and whether anything was left out. */
export interface StoredReading<T> {
  value: T;
  /** True when some or all of the stored value could not be read (it would be lost on the next write). */
  damaged: boolean;
}

/**
 * Read a key through `parse`, the one way every store reads data it may later overwrite. When part
 * of the stored value cannot be read, the value as it was is first copied to
 * `<key>:unreadable:<date>` and `$storageNotices` says so, naming the copy; if even the copy cannot
 * be written, the key is never overwritten this visit (changes stay in memory) and the notice says
 * that. `what` names the data for the person, in the page's language (e.g. "Your saved action notes"),
 * and begins the sentence of the notice. Never throws.
 */
export function readWithBackup<T>(
  key: string,
  what: string,
  parse: (raw: string | undefined) => StoredReading<T>,
  now: Date = new Date(),
): T {
  const raw = readStored(key);
  const reading = parse(raw);
  if (!reading.damaged || raw === undefined) return reading.value;
  const backupKey = unreadableBackupKey(key, now);
  let message: string;
  if (writeStored(backupKey, raw)) {
    message = t('common.storageUnreadableBackedUp', { what, backupKey });
  } else {
    heldBack.add(key);
    message = t('common.storageUnreadableHeldBack', { what });
  }
  $storageNotices.set([...$storageNotices.get().filter((n) => n.key !== key), { key, message }]);
  return reading.value;
}

/** Whether this visit's last write to a key did not reach storage (its value is held in memory only). */
export function heldInMemory(key: string): boolean {
  return memory.has(key);
}

const PROBE_KEY = 'cli:probe';

/**
 * Check that storage can be read at all or, with `write`, that a write really reaches it (a full
 * storage still reads), updating `$storageStatus`. The write probe leaves nothing behind.
 */
export function probeStorage({ write = false }: { write?: boolean } = {}): StorageStatus {
  try {
    if (write) {
      backend().setItem(PROBE_KEY, '1');
      backend().removeItem(PROBE_KEY);
      wroteToStorage();
    } else {
      backend().getItem(PROBE_KEY);
    }
  } catch (error) {
    refused(error);
  }
  return $storageStatus.get();
}

function storedKeys(): string[] {
  const keys = new Set(memory.keys());
  try {
    const storage = backend();
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.add(key);
    }
  } catch {
    // Unavailable storage has no keys of its own; the memory ones are already listed.
  }
  return [...keys];
}

/** A storage engine for @nanostores/persistent that reads and writes through the safe wrapper. */
export const safeStorageEngine: PersistentStore = new Proxy({} as PersistentStore, {
  get: (_target, key) => (typeof key === 'string' ? readStored(key) : undefined),
  has: (_target, key) => typeof key === 'string' && readStored(key) !== undefined,
  set: (_target, key, value: unknown) => {
    if (typeof key === 'string') writeStored(key, String(value));
    return true;
  },
  deleteProperty: (_target, key) => {
    if (typeof key === 'string') writeStored(key, undefined);
    return true;
  },
  ownKeys: () => storedKeys(),
  getOwnPropertyDescriptor: (_target, key) => {
    if (typeof key !== 'string') return undefined;
    const value = readStored(key);
    return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
  },
});

// Every persistent store on the site goes through the wrapper, so none can throw on a full or
// disabled storage. Window events (other tabs, back/forward cache) only exist in the browser.
if (typeof window !== 'undefined') setPersistentEngine(safeStorageEngine, windowPersistentEvents);

/** Forget values held in memory and mark storage as fine again (for tests and "delete"). */
export function resetStorageState(): void {
  memory.clear();
  heldBack.clear();
  $storageNotices.set([]);
  $storageStatus.set('ok');
}
