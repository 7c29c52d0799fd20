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
import { t, type MessageKey } from '../../i18n/t';
import { ScrollRegion } from '../ScrollRegion';

const GROUP_KEYS: Record<LevelGroup, MessageKey> = {
  team: 'team.levelTeam',
  organisation: 'team.levelOrganisation',
  partnership: 'team.levelPartnership',
  'not-stated': 'team.levelNotStated',
};

/** A level group's short name, for column heads. */
export function groupLabel(level: LevelGroup): string {
  return t(GROUP_KEYS[level]);
}

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
    label: groupLabel(l.level),
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
        <canvas ref={canvas} role="img" aria-label={t('team.levelsChart')} />
      </div>
      <figcaption>{state === 'failed' ? t('team.chartFailed') : t('team.levelsChartCaption')}</figcaption>
    </figure>
  );
}

/** The comparison, or what is withheld and why; nothing when results are at one level only. */
export default function LevelComparison({ instrument, comparison }: { instrument: Instrument; comparison: Comparison }) {
  if (comparison.status === 'single') return null;
  const threshold = instrument.anonymityThreshold;
  const withheldNames = comparison.withheld
    .map((w) => t('team.levelGroupCount', { level: groupLabel(w.level), count: w.count }))
    .join(t('team.listSeparator'));
  return (
    <section class="team-levels" aria-labelledby="levels-heading">
      <h3 id="levels-heading">{t('team.levelsHeading')}</h3>
      {comparison.status === 'withheld' ? (
        <p class="team-needed">{t('team.levelsCompareWithheld', { names: withheldNames, threshold })}</p>
      ) : (
        <>
          <LevelRadar instrument={instrument} comparison={comparison} />
          <ScrollRegion labelledBy="levels-caption" className="team-table-wrap">
            <table class="team-table">
              <caption id="levels-caption">{t('team.levelsCaption', { min: instrument.scale.min, max: instrument.scale.max })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('team.colDimension')}</th>
                  {comparison.levels.map((l) => (
                    <th key={l.level} scope="col">
                      {t('team.levelGroupCount', { level: groupLabel(l.level), count: l.count })}
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
                          {f === null
                            ? t('team.withheld')
                            : t('team.levelMean', { mean: screenScale(f.mean), percent: screenPercent(f.percent) })}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}
