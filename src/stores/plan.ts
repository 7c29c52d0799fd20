/**
 * Action plans kept on this device: the person's own (results page) and one per group (collective
 * page, by group id). Everything goes through the safe storage wrapper: when storage is full or
 * disabled the plans live in memory for this visit and `$planSaved` / `$groupPlanSaved` say so.
 * The person's action notes of before (`cli:notes:v1`) are carried over into the plan, one action
 * each, and the old key is removed only once the plan holding them has been stored.
 */
import { notesToPlan, randomActionId, validatePlan, type ActionPlan } from '../lib/action-plan';
import { t } from '../i18n/t';
import { readStored, readWithBackup, writeStored, type StoredReading } from './storage';

const KEY = 'cli:plan:v1';
const NOTES_KEY = 'cli:notes:v1';

import { $groupPlans, $groupPlanSaved, $plan, $planSaved, GROUP_PLANS_KEY } from './plan-state';

export { $groupPlans, $groupPlanSaved, $plan, $planSaved, DEFAULT_GROUP } from './plan-state';

let connected = false;
let groupsConnected = false;

/** Parse stored JSON text; undefined when it is not JSON. */
function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A stored plan; damaged (and so backed up before any write) when it does not validate. */
function parsePlan(dimensionIds: readonly string[], raw: string | undefined): StoredReading<ActionPlan> {
  if (raw === undefined) return { value: {}, damaged: false };
  const checked = validatePlan(dimensionIds, parse(raw));
  return checked.ok ? { value: checked.value, damaged: false } : { value: {}, damaged: true };
}

/** Stored version-1 notes (dimension id → text); damaged when any entry is not text (it is backed up first). */
export function parseStoredNotes(raw: string | undefined): StoredReading<Record<string, string>> {
  const notes: Record<string, string> = {};
  if (raw === undefined) return { value: notes, damaged: false };
  const data = parse(raw);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { value: notes, damaged: true };
  let damaged = false;
  for (const [id, text] of Object.entries(data)) {
    if (typeof text === 'string' && id !== '__proto__') notes[id] = text;
    else damaged = true;
  }
  return { value: notes, damaged };
}

/**
 * Load the person's plan for this instrument's dimensions. When there is none yet, the old
 * action notes become its first actions. Loading writes nothing unless notes were carried over
 * (or a damaged value is backed up, through `readWithBackup`).
 */
export function connectPlan(dimensionIds: readonly string[]): void {
  connected = false;
  if (readStored(KEY) !== undefined) {
    $plan.set(readWithBackup(KEY, t('plan.storedPlan'), (raw) => parsePlan(dimensionIds, raw)));
    connected = true;
    return;
  }
  const notes = readWithBackup(NOTES_KEY, t('plan.storedNotes'), parseStoredNotes);
  const plan = notesToPlan(dimensionIds, notes, randomActionId);
  $plan.set(plan);
  connected = true;
  if (Object.keys(notes).length === 0) return;
  const saved = writeStored(KEY, JSON.stringify(plan));
  $planSaved.set(saved);
  // The notes go only when every one of them is in the stored plan.
  const carried = Object.entries(notes).every(([id, text]) => text.trim() === '' || Object.hasOwn(plan, id));
  if (saved && carried) writeStored(NOTES_KEY, undefined);
}

/**
 * Read the person's plan again whenever another tab of this browser changes it (the results page
 * open twice), so that this tab shows their actions and never writes its older copy over them.
 * Returns a function that stops following.
 */
export function followPlan(dimensionIds: readonly string[]): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === KEY) connectPlan(dimensionIds);
  };
  globalThis.addEventListener('storage', onStorage);
  return () => globalThis.removeEventListener('storage', onStorage);
}

/** Replace the person's plan (the editor works out the new plan with src/lib/action-plan). */
export function setPlan(plan: ActionPlan): void {
  $plan.set(plan);
}

/** Forget the person's plan (for tests and a fresh start). */
export function clearPlan(): void {
  $plan.set({});
}

$plan.listen((plan) => {
  if (connected) $planSaved.set(writeStored(KEY, JSON.stringify(plan)));
});

/** Stored group plans; damaged when the value or any group's plan does not validate. */
function parseGroupPlans(
  dimensionIds: readonly string[],
  raw: string | undefined,
): StoredReading<Record<string, ActionPlan>> {
  const plans: Record<string, ActionPlan> = {};
  if (raw === undefined) return { value: plans, damaged: false };
  const data = parse(raw);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { value: plans, damaged: true };
  let damaged = false;
  for (const [group, value] of Object.entries(data)) {
    const checked = validatePlan(dimensionIds, value);
    if (checked.ok && group !== '__proto__') plans[group] = checked.value;
    else damaged = true;
  }
  return { value: plans, damaged };
}

/** Load every group's plan; a value that cannot be read in full is backed up before any write. */
export function connectGroupPlans(dimensionIds: readonly string[]): void {
  groupsConnected = false;
  $groupPlans.set(
    readWithBackup(GROUP_PLANS_KEY, t('plan.storedGroupPlans'), (raw) => parseGroupPlans(dimensionIds, raw)),
  );
  groupsConnected = true;
}

/**
 * Read the group plans again whenever another tab of this browser changes them, so that this tab
 * never writes its older copy over theirs. Returns a function that stops following.
 */
export function followGroupPlans(dimensionIds: readonly string[]): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === GROUP_PLANS_KEY) connectGroupPlans(dimensionIds);
  };
  globalThis.addEventListener('storage', onStorage);
  return () => globalThis.removeEventListener('storage', onStorage);
}

/** Replace one group's plan. */
export function setGroupPlan(group: string, plan: ActionPlan): void {
  const { [group]: _old, ...others } = $groupPlans.get();
  $groupPlans.set(Object.keys(plan).length === 0 ? others : { ...others, [group]: plan });
}

/**
 * One group's plan, for its workshop file: as the page has it loaded, else as kept on this device
 * (checked first; empty when there is none, or it cannot be read).
 */
export function groupPlanOf(group: string, dimensionIds: readonly string[]): ActionPlan {
  const loaded = $groupPlans.get();
  if (Object.hasOwn(loaded, group)) return loaded[group]!;
  const stored = parseGroupPlans(dimensionIds, readStored(GROUP_PLANS_KEY)).value;
  return Object.hasOwn(stored, group) ? stored[group]! : {};
}

/**
 * Keep a group's plan that came in a workshop file. Loaded plans keep it on this device as every
 * change does; otherwise it is written beside the plans kept, unless their stored value cannot be
 * read: that is left for `connectGroupPlans`, which backs it up before anything is written.
 */
export function keepGroupPlan(group: string, plan: ActionPlan): void {
  if (!groupsConnected) {
    const raw = readStored(GROUP_PLANS_KEY);
    const stored = raw === undefined ? {} : parse(raw);
    if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) {
      writeStored(GROUP_PLANS_KEY, JSON.stringify({ ...stored, [group]: plan }));
    }
  }
  $groupPlans.set({ ...$groupPlans.get(), [group]: plan });
}

$groupPlans.listen((plans) => {
  if (groupsConnected) $groupPlanSaved.set(writeStored(GROUP_PLANS_KEY, JSON.stringify(plans)));
});
