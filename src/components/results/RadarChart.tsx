/** The radar chart: Chart.js is imported only when this renders, and the table beside it carries the same figures. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RadarHandle, RadarSeries } from './radar-chart';

interface Props {
  labels: string[];
  series: RadarSeries[];
  /** Id of the table holding the same figures, for the canvas's description. */
  tableId: string;
}

/** A radar of 0–100 scores per dimension. */
export function RadarChart({ labels, series, tableId }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const handle = useRef<RadarHandle | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const latest = useRef({ labels, series });
  latest.current = { labels, series };

  useEffect(() => {
    let cancelled = false;
    import('./radar-chart')
      .then(({ drawRadar }) => {
        if (cancelled || canvas.current === null) return;
        handle.current = drawRadar(canvas.current, latest.current.labels, latest.current.series);
        setState('ready');
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = null;
    };
  }, []);

  const key = JSON.stringify([labels, series]);
  useEffect(() => {
    handle.current?.update(labels, series);
  }, [key]);

  return (
    <figure class="radar" data-chart={state}>
      <canvas
        ref={canvas}
        role="img"
        aria-label="Radar chart of the scores by dimension, out of 100."
        aria-describedby={tableId}
      />
      {state === 'failed' && <p>The chart could not be drawn; the table below has the same figures.</p>}
    </figure>
  );
}
