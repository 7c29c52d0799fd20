/**
 * The collective profile's radar chart: group mean per dimension on the instrument's scale, with
 * lowest and highest where the anonymity rule shows them (from `extremesFrom(threshold)` results).
 */
import { useRef } from 'preact/hooks';
import type { GroupProfile } from '../../lib/aggregate';
import type { Instrument } from '../../lib/instrument';
import type { RadarSeries } from '../radar-chart';
import { useRadar } from '../use-radar';
import { t } from '../../i18n/t';

export default function ProfileRadar({ instrument, profile }: { instrument: Instrument; profile: GroupProfile }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pick = (key: 'mean' | 'lowest' | 'highest') =>
    profile.dimensions.map((d) => (d.figures === null ? null : d.figures[key]));
  // Lines differ by dash and point shape as well as colour.
  const extremes = profile.dimensions.some((d) => d.figures !== null && d.figures.lowest !== null);
  const series: RadarSeries[] = [
    { label: t('team.colGroupMean'), values: pick('mean'), colour: 'accent', filled: true, width: 3 },
    ...(extremes
      ? ([
          {
            label: t('team.colLowest'),
            values: pick('lowest'),
            colour: 'muted',
            dash: [4, 4],
            point: 'triangle',
            width: 2,
          },
          {
            label: t('team.colHighest'),
            values: pick('highest'),
            colour: 'fg',
            dash: [10, 4],
            point: 'rect',
            width: 2,
          },
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
        <canvas ref={canvas} role="img" aria-label={extremes ? t('team.radarLabelExtremes') : t('team.radarLabel')} />
      </div>
      <figcaption>
        {state === 'failed'
          ? t('team.chartFailed')
          : extremes
            ? t('team.radarCaptionExtremes')
            : t('team.radarCaption')}
      </figcaption>
    </figure>
  );
}
