/**
 * A component that renders again only when one of its props has changed (compared with `===`), as
 * preact/compat's `memo` does, without loading compat. A large island re-renders on every store and
 * state change; its memoised parts then skip the work and the page's main thread stays free.
 */
import { createElement, type FunctionComponent } from 'preact';

/** Whether any prop differs between the props rendered last and `next`. */
function propsChanged(this: { props: Record<string, unknown> }, next: Record<string, unknown>): boolean {
  const last = this.props;
  for (const key in last) if (!(key in next)) return true;
  for (const key in next) if (last[key] !== next[key]) return true;
  return false;
}

/** `component`, rendered again only when a prop changes. Its own state and hooks work as usual. */
export function memo<P extends object>(component: FunctionComponent<P>): FunctionComponent<P> {
  function Memoised(this: { shouldComponentUpdate?: typeof propsChanged }, props: P) {
    // Preact calls a function component with its instance as `this`: the check goes there.
    this.shouldComponentUpdate = propsChanged;
    return createElement(component, props);
  }
  Memoised.displayName = `Memo(${component.displayName ?? component.name})`;
  return Memoised as FunctionComponent<P>;
}
