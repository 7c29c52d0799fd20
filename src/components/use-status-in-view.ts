/**
 * A status line that answers a button ("The share code is copied.") is shown where the person is
 * looking: when it says something new, it is scrolled into view if it is not (the least scroll, or
 * none). A button at the bottom of the screen would otherwise answer below it, out of sight.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** A ref for the status element showing `text`, brought into view whenever `text` changes to a message. */
export function useStatusInView<T extends HTMLElement>(text: string): RefObject<T> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (text !== '') ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [text]);
  return ref;
}
