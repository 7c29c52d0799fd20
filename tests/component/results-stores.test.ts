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
import { resetStorageState } from '../../src/stores/storage';
import {
  $groupPlans,
  $plan,
  $planSaved,
  clearPlan,
  connectGroupPlans,
  connectPlan,
  setGroupPlan,
  setPlan,
} from '../../src/stores/plan';
import { loadInstrument } from '../fixtures/instrument';
import { ALL_SIXES, FULL_ANSWERS } from '../fixtures/results';

const instrument = loadInstrument();
const KEY = 'cli:history:v1';
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, { answers: object }[]> | null;

const dimensionIds = instrument.dimensions.map((d) => d.id);

beforeEach(() => {
  clearPlan();
  setHistoryEnabled(false);
  localStorage.clear();
  connectHistory(instrument);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  // What a test left behind (a damaged value's notice) would show on the next file's page: the
  // files of a worker share these stores.
  resetStorageState();
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
      { answers: FULL_ANSWERS, context: { level: 'team' }, plan: {} },
      new Date('2026-11-01T09:00:00Z'),
    );
    expect(first).toMatchObject({
      savedAt: '2026-11-01T09:00:00.000Z',
      answers: FULL_ANSWERS,
      context: { level: 'team' },
    });
    expect(saveToHistory({ answers: { ...FULL_ANSWERS }, context: { level: 'team' }, plan: {} })).toBeNull();
    saveToHistory({ answers: ALL_SIXES, context: {}, plan: {} });
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
      plan: {},
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
    saveToHistory({ answers: ALL_SIXES, context: {}, plan: {} });
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
    expect(saveToHistory({ answers: FULL_ANSWERS, context: {}, plan: {} })).not.toBeNull();
    expect($history.get()).toHaveLength(1);
    expect($historySaved.get()).toBe(false);
  });
});

describe('the plan store', () => {
  const action = { id: 'a1', what: 'Agree outcomes', who: 'Ann', due: '2027-03-31', status: 'in-progress' as const };

  test('keeps the plan on the device and reads it back', () => {
    connectPlan(dimensionIds);
    setPlan({ 'outcome-focus': [action] });
    expect(JSON.parse(localStorage.getItem('cli:plan:v1')!)).toEqual({ 'outcome-focus': [action] });
    expect($planSaved.get()).toBe(true);
    $plan.set({});
    localStorage.setItem('cli:plan:v1', JSON.stringify({ 'outcome-focus': [action] }));
    connectPlan(dimensionIds);
    expect($plan.get()).toEqual({ 'outcome-focus': [action] });
  });

  test('carries the action notes of before over into the plan, one action each, then removes them', () => {
    localStorage.setItem(
      'cli:notes:v1',
      JSON.stringify({ 'outcome-focus': 'Agree outcomes\nwith the board', 'collective-vision': 'Vision day' }),
    );
    connectPlan(dimensionIds);
    const plan = $plan.get();
    expect(Object.keys(plan)).toEqual(['collective-vision', 'outcome-focus']);
    expect(plan['collective-vision']?.map(({ what, who, due, status }) => ({ what, who, due, status }))).toEqual([
      { what: 'Vision day', who: '', due: '', status: 'not-started' },
    ]);
    expect(plan['outcome-focus']?.map((a) => a.what)).toEqual(['Agree outcomes\nwith the board']);
    expect(plan['outcome-focus']?.[0]?.id).toMatch(/^[a-z0-9]{10}$/);
    expect(JSON.parse(localStorage.getItem('cli:plan:v1')!)).toEqual(plan);
    expect(localStorage.getItem('cli:notes:v1')).toBeNull();
  });

  test('keeps the old notes when the plan holding them cannot be stored (storage full)', () => {
    localStorage.setItem('cli:notes:v1', JSON.stringify({ 'outcome-focus': 'Agree outcomes' }));
    const real = localStorage;
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => real.getItem(k),
      removeItem: (k: string) => real.removeItem(k),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      key: (i: number) => real.key(i),
      get length() {
        return real.length;
      },
    });
    connectPlan(dimensionIds);
    expect($plan.get()['outcome-focus']?.map((a) => a.what)).toEqual(['Agree outcomes']);
    expect($planSaved.get()).toBe(false);
    expect(real.getItem('cli:notes:v1')).toBe('{"outcome-focus":"Agree outcomes"}');
    vi.unstubAllGlobals();
    resetStorageState();
  });

  test('a stored plan that cannot be read is backed up, not lost, and the plan starts empty', () => {
    localStorage.setItem('cli:plan:v1', '{"outcome-focus": [{"what": ""}]}');
    connectPlan(dimensionIds);
    expect($plan.get()).toEqual({});
    const backups = Object.keys(localStorage).filter((k) => k.startsWith('cli:plan:v1:unreadable:'));
    expect(backups.map((k) => localStorage.getItem(k))).toEqual(['{"outcome-focus": [{"what": ""}]}']);
  });

  test('keeps one plan per group id', () => {
    connectGroupPlans(dimensionIds);
    setGroupPlan('default', { 'outcome-focus': [action] });
    setGroupPlan('w-1', { 'collective-vision': [{ ...action, id: 'b' }] });
    setGroupPlan('w-1', {});
    expect(JSON.parse(localStorage.getItem('cli:group-plans:v1')!)).toEqual({ default: { 'outcome-focus': [action] } });
    connectGroupPlans(dimensionIds);
    expect($groupPlans.get()).toEqual({ default: { 'outcome-focus': [action] } });
  });
});
