/**
 * Action plans kept on this device: the person's own (results page) and one per group (collective
 * page, by group id). Everything goes through the safe storage wrapper: when storage is full or
 * disabled the plans live in memory for this visit and `$planSaved` / `$groupPlanSaved` say so.
 * The person's action notes of before (`cli:notes:v1`) are carried over into the plan, one action
 * each, and the old key is removed only once the plan holding them has been stored.
 */
import { atom } from 'nanostores';
import { notesToPlan, randomActionId, validatePlan, type ActionPlan } from '../lib/action-plan';
import { readStored, readStoredObject, writeStored } from './storage';

const KEY = 'cli:plan:v1';
/** A stored plan that could not be read is copied here before anything overwrites it. */
const BACKUP_KEY = 'cli:plan:v1:backup';
const NOTES_KEY = 'cli:notes:v1';
const GROUP_KEY = 'cli:group-plans:v1';
const GROUP_BACKUP_KEY = 'cli:group-plans:v1:backup';

/** The group id used while groups are not told apart (one collection on the page). */
export const DEFAULT_GROUP = 'default';

/** The person's own plan. */
export const $plan = atom<ActionPlan>({});
/** False when the last change to the person's plan could not be stored on this device. */
export const $planSaved = atom(true);
/** Plans of groups, by group id. */
export const $groupPlans = atom<Record<string, ActionPlan>>({});
/** False when the last change to a group's plan could not be stored on this device. */
export const $groupPlanSaved = atom(true);

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

/** Keep an unreadable stored value under a backup key (an earlier backup is never overwritten). */
function backUp(key: string, text: string): void {
  if (readStored(key) === undefined) writeStored(key, text);
}

/**
 * Load the person's plan for this instrument's dimensions. When there is none yet, the old
 * action notes become its first actions. Loading writes nothing unless notes were carried over.
 */
export function connectPlan(dimensionIds: readonly string[]): void {
  connected = false;
  const stored = readStored(KEY);
  if (stored !== undefined) {
    const checked = validatePlan(dimensionIds, parse(stored));
    if (checked.ok) {
      $plan.set(checked.value);
    } else {
      backUp(BACKUP_KEY, stored);
      $plan.set({});
    }
    connected = true;
    return;
  }
  const notes: Record<string, string> = {};
  for (const [id, text] of Object.entries(readStoredObject(NOTES_KEY))) {
    if (typeof text === 'string' && id !== '__proto__') notes[id] = text;
  }
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

/** Load every group's plan; a group whose stored plan cannot be read is backed up and starts empty. */
export function connectGroupPlans(dimensionIds: readonly string[]): void {
  groupsConnected = false;
  const stored = readStored(GROUP_KEY);
  const raw = stored === undefined ? {} : parse(stored);
  const plans: Record<string, ActionPlan> = {};
  let unreadable = typeof raw !== 'object' || raw === null || Array.isArray(raw);
  for (const [group, value] of Object.entries(unreadable ? {} : (raw as Record<string, unknown>))) {
    const checked = validatePlan(dimensionIds, value);
    if (checked.ok && group !== '__proto__') plans[group] = checked.value;
    else unreadable = true;
  }
  if (unreadable && stored !== undefined) backUp(GROUP_BACKUP_KEY, stored);
  $groupPlans.set(plans);
  groupsConnected = true;
}

/** Replace one group's plan. */
export function setGroupPlan(group: string, plan: ActionPlan): void {
  const { [group]: _old, ...others } = $groupPlans.get();
  $groupPlans.set(Object.keys(plan).length === 0 ? others : { ...others, [group]: plan });
}

$groupPlans.listen((plans) => {
  if (groupsConnected) $groupPlanSaved.set(writeStored(GROUP_KEY, JSON.stringify(plans)));
});
