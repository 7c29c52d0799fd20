/**
 * What the facilitator does with workshops: create, edit, switch, delete, and move one to another
 * device as a workshop file. Used only by the workshop manager, so it loads with it, not with the
 * page (the list itself lives in `workshops.ts`).
 */
import { resultIdentity, stringifyCollection } from '../lib/collection';
import { unseenResults } from '../lib/unseen-results';
import { parseStoredCollection } from '../lib/stored-collection';
import { PLAN_LIMITS, type ActionPlan } from '../lib/action-plan';
import type { WorkshopFile } from '../lib/workshop-file';
import { fileSlug } from '../lib/file-slug';
import { refuse, type Parsed } from '../lib/result';
import { validateInvitation, type Invitation } from '../lib/workshop';
import { parseWorkshopIndex, type WorkshopRecord } from '../lib/workshop-index';
import { $lastImport, $loaded, $strays, currentCodes } from './collection';
import { carryStrays } from './strays';
import { $groupPlans, GROUP_PLANS_KEY } from './plan-state';
import { readStored, readStoredObject, writeStored } from './storage';
import {
  $activeId,
  $activeWorkshop,
  $workshops,
  currentInstrument,
  isPersisted,
  loadWorkshops,
  newId,
  newRecord,
  openActive,
  saveIndex,
  setPersisted,
  workshopCollectionKey,
  WORKSHOPS_KEY,
} from './workshops';
import { t } from '../i18n/t';

/** Create a workshop from the facilitator's fields and open it; refused with the reason when a field is wrong. */
export async function createWorkshop(fields: Omit<Invitation, 'tag'>): Promise<Parsed<WorkshopRecord>> {
  const taken = new Set($workshops.get().map((w) => w.id));
  const record = newRecord(fields, taken);
  const checked = validateInvitation(record);
  if (!checked.ok) return checked;
  $workshops.set([...$workshops.get(), record]);
  $activeId.set(record.id);
  saveIndex();
  await openActive();
  return { ok: true, value: record };
}

/** Change a workshop's name, level, partnership, return address or message (its tag stays). */
export function updateWorkshop(id: string, fields: Omit<Invitation, 'tag'>): Parsed<WorkshopRecord> {
  const current = $workshops.get().find((w) => w.id === id);
  if (current === undefined) return refuse('bad-field', t('workshop.gone'));
  const record: WorkshopRecord = { id, created: current.created, tag: current.tag, ...fields };
  const checked = validateInvitation(record);
  if (!checked.ok) return checked;
  $workshops.set($workshops.get().map((w) => (w.id === id ? record : w)));
  saveIndex();
  return { ok: true, value: record };
}

/**
 * Open another workshop (its own collection). Results held back as made for another workshop come
 * along: those made for this one join it, the others are still offered (carryStrays).
 */
export function switchWorkshop(id: string): Promise<void> {
  if (id === $activeId.get() || !$workshops.get().some((w) => w.id === id)) return Promise.resolve();
  const held = $strays.get();
  $activeId.set(id);
  saveIndex();
  return openActive().then(() => carryStrays(held, $activeWorkshop.get()?.tag ?? ''));
}

/** Remove a deleted workshop's group plan, in the loaded plans and in storage alike. */
function forgetGroupPlan(id: string): void {
  const { [id]: _gone, ...loaded } = $groupPlans.get();
  if (_gone !== undefined) $groupPlans.set(loaded);
  const stored = readStoredObject(GROUP_PLANS_KEY);
  if (!Object.hasOwn(stored, id)) return;
  delete stored[id];
  writeStored(GROUP_PLANS_KEY, Object.keys(stored).length === 0 ? undefined : JSON.stringify(stored));
}

