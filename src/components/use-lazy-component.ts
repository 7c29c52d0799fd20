/** Load a component after the island's first render, so that it is not part of the page's first load. */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { yieldToBrowser } from '../lib/yield-to-browser';
import { memo } from './memo';

/** A lazily loaded component: null until it arrives; `failed` once its module could not load. */
export interface LazyComponent<P> {
  Loaded: FunctionComponent<P> | null;
  failed: boolean;
}

/**
 * A stable function (defined outside any component) that loads a component's module. The one load
 * made of it is kept on it: the memoised component once it has arrived, the promise of it before.
 */
export type Loader<P> = (() => Promise<{ default: FunctionComponent<P> }>) & {
  loading?: Promise<FunctionComponent<P>>;
  loaded?: FunctionComponent<P>;
};

/**
 * `load`'s component, loaded once for every caller. It is asked for in a task of its own: asking the
 * browser for a module costs 1-3 ms of main thread on this project's machine, and an island's lazily
 * loaded parts all asked in the one task that ran its effects (four on the collective page, with the
 * island's other effects: a task of 11-14 ms).
 */
export const loadOnce = <P extends object>(load: Loader<P>): Promise<FunctionComponent<P>> =>
  (load.loading ??= yieldToBrowser()
    .then(load)
    .then((m) => (load.loaded = memo(m.default))));

/**
 * The default export of a module loaded with `load` once the calling component has mounted, or at
 * once if it has already arrived. A module that cannot load (offline after an update, say) sets
 * `failed`, so the caller can say so instead of waiting forever. The component is memoised: the
 * caller's own renders do not render it again unless its props change.
 */
export function useLazyComponent<P extends object>(load: Loader<P>): LazyComponent<P> {
  const [state, setState] = useState<LazyComponent<P>>({ Loaded: load.loaded ?? null, failed: false });
  useEffect(() => {
    if (state.Loaded) return;
    let live = true;
    loadOnce(load).then(
      (Loaded) => live && setState({ Loaded, failed: false }),
      () => live && setState({ Loaded: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
