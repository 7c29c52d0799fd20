/**
 * The results held back as made for another workshop (a CL2 code with another workshop's tag): the
 * facilitator keeps or skips them, and they come along when another workshop is opened. Loaded
 * with the import outcomes and the workshop tools, not with the page.
 */
import type { CollectedResult } from '../lib/collection';
import { unseenResults } from '../lib/unseen-results';
import type { Instrument } from '../lib/instrument';
import { t } from '../i18n/t';
import { $collection, $instrument, $lastImport, $strays, enqueue, withMeans } from './collection';

/** Add `results` to the open collection, each once and none already there; returns how many were new. */
function join(instrument: Instrument, results: readonly CollectedResult[]): number {
  const joining = unseenResults(
    instrument,
    $collection.get().map((e) => e.identity),
    results,
  );
  if (joining.length > 0) $collection.set([...$collection.get(), ...joining.map((r) => withMeans(instrument, r))]);
  return joining.length;
}

/** Add the results held back (the facilitator chose to keep them). */
export function keepStrays(): Promise<void> {
  return enqueue(async () => {
    const instrument = $instrument.get();
    const strays = $strays.get();
    if (instrument === null || strays.length === 0) return;
    $strays.set([]);
    const count = join(instrument, strays);
    $lastImport.set({ outcomes: [], summary: t('team.straysKept', { count }) });
  });
}

/** Leave out the results held back. */
export function skipStrays(): void {
  const n = $strays.get().length;
  $strays.set([]);
  $lastImport.set({ outcomes: [], summary: t('team.straysSkipped', { count: n }) });
}

/**
 * Bring the results that were held back into the workshop just opened (tag `tag`): those made for
 * it join it, the others are still held back, to keep or skip.
 */
export function carryStrays(strays: readonly CollectedResult[], tag: string): Promise<void> {
  return enqueue(async () => {
    const instrument = $instrument.get();
    if (instrument === null || strays.length === 0) return;
    const mine = strays.filter((r) => r.tag === tag);
    $strays.set(strays.filter((r) => r.tag !== tag));
    if (mine.length === 0) return;
    const added = join(instrument, mine);
    $lastImport.set({ outcomes: [], summary: carriedSummary(added, mine.length - added) });
  });
}

/**
 * What carrying results held back says: how many joined the workshop opened, and how many were
 * already in it (added there too, or held back twice), which are named but not counted.
 */
function carriedSummary(added: number, already: number): string {
  if (added === 0) return t('team.straysAllAlreadyIn', { count: already });
  const joined = t('team.straysJoined', { count: added });
  if (already === 0) return joined;
  return t('team.straysJoinedAndAlreadyIn', { joined, already: t('team.straysAlreadyIn', { count: already }) });
}