/** Delete a workshop, its results and its group plan from this device (the page confirms first). */
export function deleteWorkshop(id: string): Promise<void> {
  writeStored(workshopCollectionKey(id), undefined);
  forgetGroupPlan(id);
  const rest = $workshops.get().filter((w) => w.id !== id);
  if (rest.length === 0) {
    const fresh = newRecord({ name: t('workshop.firstName') }, new Set());
    $workshops.set([fresh]);
    $activeId.set(fresh.id);
    writeStored(WORKSHOPS_KEY, undefined);
    setPersisted(false);
    return openActive();
  }
  $workshops.set(rest);
  if ($activeId.get() === id) $activeId.set(rest[rest.length - 1]!.id);
  saveIndex();
  return openActive();
}

/** The open workshop as a workshop file: its name for the download and its text (the file code loads on demand). */
export async function exportWorkshop(now = new Date()): Promise<{ name: string; text: string } | null> {
  const active = $activeWorkshop.get();
  if (currentInstrument() === null || active === null) return null;
  const { stringifyWorkshopFile } = await import('../lib/workshop-file');
  const { results, keptApart } = currentCodes();
  // The plan store (and its checks) loads with the group plan's editor; here, when a file is made.
  const { groupPlanOf } = await import('./plan');
  const plan = groupPlanOf(
    active.id,
    currentInstrument()!.dimensions.map((d) => d.id),
  );
  return {
    name: `workshop-${fileSlug(active.name, 'workshop')}-${now.toISOString().slice(0, 10)}.json`,
    text: stringifyWorkshopFile(currentInstrument()!, active, results, keptApart, now, plan),
  };
}

/**
 * A workshop file brought in: the workshop it opened, and when that workshop was already on this
 * device (the same tag: the file came back from another device), how many of its results were new.
 */
export type ImportedWorkshop =
  | { ok: true; value: WorkshopRecord; merged: { added: number } | null }
  | Extract<Parsed<WorkshopRecord>, { ok: false }>;

/**
 * One group plan from two: this device's actions in their order, each replaced by the file's
 * version of it (same id), then the file's other actions, up to a dimension's limit.
 */
export function mergePlans(dimensionIds: readonly string[], kept: ActionPlan, brought: ActionPlan): ActionPlan {
  const merged: ActionPlan = {};
  for (const id of dimensionIds) {
    const mine = kept[id] ?? [];
    const theirs = brought[id] ?? [];
    const byId = new Map(theirs.map((a) => [a.id, a]));
    const known = new Set(mine.map((a) => a.id));
    const list = [...mine.map((a) => byId.get(a.id) ?? a), ...theirs.filter((a) => !known.has(a.id))].slice(
      0,
      PLAN_LIMITS.perDimension,
    );
    if (list.length > 0) merged[id] = list;
  }
  return merged;
}

/**
 * The workshop a file brings back, merged into the one already on this device: its invitation as
 * the file has it, the results of both (each result once), and both plans. Null when the results
 * kept here cannot all be read (nothing is written over them: the file opens as a new workshop).
 */
async function mergeInto(
  existing: WorkshopRecord,
  brought: WorkshopFile,
): Promise<{ record: WorkshopRecord; added: number } | null> {
  const instrument = currentInstrument()!;
  const key = workshopCollectionKey(existing.id);
  const stored =
    existing.id === $activeId.get() && $loaded.get()
      ? { ...currentCodes(), dropped: 0, unreadable: false }
      : parseStoredCollection(instrument, readStored(key));
  if (stored.unreadable || stored.dropped > 0) return null;
  const added = unseenResults(
    instrument,
    stored.results.map((r) => resultIdentity(instrument, r)),
    brought.results,
  );
  const apart = new Set(stored.keptApart.map((k) => k.code));
  const keptApart = [...stored.keptApart, ...brought.keptApart.filter((k) => !apart.has(k.code))];
  const results = [...stored.results, ...added];
  if (results.length > 0 || keptApart.length > 0) writeStored(key, stringifyCollection(results, keptApart));
  const plans = await import('./plan');
  const dimensionIds = instrument.dimensions.map((d) => d.id);
  const plan = mergePlans(dimensionIds, plans.groupPlanOf(existing.id, dimensionIds), brought.plan);
  if (Object.keys(plan).length > 0) plans.keepGroupPlan(existing.id, plan);
  const record: WorkshopRecord = { ...brought.invitation, id: existing.id, created: existing.created };
  return { record, added: added.length };
}

