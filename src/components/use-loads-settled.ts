/** Waiting for lazily loaded components' code before showing what depends on where they go. */
import { useEffect, useState } from 'preact/hooks';
import { loadOnce, type Loader } from './use-lazy-component';

/**
 * Whether every one of `loaders` has settled (arrived, or failed to load). They start loading at
 * the first render. `loaders` must be a stable array (defined outside the component); with none,
 * true at once.
 */
export function useLoadsSettled(loaders: readonly Loader<never>[]): boolean {
  const [settledFor, setSettledFor] = useState<readonly Loader<never>[] | null>(null);
  const all = loaders.every((load) => load.loaded !== undefined);
  useEffect(() => {
    if (all) return;
    let live = true;
    const settle = (load: Loader<never>) => loadOnce(load).catch(() => undefined);
    void Promise.all(loaders.map(settle)).then(() => live && setSettledFor(loaders));
    return () => {
      live = false;
    };
  }, [loaders]);
  return all || settledFor === loaders;
}
