/**
 * Results kept on this device to compare later, only when the person opts in. Entries belong to
 * one instrument version; entries of other versions are kept apart and left untouched.
 */
import { atom } from 'nanostores';
import { notesToPlan, validatePlan, type ActionPlan } from '../lib/action-plan';
import type { Answers, Instrument } from '../lib/instrument';
import { validateAnswers, validateContext, validateNotes, type ResultContext } from '../lib/result';
import { sameResult } from '../lib/result-view';
import { readStored, readStoredObject, writeStored } from './storage';

/** One saved result. */
export interface HistoryEntry {
  id: string;
  /** When it was saved (ISO 8601). */
  savedAt: string;
  answers: Answers;
  context: ResultContext;
  plan: ActionPlan;
}

const ENABLED_KEY = 'cli:history-enabled:v1';
const KEY = 'cli:history:v1';
/** Most entries kept per instrument version; the oldest go first. */
export const MAX_HISTORY = 50;

/** Whether the person chose to keep results on this device (off by default). */
export const $historyEnabled = atom(readStored(ENABLED_KEY) === 'yes');
/** Saved results of the connected instrument version, oldest first. */
export const $history = atom<HistoryEntry[]>([]);
/** False when the last change could not be stored on this device. */
export const $historySaved = atom(true);

let version: string | null = null;

/** Load the saved results of this instrument version, dropping any that no longer validate. */
export function connectHistory(instrument: Instrument): void {
  // Loading is not a change: nothing is written back until the person saves or deletes.
  version = null;
  const all = readStoredObject(KEY);
  const stored = Object.hasOwn(all, instrument.version) ? all[instrument.version] : [];
  const entries: HistoryEntry[] = [];
  for (const raw of Array.isArray(stored) ? (stored as unknown[]) : []) {
    if (typeof raw !== 'object' || raw === null) continue;
    const e = raw as Record<string, unknown>;
    const answers = validateAnswers(instrument, e['answers']);
    const context = validateContext(e['context']);
    // Entries saved before the action plan carry free-text notes: each becomes one action.
    const dimensionIds = instrument.dimensions.map((d) => d.id);
    const notes = validateNotes(instrument, e['notes']);
    const plan =
      'plan' in e
        ? validatePlan(dimensionIds, e['plan'])
        : { ok: true as const, value: notes.ok ? notesToPlan(dimensionIds, notes.value) : {} };
    const { id, savedAt } = e;
    if (!answers.ok || !context.ok || !notes.ok || !plan.ok || typeof id !== 'string' || typeof savedAt !== 'string')
      continue;
    if (Number.isNaN(Date.parse(savedAt))) continue;
    entries.push({ id, savedAt, answers: answers.value, context: context.value, plan: plan.value });
  }
  $history.set(entries);
  version = instrument.version;
}

/** Opt in to (or out of) keeping results; opting out keeps what is saved until it is deleted. */
export function setHistoryEnabled(enabled: boolean): void {
  $historyEnabled.set(enabled);
  $historySaved.set(writeStored(ENABLED_KEY, enabled ? 'yes' : undefined));
}

/** Save a result unless an identical one is already saved; returns the entry saved, or null. */
export function saveToHistory(result: Omit<HistoryEntry, 'id' | 'savedAt'>, now = new Date()): HistoryEntry | null {
  const entries = $history.get();
  const same = entries.some((e) =>
    sameResult({ a: e.answers, c: e.context, p: e.plan }, { a: result.answers, c: result.context, p: result.plan }),
  );
  if (same) return null;
  const entry: HistoryEntry = {
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    savedAt: now.toISOString(),
    ...result,
  };
  $history.set([...entries, entry].slice(-MAX_HISTORY));
  return entry;
}

/** Delete one saved result. */
export function deleteFromHistory(id: string): void {
  $history.set($history.get().filter((e) => e.id !== id));
}

$history.listen((entries) => {
  if (version === null) return;
  const all = readStoredObject(KEY);
  Object.defineProperty(all, version, { value: entries, enumerable: true, writable: true, configurable: true });
  $historySaved.set(writeStored(KEY, JSON.stringify(all)));
});
