/** Islands' side of the radar: Chart.js is imported only when a chart renders, and kept up to date. */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RadarHandle, RadarOptions, RadarSeries } from './radar-chart';
import { whenShown } from './when-shown';

/** Whether the chart is still loading, drawn, or could not be drawn (the page's table has the figures). */
export type RadarState = 'loading' | 'ready' | 'failed';

/** What a radar shows; `mark` is written to the canvas's `data-drawn` once it is drawn, for tests to wait on. */
export interface RadarContent {
  labels: string[];
  series: RadarSeries[];
  options?: RadarOptions;
  mark?: string;
}

/**
 * Draw `content` on the canvas once the chart module has loaded (and `draw` is true) and the canvas
 * is in view or the page is printed, and redraw it when it changes (`options` count at the first
 * draw only). Until it is drawn the state stays 'loading' (the canvas keeps its space).
 */
export function useRadar(canvas: RefObject<HTMLCanvasElement>, content: RadarContent, draw = true): RadarState {
  const handle = useRef<RadarHandle | null>(null);
  const [state, setState] = useState<RadarState>('loading');
  const latest = useRef(content);
  latest.current = content;

  const marked = () => {
    const { mark } = latest.current;
    if (mark !== undefined && canvas.current !== null) canvas.current.dataset['drawn'] = mark;
  };

  useEffect(() => {
    // Not yet: the page draws the chart once the text around it is on screen.
    if (!draw) return;
    let cancelled = false;
    let stopWaiting = () => {};
    import('./radar-chart')
      // Chart.js's module is evaluated in one task and the chart drawn in a later one, so that
      // neither holds the main thread for the two together. The module is loaded before the canvas
      // shows, so that a print can draw it at once.
      .then((module) => new Promise<typeof module>((resolve) => setTimeout(() => resolve(module))))
      .then(({ drawRadar }) => {
        if (cancelled || canvas.current === null) return;
        const target = canvas.current;
        stopWaiting = whenShown(target, () => {
          try {
            const { labels, series, options } = latest.current;
            handle.current = drawRadar(target, labels, series, options);
            marked();
            setState('ready');
          } catch {
            setState('failed');
          }
        });
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
      stopWaiting();
      handle.current?.destroy();
      handle.current = null;
    };
  }, [draw]);

  const { labels, series, mark } = content;
  useEffect(() => {
    if (handle.current === null) return;
    handle.current.update(labels, series);
    marked();
  }, [JSON.stringify([labels, series, mark])]);

  return state;
}
