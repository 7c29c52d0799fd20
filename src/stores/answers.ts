/**
 * The person's answers and context, kept on this device under one versioned key and validated
 * against the instrument. Only raw answers are saved, never scores.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { t } from '../i18n/t';
import { isValidAnswer, type AnswerValue, type Answers, type Instrument } from '../lib/instrument';
import {
  cleanContext,
  describeRestore,
  lostSomething,
  readSavedAnswers,
  savedRecord,
  type AnswersContext,
} from '../lib/saved-answers';
import { dismissNotice, notify } from './notices';
import { heldInMemory, probeStorage, readStored, writeStored } from './storage';

export type { AnswersContext, Level } from '../lib/saved-answers';

/** The storage key of the saved record; the suffix is the format's version. */
export const ANSWERS_KEY = 'cli:answers:v1';
/** Where a saved value that could not be fully read is copied before anything overwrites it. */
export const BACKUP_KEY = 'cli:answers:v1:backup';
/** Id of the notice that says what could not be restored. */
export const RESTORE_NOTICE = 'restore';

/** The raw saved record as a string, shared with other tabs through the storage event. */
const $saved = persistentAtom<string | undefined>(ANSWERS_KEY, undefined);

/** The instrument the answers belong to; null until `initAnswers` is called. */
export const $instrument = atom<Instrument | null>(null);
/** The current answers by item id; an unanswered item has no key. */
export const $answers = atom<Answers>({});
/** What the person says they assess, kept on this device. */
export const $context = atom<AnswersContext>({});

/** The raw value this tab last wrote or read, so that its own writes are not read back as news. */
let lastRaw: string | undefined;
/** The record of the state last written or restored: restoring writes nothing back. */
let lastState: string | undefined;
/** True when a value that could not be read was not backed up: it must not be overwritten. */
let mustNotOverwrite = false;
let stopSync: (() => void) | undefined;

const stateJson = (instrument: Instrument) => JSON.stringify(savedRecord(instrument, $answers.get(), $context.get()));

// Listeners may run after the action that triggered them (nanostores queues nested updates), so
// "is this new?" is decided by comparing records, not by a flag around the update.
function persist(): void {
  const instrument = $instrument.get();
  if (instrument === null) return;
  const json = stateJson(instrument);
  if (json === lastState) return;
  lastState = json;
  if (mustNotOverwrite) return;
  lastRaw = json;
  $saved.set(json);
}

$answers.listen(persist);
$context.listen(persist);

function restore(raw: string | undefined, instrument: Instrument): void {
  lastRaw = raw;
  const restored = readSavedAnswers(instrument, raw);
  lastState = JSON.stringify(savedRecord(instrument, restored.answers, restored.context));
  $answers.set(restored.answers);
  $context.set(restored.context);
  if (raw !== undefined && lostSomething(restored)) {
    const backedUp = writeStored(BACKUP_KEY, raw);
    mustNotOverwrite = !backedUp;
    const lines = describeRestore(restored, instrument);
    lines.push(
      backedUp ? t('inventory.restoreBackedUp', { key: BACKUP_KEY }) : t('inventory.restoreNotCopied'),
    );
    notify({ id: RESTORE_NOTICE, lines });
  } else {
    dismissNotice(RESTORE_NOTICE);
  }
}

/**
 * Load the saved answers for this instrument, keep what is still valid, say what was dropped,
 * and follow changes made in other tabs. Call once when the inventory starts, in the browser.
 */
export function initAnswers(instrument: Instrument): void {
  stopSync?.();
  mustNotOverwrite = false;
  $instrument.set(instrument);
  // A full storage still reads: only a write shows that changes made now will not be kept.
  probeStorage({ write: true });
  restore(readStored(ANSWERS_KEY), instrument);
  // Mounting the persistent store makes it listen for other tabs' writes.
  const unlisten = $saved.listen((raw) => {
    if (raw !== lastRaw) restore(raw, instrument);
  });
  stopSync = unlisten;
}

/**
 * Whether the answers in memory are the ones kept on this device: false when a change could not
 * be written (storage full or turned off) or an unreadable saved value is being left as it was.
 * Another page of the site would then show older answers, or none.
 */
export function answersKept(): boolean {
  return !mustNotOverwrite && !heldInMemory(ANSWERS_KEY);
}

/** Give an answer: a point on the scale or "can't judge". Invalid answers or unknown items are ignored. */
export function answer(itemId: string, value: AnswerValue): void {
  const instrument = $instrument.get();
  if (instrument === null || !isValidAnswer(instrument, value)) return;
  if (!instrument.dimensions.some((d) => d.items.some((i) => i.id === itemId))) return;
  $answers.set({ ...$answers.get(), [itemId]: value });
}

/** Remove the answer to one item, leaving it unanswered. */
export function clearAnswer(itemId: string): void {
  const answers = $answers.get();
  if (!Object.hasOwn(answers, itemId)) return;
  const next = { ...answers };
  delete next[itemId];
  $answers.set(next);
}

/** Start again: forget every answer and the context. */
export function resetAnswers(): void {
  $answers.set({});
  $context.set({});
  dismissNotice(RESTORE_NOTICE);
}

/** Change the context (level, partnership name); invalid fields are left out. */
export function setContext(partial: { [K in keyof AnswersContext]?: AnswersContext[K] | undefined }): void {
  const merged: Record<string, unknown> = { ...$context.get(), ...partial };
  for (const key of Object.keys(merged)) if (merged[key] === undefined || merged[key] === '') delete merged[key];
  $context.set(cleanContext(merged).context);
}

/**
 * Replace every answer and the context at once, after the person confirmed (e.g. to make an
 * imported result their own). Invalid answers and unknown items are left out.
 */
export function replaceAnswers(answers: Answers, context: AnswersContext): void {
  const instrument = $instrument.get();
  if (instrument === null) return;
  const known = new Set(instrument.dimensions.flatMap((d) => d.items.map((i) => i.id)));
  const clean: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    if (known.has(id) && isValidAnswer(instrument, value)) clean[id] = value;
  }
  $answers.set(clean);
  $context.set(cleanContext(context).context);
  dismissNotice(RESTORE_NOTICE);
}

/** Delete the answers, the context and any backup from this device. */
export function deleteSavedAnswers(): void {
  const instrument = $instrument.get();
  if (instrument !== null) lastState = JSON.stringify(savedRecord(instrument, {}, {}));
  $answers.set({});
  $context.set({});
  lastRaw = undefined;
  mustNotOverwrite = false;
  $saved.set(undefined);
  writeStored(BACKUP_KEY, undefined);
  dismissNotice(RESTORE_NOTICE);
}

/** Stop following storage and empty the stores (for tests). */
export function resetAnswerStores(): void {
  stopSync?.();
  stopSync = undefined;
  $instrument.set(null);
  $answers.set({});
  $context.set({});
  lastRaw = undefined;
  lastState = undefined;
  mustNotOverwrite = false;
}
