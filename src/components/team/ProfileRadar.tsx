/** The radar chart, with Chart.js loaded only once there are figures to draw. */
import type { Chart } from 'chart.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GroupProfile } from '../../lib/aggregate';
import type { Instrument } from '../../lib/instrument';

export default function ProfileRadar({ instrument, profile }: { instrument: Instrument; profile: GroupProfile }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'radar'> | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    import('./radar-chart')
      .then(({ drawRadar, updateRadar }) => {
        if (cancelled || canvas.current === null) return;
        if (chart.current === null) chart.current = drawRadar(canvas.current, instrument, profile);
        else updateRadar(chart.current, profile);
        canvas.current.dataset['drawn'] = String(profile.count);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [instrument, profile]);

  useEffect(() => {
    const resize = () => chart.current?.resize();
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);

  return (
    <figure class="team-radar">
      <div class="team-radar-box">
        <canvas
          ref={canvas}
          role="img"
          aria-label="Radar chart of the group mean, lowest and highest for each dimension. The same figures are in the table below."
        />
      </div>
      <figcaption>
        {failed
          ? 'The chart could not be drawn; the figures are all in the table below.'
          : 'Group mean (filled), lowest (dashed) and highest (long dashes) for each dimension.'}
      </figcaption>
    </figure>
  );
}
