/** Load a component after the island's first render, so that it is not part of the page's first load. */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { memo } from './memo';

/** A lazily loaded component: null until it arrives; `failed` once its module could not load. */
export interface LazyComponent<P> {
  Loaded: FunctionComponent<P> | null;
  failed: boolean;
}

/**
 * The default export of a module loaded with `load` once the calling component has mounted. `load`
 * must be a stable function (defined outside the component). A module that cannot load (offline
 * after an update, say) sets `failed`, so the caller can say so instead of waiting forever. The
 * component is memoised: the caller's own renders do not render it again unless its props change.
 */
export function useLazyComponent<P extends object>(
  load: () => Promise<{ default: FunctionComponent<P> }>,
): LazyComponent<P> {
  const [state, setState] = useState<LazyComponent<P>>({ Loaded: null, failed: false });
  useEffect(() => {
    let live = true;
    load().then(
      (m) => live && setState({ Loaded: memo(m.default), failed: false }),
      () => live && setState({ Loaded: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
