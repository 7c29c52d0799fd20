/**
 * Results joining a collection from elsewhere (results held back, a workshop file brought back). Its
 * own module, so that it loads with what uses it, not with the page.
 */
import { resultIdentity, type CollectedResult } from './collection';
import type { Instrument } from './instrument';

/**
 * Of `results`, those not yet among the identities `known`, each once (a later copy of one is left
 * out too): what joins a collection from results held back or from a workshop file.
 */
export function unseenResults<T extends CollectedResult>(
  instrument: Instrument,
  known: Iterable<string>,
  results: readonly T[],
): T[] {
  const seen = new Set(known);
  return results.filter((r) => {
    const identity = resultIdentity(instrument, r);
    if (seen.has(identity)) return false;
    seen.add(identity);
    return true;
  });
}
