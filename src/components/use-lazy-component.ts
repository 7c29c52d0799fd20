/** Load a component after the island's first render, so that it is not part of the page's first load. */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * The default export of a module loaded with `load` once the calling component has mounted, or
 * null until it arrives. `load` must be a stable function (defined outside the component).
 */
export function useLazyComponent<P>(
  load: () => Promise<{ default: FunctionComponent<P> }>,
): FunctionComponent<P> | null {
  const [Loaded, setLoaded] = useState<FunctionComponent<P> | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((m) => {
      if (live) setLoaded(() => m.default);
    });
    return () => {
      live = false;
    };
  }, [load]);
  return Loaded;
}
