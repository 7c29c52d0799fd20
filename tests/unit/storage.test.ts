import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { $storageStatus, probeStorage, readStoredObject, resetStorageState, writeStored } from '../../src/stores/storage';

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