/**
 * Bring a workshop file in and open it: as a new workshop on this device, or, when the file's
 * workshop is already here (the same tag), merged into it. Refused with why.
 */
export async function importWorkshop(file: {
  name: string;
  size: number;
  text(): Promise<string>;
}): Promise<ImportedWorkshop> {
  if (currentInstrument() === null) return refuse('empty', t('workshop.notReady'));
  const { MAX_WORKSHOP_FILE_BYTES, parseWorkshopFile } = await import('../lib/workshop-file');
  if (file.size > MAX_WORKSHOP_FILE_BYTES) return refuse('too-large', t('workshop.fileTooLarge'));
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse('empty', t('team.fileUnreadable'));
  }
  const parsed = parseWorkshopFile(text, currentInstrument()!);
  if (!parsed.ok) return parsed;
  const { invitation, results, keptApart, plan } = parsed.value;
  const existing = $workshops.get().find((w) => w.tag === invitation.tag);
  const merged = existing === undefined ? null : await mergeInto(existing, parsed.value);
  if (merged !== null) {
    $workshops.set($workshops.get().map((w) => (w.id === merged.record.id ? merged.record : w)));
    $activeId.set(merged.record.id);
    saveIndex();
    await openActive();
    return { ok: true, value: merged.record, merged: { added: merged.added } };
  }
  const taken = new Set($workshops.get().map((w) => w.id));
  const record: WorkshopRecord = { ...invitation, id: newId(taken), created: new Date().toISOString() };
  const value = results.length === 0 && keptApart.length === 0 ? '' : stringifyCollection(results, keptApart);
  if (value !== '') writeStored(workshopCollectionKey(record.id), value);
  if (Object.keys(plan).length > 0) (await import('./plan')).keepGroupPlan(record.id, plan);
  // An untouched first workshop (nothing kept, never saved) gives way to the imported one.
  const keep = isPersisted() ? $workshops.get() : [];
  $workshops.set([...keep, record]);
  $activeId.set(record.id);
  saveIndex();
  await openActive();
  return { ok: true, value: record, merged: null };
}

/**
 * Follow what another tab of this browser changes in the workshops and in the open workshop's
 * results (a working tab beside a projector's, say). Without it each tab wrote its own copy over
 * the other's, and the results or workshops added in one were lost. The browser tells every other
 * tab of a change to its storage; this tab then reads the change, and writes nothing back. Returns
 * a function that stops following.
 */
export function followOtherTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    const instrument = currentInstrument();
    if (instrument === null) return;
    if (event.key === null || event.key === WORKSHOPS_KEY) {
      const { index } = parseWorkshopIndex(event.newValue ?? '');
      // Removed, emptied or unreadable: read again as when the page opens (which backs up damage).
      if (event.key === null || index === null || index.workshops.length === 0) {
        void loadWorkshops(instrument);
        return;
      }
      // The list is kept now: an import here must not take it for an untouched first workshop.
      setPersisted(true);
      $workshops.set(index.workshops);
      // This tab keeps its open workshop, unless the other tab deleted it.
      if ($activeWorkshop.get() === null) {
        $activeId.set(index.active);
        void openActive();
      }
      return;
    }
    const active = $activeWorkshop.get();
    if (active !== null && event.key === workshopCollectionKey(active.id)) {
      // Read again; what this tab says of its last import, and the results it holds back for the
      // facilitator to keep or skip, stay.
      const lastImport = $lastImport.get();
      const strays = $strays.get();
      void openActive().then(() => {
        $lastImport.set(lastImport);
        $strays.set(strays);
      });
    }
  };
  globalThis.addEventListener('storage', onStorage);
  return () => globalThis.removeEventListener('storage', onStorage);
}
