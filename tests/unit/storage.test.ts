import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { parseStoredHistory } from '../../src/stores/history';
import { parseStoredNotes } from '../../src/stores/plan';
import {
  $storageNotices,
  $storageStatus,
  heldInMemory,
  probeStorage,
  readStored,
  readStoredObject,
  readWithBackup,
  resetStorageState,
  unreadableBackupKey,
  writeStored,
} from '../../src/stores/storage';
import { loadInstrument } from '../fixtures/instrument';

/** A Map-backed Storage whose writes can be refused as a full quota refuses them. */
function testStorage() {
  const data = new Map<string, string>();
  const state = { full: false };
  const storage = {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (state.full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  return { data, state, storage };
}

let t = testStorage();

beforeEach(() => {
  t = testStorage();
  vi.stubGlobal('localStorage', t.storage);
  resetStorageState();
});
afterEach(() => vi.unstubAllGlobals());

describe('the storage probe', () => {
  test('a full storage still reads, so only the write probe says it is full, and it leaves nothing behind', () => {
    t.state.full = true;
    expect(probeStorage()).toBe('ok');
    expect(probeStorage({ write: true })).toBe('full');
    t.state.full = false;
    expect(probeStorage({ write: true })).toBe('ok');
    expect([...t.data.keys()]).toEqual([]);
  });

  test('a storage the browser refuses is unavailable to both probes', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(probeStorage({ write: true })).toBe('unavailable');
    resetStorageState();
    expect(probeStorage()).toBe('unavailable');
  });
});

describe('reading a stored object', () => {
  test('gives the object, or {} for a missing, corrupted or non-object value', () => {
    expect(readStoredObject('k')).toEqual({});
    t.data.set('k', '{"a": "b", "n": 1}');
    expect(readStoredObject('k')).toEqual({ a: 'b', n: 1 });
    for (const bad of ['{broken', '[1, 2]', 'null', '"text"']) {
      t.data.set('k', bad);
      expect(readStoredObject('k')).toEqual({});
    }
  });

  test('reads back what this visit could not store, until a write reaches storage again', () => {
    t.state.full = true;
    expect(writeStored('k', '{"a": "kept in memory"}')).toBe(false);
    expect($storageStatus.get()).toBe('full');
    expect(readStoredObject('k')).toEqual({ a: 'kept in memory' });
    expect(t.data.has('k')).toBe(false);
    t.state.full = false;
    expect(writeStored('k', '{"a": "stored"}')).toBe(true);
    expect($storageStatus.get()).toBe('ok');
    expect(t.data.get('k')).toBe('{"a": "stored"}');
  });
});

describe('reading with a backup: the one way every store reads what it may overwrite', () => {
  const now = new Date('2026-11-27T10:15:00.000Z');
  const backupKey = 'cli:notes:v1:unreadable:2026-11-27T10:15:00.000Z';

  test('names the backup key after the store key and the date and time', () => {
    expect(unreadableBackupKey('cli:history:v1', now)).toBe('cli:history:v1:unreadable:2026-11-27T10:15:00.000Z');
  });

  test('a readable or missing value is read as it is: no backup, no notice', () => {
    expect(readWithBackup('cli:notes:v1', 'Your saved action notes', parseStoredNotes, now)).toEqual({});
    t.data.set('cli:notes:v1', '{"outcome-focus": "Agree outcomes"}');
    expect(readWithBackup('cli:notes:v1', 'Your saved action notes', parseStoredNotes, now)).toEqual({
      'outcome-focus': 'Agree outcomes',
    });
    expect([...t.data.keys()]).toEqual(['cli:notes:v1']);
    expect($storageNotices.get()).toEqual([]);
  });

  test('a value that cannot be read in full is copied first, and the notice names the copy', () => {
    t.data.set('cli:notes:v1', '{"outcome-focus": 3, "collective-vision": "ok"}');
    expect(readWithBackup('cli:notes:v1', 'Your saved action notes', parseStoredNotes, now)).toEqual({
      'collective-vision': 'ok',
    });
    expect(t.data.get(backupKey)).toBe('{"outcome-focus": 3, "collective-vision": "ok"}');
    expect($storageNotices.get()).toEqual([
      {
        key: 'cli:notes:v1',
        message: `Your saved action notes could not be read in full, so what could not be read is left out here. The saved value, as it was, is backed up in this browser’s storage under “${backupKey}”.`,
      },
    ]);
    expect(writeStored('cli:notes:v1', '{}')).toBe(true);
  });

  test('when even the copy cannot be written, the value is never overwritten this visit', () => {
    t.data.set('cli:notes:v1', '{broken');
    t.state.full = true;
    expect(readWithBackup('cli:notes:v1', 'Your saved action notes', parseStoredNotes, now)).toEqual({});
    expect($storageNotices.get()[0]!.message).toBe(
      'Your saved action notes could not be read in full, and this browser would not keep a backup of it, so it is left as it was: changes made now will not be kept.',
    );
    t.state.full = false;
    expect(writeStored('cli:notes:v1', '{"outcome-focus": "new"}')).toBe(false);
    expect(t.data.get('cli:notes:v1')).toBe('{broken');
    expect(heldInMemory('cli:notes:v1')).toBe(true);
    expect(readStored('cli:notes:v1')).toBe('{"outcome-focus": "new"}');
  });
});

describe('what counts as damaged', () => {
  const instrument = loadInstrument();
  const entry = {
    id: 'a',
    savedAt: '2026-11-01T10:00:00.000Z',
    answers: { 'key-outcomes': 4 },
    context: {},
    plan: {},
  };

  test('notes: anything but an object of texts', () => {
    expect(parseStoredNotes(undefined)).toEqual({ value: {}, damaged: false });
    expect(parseStoredNotes('{"a": "x"}')).toEqual({ value: { a: 'x' }, damaged: false });
    expect(parseStoredNotes('{"a": "x", "b": 2}')).toEqual({ value: { a: 'x' }, damaged: true });
    for (const bad of ['{broken', '[]', 'null', '"text"', '7'])
      expect(parseStoredNotes(bad)).toEqual({ value: {}, damaged: true });
  });

  test('history: this version’s entries that no longer validate, or a value that is not an object of lists', () => {
    const v = instrument.version;
    expect(parseStoredHistory(instrument, undefined)).toEqual({ value: [], damaged: false });
    expect(parseStoredHistory(instrument, JSON.stringify({ [v]: [entry] }))).toEqual({
      value: [entry],
      damaged: false,
    });
    // Saved before the action plan: the entry's notes become its plan, one action each.
    const { plan: _plan, ...old } = entry;
    expect(
      parseStoredHistory(instrument, JSON.stringify({ [v]: [{ ...old, notes: { 'outcome-focus': 'Agree' } }] })),
    ).toEqual({
      value: [
        { ...entry, plan: { 'outcome-focus': [{ id: '1', what: 'Agree', who: '', due: '', status: 'not-started' }] } },
      ],
      damaged: false,
    });
    // Another version's entries are not this reader's to judge.
    expect(parseStoredHistory(instrument, JSON.stringify({ '0ld0ld00': ['junk'] }))).toEqual({
      value: [],
      damaged: false,
    });
    expect(parseStoredHistory(instrument, JSON.stringify({ [v]: [entry, 'junk'] }))).toEqual({
      value: [entry],
      damaged: true,
    });
    expect(parseStoredHistory(instrument, JSON.stringify({ [v]: { a: entry } }))).toEqual({ value: [], damaged: true });
    for (const bad of ['{broken', '[1]', 'null'])
      expect(parseStoredHistory(instrument, bad)).toEqual({ value: [], damaged: true });
  });
});
