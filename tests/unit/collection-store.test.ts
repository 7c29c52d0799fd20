import { beforeEach, describe, expect, test, vi } from 'vitest';
import { loadInstrument } from '../fixtures/instrument';
import { mistype, PEOPLE, shareCode } from '../fixtures/team';
import { reloadLanguage } from './reload-language';

const instrument = loadInstrument();
const KEY = 'cli:collection:v1';
const a = shareCode(instrument, PEOPLE.a, 'team');
const b = shareCode(instrument, PEOPLE.b, 'team');
const c = shareCode(instrument, PEOPLE.c, 'organisation');
const d = shareCode(instrument, PEOPLE.d);

/**
 * An in-memory Storage that, like the browser's, also lists its keys as properties, so a test can
 * find a backup key with `Object.keys`.
 */
function memoryStorage(): Storage & Record<string, string> {
  const s = {} as Storage & Record<string, string>;
  const keys = () => Object.keys(s);
  Object.defineProperties(s, {
    getItem: { value: (k: string) => (Object.hasOwn(s, k) ? s[k] : null) },
    setItem: { writable: true, value: (k: string, v: string) => void (s[k] = String(v)) },
    removeItem: { value: (k: string) => void delete s[k] },
    clear: { value: () => keys().forEach((k) => delete s[k]) },
    key: { value: (i: number) => keys()[i] ?? null },
    length: { get: () => keys().length },
  });
  return s;
}

let localStorage = memoryStorage();

/** A fresh copy of the store module, reading whatever storage holds now. */
async function freshStore() {
  vi.resetModules();
  await reloadLanguage();
  return import('../../src/stores/collection');
}

beforeEach(() => {
  localStorage = memoryStorage();
  vi.stubGlobal('localStorage', localStorage);
  return () => vi.unstubAllGlobals();
});

