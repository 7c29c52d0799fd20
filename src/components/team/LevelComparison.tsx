/**
 * Levels side by side: when the collection holds results at more than one level, each at or above
 * the threshold, one radar (the shared chart, loaded on demand) and one table compare the levels'
 * group means per dimension. Levels below the threshold are named as withheld.
 */
import { useRef } from 'preact/hooks';
import type { LevelComparison as Comparison, LevelGroup } from '../../lib/aggregate';
import type { Instrument } from '../../lib/instrument';
import { screenPercent, screenScale } from '../../lib/rounding';
import type { RadarSeries } from '../radar-chart';
import { useRadar } from '../use-radar';

/** A level group's short name, for column heads. */
export const GROUP_LABELS: Record<LevelGroup, string> = {
  team: 'Team',
  organisation: 'Organisation',
  partnership: 'Partnership',
  'not-stated': 'Level not stated',
};

const TEXT = {
  heading: 'Levels side by side',
  withheld: (names: string, threshold: number) =>
    `Withheld: ${names}. Levels are compared only when every level with results has at least ${threshold}; otherwise the whole group’s figures and the other levels’ would give the small group’s scores away.`,
  groupCount: (name: string, count: number) => `${name} (${count} ${count === 1 ? 'result' : 'results'})`,
  caption: (min: number, max: number) => `Group mean by dimension and level, on the ${min}–${max} scale`,
  dimension: 'Dimension',
  noFigures: 'withheld',
  chart: 'Radar chart of each level’s group mean per dimension. The same figures are in the table below.',
  chartCaption: 'Each level’s group mean per dimension; lines differ by dash and point shape.',
  chartFailed: 'The chart could not be drawn; the figures are all in the table below.',
} as const;

// Lines differ by dash and point shape as well as colour.
const LOOKS: Omit<RadarSeries, 'label' | 'values'>[] = [
  { colour: 'accent', width: 3, point: 'circle' },
  { colour: 'fg', dash: [10, 4], point: 'rect', width: 2 },
  { colour: 'muted', dash: [4, 4], point: 'triangle', width: 2 },
  { colour: 'fg', dash: [2, 3], point: 'crossRot', width: 2 },
];

function LevelRadar({ instrument, comparison }: { instrument: Instrument; comparison: Comparison }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const series: RadarSeries[] = comparison.levels.map((l, i) => ({
    label: GROUP_LABELS[l.level],
    values: l.profile!.dimensions.map((d) => (d.figures === null ? null : d.figures.mean)),
    ...LOOKS[i % LOOKS.length]!,
  }));
  const state = useRadar(canvas, {
    labels: instrument.dimensions.map((d) => d.title),
    series,
    options: { min: instrument.scale.min, max: instrument.scale.max, fillBox: true, labelSize: 12 },
    mark: comparison.levels.map((l) => `${l.level}:${l.count}`).join(','),
  });
  return (
    <figure class="team-radar">
      <div class="team-radar-box">
        <canvas ref={canvas} role="img" aria-label={TEXT.chart} />
      </div>
      <figcaption>{state === 'failed' ? TEXT.chartFailed : TEXT.chartCaption}</figcaption>
    </figure>
  );
}

/** The comparison, or what is withheld and why; nothing when results are at one level only. */
export default function LevelComparison({ instrument, comparison }: { instrument: Instrument; comparison: Comparison }) {
  if (comparison.status === 'single') return null;
  const threshold = instrument.anonymityThreshold;
  const withheldNames = comparison.withheld.map((w) => TEXT.groupCount(GROUP_LABELS[w.level], w.count)).join(', ');
  return (
    <section class="team-levels" aria-labelledby="levels-heading">
      <h3 id="levels-heading">{TEXT.heading}</h3>
      {comparison.status === 'withheld' ? (
        <p class="team-needed">{TEXT.withheld(withheldNames, threshold)}</p>
      ) : (
        <>
          <LevelRadar instrument={instrument} comparison={comparison} />
          <div class="team-table-wrap" tabIndex={0} role="region" aria-labelledby="levels-caption">
            <table class="team-table">
              <caption id="levels-caption">{TEXT.caption(instrument.scale.min, instrument.scale.max)}</caption>
              <thead>
                <tr>
                  <th scope="col">{TEXT.dimension}</th>
                  {comparison.levels.map((l) => (
                    <th key={l.level} scope="col">
                      {TEXT.groupCount(GROUP_LABELS[l.level], l.count)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {instrument.dimensions.map((d, i) => (
                  <tr key={d.id}>
                    <th scope="row">{d.title}</th>
                    {comparison.levels.map((l) => {
                      const f = l.profile!.dimensions[i]!.figures;
                      return (
                        <td key={l.level}>
                          {f === null ? TEXT.noFigures : `${screenScale(f.mean)} (${screenPercent(f.percent)})`}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
