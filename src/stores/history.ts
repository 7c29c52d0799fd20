/**
 * Results kept on this device to compare later, only when the person opts in. Entries belong to
 * one instrument version; entries of other versions are kept apart and left untouched.
 */
import { atom } from 'nanostores';
import { notesToPlan, validatePlan, type ActionPlan } from '../lib/action-plan';
import type { Answers, Instrument } from '../lib/instrument';
import { validateAnswers, validateContext, validateNotes, type ResultContext } from '../lib/result';
import { sameResult } from '../lib/result-view';
import { t } from '../i18n/t';
import { readStored, readStoredObject, readWithBackup, writeStored, type StoredReading } from './storage';

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

/**
 * The entries of one instrument version in a stored history value. Damaged when the value is not
 * an object, or this version's entries are not a list or some no longer validate (the value is
 * backed up before anything overwrites it). Other versions' entries are not read.
 */
export function parseStoredHistory(instrument: Instrument, raw: string | undefined): StoredReading<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  if (raw === undefined) return { value: entries, damaged: false };
  let all: unknown;
  try {
    all = JSON.parse(raw);
  } catch {
    return { value: entries, damaged: true };
  }
  if (typeof all !== 'object' || all === null || Array.isArray(all)) return { value: entries, damaged: true };
  if (!Object.hasOwn(all, instrument.version)) return { value: entries, damaged: false };
  const stored: unknown = (all as Record<string, unknown>)[instrument.version];
  if (!Array.isArray(stored)) return { value: entries, damaged: true };
  let damaged = false;
  for (const raw of stored as unknown[]) {
    const entry =
      typeof raw === 'object' && raw !== null ? readEntry(instrument, raw as Record<string, unknown>) : null;
    if (entry === null) damaged = true;
    else entries.push(entry);
  }
  return { value: entries, damaged };
}

function readEntry(instrument: Instrument, e: Record<string, unknown>): HistoryEntry | null {
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
  if (!answers.ok || !context.ok || !notes.ok || !plan.ok || typeof id !== 'string' || typeof savedAt !== 'string') {
    return null;
  }
  if (Number.isNaN(Date.parse(savedAt))) return null;
  return { id, savedAt, answers: answers.value, context: context.value, plan: plan.value };
}

/** Load the saved results of this instrument version, dropping (after a backup) any that no longer validate. */
export function connectHistory(instrument: Instrument): void {
  // Loading is not a change: nothing is written back until the person saves or deletes.
  version = null;
  $history.set(readWithBackup(KEY, t('results.storedHistory'), (raw) => parseStoredHistory(instrument, raw)));
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