describe('the collection store', () => {
  test('reads the saved codes back and says nothing when all is well', async () => {
    localStorage.setItem(KEY, JSON.stringify([a, b]));
    const store = await freshStore();
    await store.loadCollection(instrument);
    expect(store.$collection.get().map((e) => e.code)).toEqual([a, b]);
    expect(store.$storage.get()).toEqual({ kept: true, notice: null });
    expect(store.$profile.get()).toMatchObject({ count: 2, shown: false, needed: 1 });
  });

  test('writes the collection once per batch added, however many codes it holds, after the figures', async () => {
    const store = await freshStore();
    await store.loadCollection(instrument);
    const writes: string[] = [];
    const setItem = localStorage.setItem.bind(localStorage);
    localStorage.setItem = (key: string, value: string) => {
      if (key === KEY) writes.push(value);
      setItem(key, value);
    };
    // The figures update first; the write comes in a task of its own.
    let writesWhenAdded = -1;
    const stop = store.$collection.listen((entries) => {
      if (entries.length === 4) writesWhenAdded = writes.length;
    });
    await store.addCodes(`${a}\n${b}\n${c}\n${d}`);
    stop();
    expect(writesWhenAdded).toBe(0);
    expect(writes).toEqual([JSON.stringify([a, b, c, d])]);
  });

  test('adds pasted codes, flags duplicates across batches, and saves codes only', async () => {
    const store = await freshStore();
    await store.loadCollection(instrument);
    await store.addCodes(`${a}\n${b}\n\n${mistype(c)}`);
    expect(store.$lastImport.get()?.summary).toBe('Found 3 codes: 2 added, 1 refused');
    await store.addCodes(`${b}\nhttps://example.org/inventory/results/#${c}`);
    expect(store.$lastImport.get()?.summary).toBe('Found 2 codes: 1 added, 1 duplicate');
    expect(await store.addCodes('\n   \n\t\n')).toEqual([]);
    expect(store.$lastImport.get()).toEqual({
      outcomes: [],
      summary:
        'Nothing was added: the box is empty. Paste codes or links, or any text with them in it (an email, a chat).',
    });
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual([a, b, c]);
    expect(store.$profile.get()).toMatchObject({ count: 3, shown: true });
    store.setLevelFilter('team');
    expect(store.$profile.get()).toMatchObject({ count: 2, shown: false, needed: 1 });
  });

  test('the level chosen is kept: a reload or the next visit shows it again', async () => {
    localStorage.setItem(KEY, JSON.stringify([a, b, c]));
    let store = await freshStore();
    let level = await import('../../src/stores/level-filter');
    await store.loadCollection(instrument);
    level.chooseLevelFilter('team');
    expect(store.$levelFilter.get()).toBe('team');
    expect(localStorage.getItem('cli:level-filter:v1')).toBe('team');
    // A reload: a fresh page reads the collection and the level back.
    store = await freshStore();
    // Loading the profile's code shows the level kept.
    level = await import('../../src/stores/level-filter');
    await store.loadCollection(instrument);
    expect(store.$levelFilter.get()).toBe('team');
    expect(store.$profile.get()).toMatchObject({ count: 2 });
    // Back to every level: nothing is kept.
    level.chooseLevelFilter('all');
    expect(localStorage.getItem('cli:level-filter:v1')).toBeNull();
    // Something else under the key (edited by hand, from another version) is ignored.
    localStorage.setItem('cli:level-filter:v1', 'everyone');
    store = await freshStore();
    // Loading the profile's code shows the level kept.
    level = await import('../../src/stores/level-filter');
    await store.loadCollection(instrument);
    expect(store.$levelFilter.get()).toBe('all');
    // Storage that refuses writes: the choice still applies, and nothing throws.
    localStorage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    level.chooseLevelFilter('organisation');
    expect(store.$levelFilter.get()).toBe('organisation');
    expect(store.$profile.get()).toMatchObject({ count: 1 });
  });

  test('removes one result, and clearing empties what is saved', async () => {
    localStorage.setItem(KEY, JSON.stringify([a, b, c]));
    const store = await freshStore();
    await store.loadCollection(instrument);
    const undo = store.removeResult(b);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual([a, c]);
    // Undone: back in its place, and kept; a second undo changes nothing.
    undo();
    expect(store.$collection.get().map((e) => e.code)).toEqual([a, b, c]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual([a, b, c]);
    undo();
    expect(store.$collection.get().map((e) => e.code)).toEqual([a, b, c]);
    store.removeResult(b);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual([a, c]);
    store.clearCollection();
    expect(store.$collection.get()).toEqual([]);
    expect(localStorage.getItem(KEY)).toBe('');
  });

  test('keeps valid entries of a damaged value, backs the value up, then rewrites it', async () => {
    const damaged = JSON.stringify([a, 'CL1-NOPE', { code: b }, d]);
    localStorage.setItem(KEY, damaged);
    const store = await freshStore();
    await store.loadCollection(instrument);
    expect(store.$collection.get().map((e) => e.code)).toEqual([a, d]);
    const backupKey = Object.keys(localStorage).find((k) => k.startsWith(`${KEY}:unreadable:`))!;
    expect(localStorage.getItem(backupKey)).toBe(damaged);
    expect(store.$storage.get().notice).toBe(
      `2 saved entries could not be read and were left out; the rest are here. The saved value is backed up in this browser under “${backupKey}”.`,
    );
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual([a, d]);
  });

  test('when the damaged value cannot be backed up, it is never overwritten', async () => {
    localStorage.setItem(KEY, '{"not": "a list"');
    const setItem = localStorage.setItem.bind(localStorage);
    localStorage.setItem = (key: string, value: string) => {
      if (key.includes(':unreadable:')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      setItem(key, value);
    };
    const store = await freshStore();
    await store.loadCollection(instrument);
    expect(store.$storage.get()).toEqual({
      kept: false,
      notice:
        'The saved collection could not be read, so it was left out. It could not be backed up, so it is left as it was and this visit’s changes will not be kept.',
    });
    await store.addCodes(a);
    expect(store.$collection.get()).toHaveLength(1);
    expect(localStorage.getItem(KEY)).toBe('{"not": "a list"');
  });

  test('another version’s saved codes are kept apart, never counted, and still saved', async () => {
    const other = loadInstrument({
      scale: { min: 1, max: 7, anchors: [{ value: 1, label: 'None' }], cantJudge: "Can't judge" },
    });
    const old = shareCode(other, [1, 2, 3, 4, 5, 6, 7], 'team');
    localStorage.setItem(KEY, JSON.stringify([a, old]));
    const store = await freshStore();
    await store.loadCollection(instrument);
    expect(store.$collection.get()).toHaveLength(1);
    expect(store.$keptApart.get()).toEqual([{ code: old, version: other.version.slice(0, 5) }]);
    await store.addCodes(b);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual([a, b, old]);
  });
});

describe('every question’s figures, a few questions a task', () => {
  test('worked out one question a call with no time to spare, then the same figures as all at once', async () => {
    localStorage.setItem(KEY, JSON.stringify([a, b, c, d]));
    const store = await freshStore();
    const report = await import('../../src/stores/group-report');
    const { questionFiguresOfVectors } = await import('../../src/lib/aggregate');
    const { instrumentItems } = await import('../../src/lib/instrument');
    await store.loadCollection(instrument);
    const questions = instrumentItems(instrument).length;
    expect(questions).toBe(27);
    // With 0 ms a call works out one question: false until the last.
    const done = Array.from({ length: questions }, () => report.workOutQuestions(0));
    expect(done.indexOf(true)).toBe(questions - 1);
    const expected = questionFiguresOfVectors(
      instrument,
      store.$collection.get().map((e) => e.vector),
      true,
    );
    expect(report.$questions.get()).toStrictEqual(expected);
    // Another level's view starts again from its own first question.
    store.$levelFilter.set('team');
    expect(report.workOutQuestions(0)).toBe(false);
    const team = store.$collection.get().filter((e) => e.level === 'team');
    expect(report.$questions.get()).toStrictEqual(
      questionFiguresOfVectors(
        instrument,
        team.map((e) => e.vector),
        store.$profile.get()!.shown,
      ),
    );
  });
});
