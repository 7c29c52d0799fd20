import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  $history,
  $historySaved,
  connectHistory,
  deleteFromHistory,
  saveToHistory,
  setHistoryEnabled,
  $historyEnabled,
} from '../../src/stores/history';
import { $notes, $notesSaved, clearNotes, reloadNotes, setNote } from '../../src/stores/notes';
import { loadInstrument } from '../fixtures/instrument';
import { ALL_SIXES, FULL_ANSWERS } from '../fixtures/results';

const instrument = loadInstrument();
const KEY = 'cli:history:v1';
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, { answers: object }[]> | null;

beforeEach(() => {
  clearNotes();
  setHistoryEnabled(false);
  localStorage.clear();
  connectHistory(instrument);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the history store', () => {
  test('is off by default and remembers the choice', () => {
    expect($historyEnabled.get()).toBe(false);
    setHistoryEnabled(true);
    expect(localStorage.getItem('cli:history-enabled:v1')).toBe('yes');
    setHistoryEnabled(false);
    expect(localStorage.getItem('cli:history-enabled:v1')).toBeNull();
  });

  test('saves results under the instrument version, skips an identical one, and deletes', () => {
    const first = saveToHistory(
      { answers: FULL_ANSWERS, context: { level: 'team' }, notes: {} },
      new Date('2026-11-01T09:00:00Z'),
    );
    expect(first).toMatchObject({
      savedAt: '2026-11-01T09:00:00.000Z',
      answers: FULL_ANSWERS,
      context: { level: 'team' },
    });
    expect(saveToHistory({ answers: { ...FULL_ANSWERS }, context: { level: 'team' }, notes: {} })).toBeNull();
    saveToHistory({ answers: ALL_SIXES, context: {}, notes: {} });
    expect(stored()![instrument.version]!.map((e) => e.answers)).toEqual([FULL_ANSWERS, ALL_SIXES]);
    deleteFromHistory(first!.id);
    expect(stored()![instrument.version]!.map((e) => e.answers)).toEqual([ALL_SIXES]);
  });

  test('drops stored entries that no longer validate, and keeps other versions’ entries untouched', () => {
    const good = {
      id: 'a',
      savedAt: '2026-11-01T09:00:00.000Z',
      answers: { 'key-outcomes': 4 },
      context: {},
      notes: {},
    };
    localStorage.setItem(
      KEY,
      JSON.stringify({
        [instrument.version]: [
          good,
          { ...good, id: 'b', answers: { 'key-outcomes': 99 } },
          { ...good, id: 'c', savedAt: 'never' },
          'junk',
          null,
        ],
        '0ld0ld00': [{ anything: true }],
      }),
    );
    connectHistory(instrument);
    expect($history.get()).toEqual([good]);
    saveToHistory({ answers: ALL_SIXES, context: {}, notes: {} });
    expect(stored()!['0ld0ld00']).toEqual([{ anything: true }]);
    localStorage.setItem(KEY, '{broken');
    connectHistory(instrument);
    expect($history.get()).toEqual([]);
  });

  test('a full storage keeps the entries in memory and says they are not kept', () => {
    // A storage that refuses every write, as a full or disabled one does.
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      removeItem: () => {},
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    expect(saveToHistory({ answers: FULL_ANSWERS, context: {}, notes: {} })).not.toBeNull();
    expect($history.get()).toHaveLength(1);
    expect($historySaved.get()).toBe(false);
  });
});

describe('the notes store', () => {
  test('keeps notes by dimension, removes an emptied one, and ignores corrupted storage', () => {
    setNote('outcome-focus', 'Agree outcomes');
    setNote('collective-vision', 'Share the vision');
    setNote('collective-vision', '');
    expect(JSON.parse(localStorage.getItem('cli:notes:v1')!)).toEqual({ 'outcome-focus': 'Agree outcomes' });
    expect($notesSaved.get()).toBe(true);
    localStorage.setItem('cli:notes:v1', '{"outcome-focus": 3, "collective-vision": "ok"}');
    reloadNotes();
    expect($notes.get()).toEqual({ 'collective-vision': 'ok' });
    localStorage.setItem('cli:notes:v1', 'not json');
    reloadNotes();
    expect($notes.get()).toEqual({});
  });
});
