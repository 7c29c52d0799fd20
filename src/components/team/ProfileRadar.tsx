/**
 * The collective profile's radar chart: group mean per dimension on the instrument's scale, with
 * lowest and highest where the anonymity rule shows them (from `extremesFrom(threshold)` results).
 */
import { useRef } from 'preact/hooks';
import type { GroupProfile } from '../../lib/aggregate';
import type { Instrument } from '../../lib/instrument';
import type { RadarSeries } from '../radar-chart';
import { useRadar } from '../use-radar';

export default function ProfileRadar({ instrument, profile }: { instrument: Instrument; profile: GroupProfile }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pick = (key: 'mean' | 'lowest' | 'highest') =>
    profile.dimensions.map((d) => (d.figures === null ? null : d.figures[key]));
  // Lines differ by dash and point shape as well as colour.
  const extremes = profile.dimensions.some((d) => d.figures !== null && d.figures.lowest !== null);
  const series: RadarSeries[] = [
    { label: 'Group mean', values: pick('mean'), colour: 'accent', filled: true, width: 3 },
    ...(extremes
      ? ([
          { label: 'Lowest', values: pick('lowest'), colour: 'muted', dash: [4, 4], point: 'triangle', width: 2 },
          { label: 'Highest', values: pick('highest'), colour: 'fg', dash: [10, 4], point: 'rect', width: 2 },
        ] satisfies RadarSeries[])
      : []),
  ];
  const state = useRadar(canvas, {
    labels: profile.dimensions.map((d) => d.title),
    series,
    // The box sets the size (a square, see team.css).
    options: { min: instrument.scale.min, max: instrument.scale.max, fillBox: true, labelSize: 12 },
    mark: String(profile.count),
  });

  return (
    <figure class="team-radar">
      <div class="team-radar-box">
        <canvas
          ref={canvas}
          role="img"
          aria-label={
            extremes
              ? 'Radar chart of the group mean, lowest and highest for each dimension. The same figures are in the table below.'
              : 'Radar chart of the group mean for each dimension. The same figures are in the table below.'
          }
        />
      </div>
      <figcaption>
        {state === 'failed'
          ? 'The chart could not be drawn; the figures are all in the table below.'
          : extremes
            ? 'Group mean (filled), lowest (dashed) and highest (long dashes) for each dimension.'
            : 'Group mean (filled) for each dimension.'}
      </figcaption>
    </figure>
  );
}
