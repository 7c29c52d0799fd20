/** Scores for every dimension and overall, with the counts behind them. Reused by the results page. */
import { n, pageBase, t, tParts } from '../../i18n/t';
import { ScrollRegion } from '../ScrollRegion';
import type { Instrument } from '../../lib/instrument';
import type { Scores } from '../../lib/scoring';
import { withBase } from '../../lib/paths';
import { unsavedFragment } from '../../lib/result-view';
import { formatMean, formatPercent } from './format';

interface Props {
  instrument: Instrument;
  scores: Scores;
  /** Show the link to the full report (off on the full report itself). */
  reportLink?: boolean;
  /**
   * The share code of answers this device did not keep (storage full or turned off): the link to
   * the full report then carries them in its address, so the report shows these answers, not older
   * saved ones or none, and can export them.
   */
  unsavedCode?: string | undefined;
}

/** A table of scores (mean on the scale, 0–100, band, or "not enough answers"), overall and counts. */
export function ScoreSummary({ instrument, scores, reportLink = true, unsavedCode }: Props) {
  const { min, max } = instrument.scale;
  const titleOf = (id: string) => instrument.dimensions.find((d) => d.id === id)?.title ?? id;
  return (
    <div class="score-summary">
      <ScrollRegion labelledBy="score-summary-caption">
        <table>
          <caption id="score-summary-caption">{t('inventory.scoresCaption', { min, max })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inventory.columnDimension')}</th>
              <th scope="col">{t('inventory.columnMean', { min, max })}</th>
              <th scope="col">{t('inventory.columnScore')}</th>
              <th scope="col">{t('inventory.columnBand')}</th>
            </tr>
          </thead>
          <tbody>
            {scores.dimensions.map((d) => (
              <tr key={d.id} data-dimension={d.id}>
                <th scope="row">{d.title}</th>
                {d.mean === null || d.percent === null ? (
                  <td colSpan={3}>{t('inventory.notEnoughRated', { answered: d.answered, items: d.items })}</td>
                ) : (
                  <>
                    <td>{formatMean(d.mean)}</td>
                    <td>{formatPercent(d.percent)}</td>
                    <td>{d.band}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-dimension="overall">
              <th scope="row">{t('inventory.overall')}</th>
              {scores.overall === null ? (
                <td colSpan={3}>{t('inventory.notEnough')}</td>
              ) : (
                <>
                  <td>{formatMean(scores.overall.mean)}</td>
                  <td>{formatPercent(scores.overall.percent)}</td>
                  <td>{scores.overall.band}</td>
                </>
              )}
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <dl class="counts">
        <div>
          <dt>{t('inventory.countRated')}</dt>
          <dd data-count="answered">{n(scores.totals.answered)}</dd>
        </div>
        <div>
          <dt>{t('inventory.countCantJudge')}</dt>
          <dd data-count="cant-judge">{n(scores.totals.cantJudge)}</dd>
        </div>
        <div>
          <dt>{t('inventory.countUnanswered')}</dt>
          <dd data-count="unanswered">{n(scores.totals.unanswered)}</dd>
        </div>
      </dl>
      {scores.strengths.length > 0 && (
        <p>
          {tParts('inventory.highest', {
            label: <strong>{t('inventory.highestLabel')}</strong>,
            dimensions: scores.strengths.map(titleOf).join(t('common.listSeparator')),
          })}
          {scores.developmentAreas.length > 0 && (
            <>
              {' '}
              {tParts('inventory.lowest', {
                label: <strong>{t('inventory.lowestLabel')}</strong>,
                dimensions: scores.developmentAreas.map(titleOf).join(t('common.listSeparator')),
              })}
            </>
          )}
        </p>
      )}
      <p class="score-note">{t('inventory.scoreNote', { share: Math.round(instrument.minAnsweredShare * 100) })}</p>
      {reportLink && (
        <p>
          <a
            href={`${withBase(pageBase(), 'inventory/results/')}${unsavedCode === undefined ? '' : unsavedFragment(unsavedCode)}`}
          >
            {t('inventory.reportLink')}
          </a>
          {unsavedCode !== undefined && <> {t('inventory.reportLinkUnsaved')}</>}
        </p>
      )}
    </div>
  );
}
