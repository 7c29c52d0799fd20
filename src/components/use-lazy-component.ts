/** Load a component after the island's first render, so that it is not part of the page's first load. */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { memo } from './memo';

/** A lazily loaded component: null until it arrives; `failed` once its module could not load. */
export interface LazyComponent<P> {
  Loaded: FunctionComponent<P> | null;
  failed: boolean;
}

type Loader<P> = () => Promise<{ default: FunctionComponent<P> }>;

/**
 * Each loader's component once it has arrived (memoised), or the promise of it while it loads. One
 * load serves every caller; a load that failed is forgotten, so a later caller tries again.
 */
const loads = new Map<Loader<never>, Promise<FunctionComponent<never>> | FunctionComponent<never>>();

/** The component `load` gives, loading it if it is not already loaded or loading. */
function loadOnce<P extends object>(load: Loader<P>): Promise<FunctionComponent<P>> | FunctionComponent<P> {
  const known = loads.get(load as Loader<never>) as Promise<FunctionComponent<P>> | FunctionComponent<P> | undefined;
  if (known !== undefined) return known;
  const loading = load().then(
    (m) => {
      const component = memo(m.default);
      loads.set(load as Loader<never>, component as FunctionComponent<never>);
      return component;
    },
    (error: unknown) => {
      loads.delete(load as Loader<never>);
      throw error;
    },
  );
  loads.set(load as Loader<never>, loading as Promise<FunctionComponent<never>>);
  return loading;
}

/**
 * Start loading `load`'s component now, before any caller renders it: the caller can then wait
 * for it (`useLoadSettled`) and show it in place rather than have it appear and move the page.
 */
export function preloadComponent<P extends object>(load: Loader<P>): Promise<unknown> {
  return Promise.resolve(loadOnce(load)).catch(() => undefined);
}

/**
 * The default export of a module loaded with `load` once the calling component has mounted, or at
 * once if it has already arrived. `load` must be a stable function (defined outside the
 * component). A module that cannot load (offline after an update, say) sets `failed`, so the
 * caller can say so instead of waiting forever. The component is memoised: the caller's own
 * renders do not render it again unless its props change.
 */
export function useLazyComponent<P extends object>(load: Loader<P>): LazyComponent<P> {
  const [state, setState] = useState<LazyComponent<P>>(() => {
    const known = loads.get(load as Loader<never>);
    return { Loaded: typeof known === 'function' ? (known as FunctionComponent<P>) : null, failed: false };
  });
  useEffect(() => {
    if (state.Loaded !== null) return;
    let live = true;
    Promise.resolve(loadOnce(load)).then(
      (Loaded) => live && setState({ Loaded, failed: false }),
      () => live && setState({ Loaded: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}

/**
 * Whether every one of `loaders` has settled (arrived, or failed to load). They start loading at
 * the first render. `loaders` must be a stable array (defined outside the component); with none,
 * true at once.
 */
export function useLoadsSettled(loaders: readonly Loader<never>[]): boolean {
  const [settledFor, setSettledFor] = useState<readonly Loader<never>[] | null>(null);
  const arrived = loaders.every((load) => typeof loads.get(load) === 'function');
  useEffect(() => {
    if (arrived) return;
    let live = true;
    void Promise.all(loaders.map(preloadComponent)).then(() => live && setSettledFor(loaders));
    return () => {
      live = false;
    };
  }, [loaders]);
  return arrived || settledFor === loaders;
}
