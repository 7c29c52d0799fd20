/** Scores for every dimension and overall, with the counts behind them. Reused by the results page. */
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
      <table>
        <caption>
          Your scores by dimension: the mean of your ratings on the scale of {min} to {max}, the same as a score out of
          100, and its band
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">
              Mean ({min}–{max})
            </th>
            <th scope="col">Score (0–100)</th>
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {scores.dimensions.map((d) => (
            <tr key={d.id} data-dimension={d.id}>
              <th scope="row">{d.title}</th>
              {d.mean === null || d.percent === null ? (
                <td colSpan={3}>
                  Not enough answers ({d.answered} of {d.items} rated)
                </td>
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
            <th scope="row">Overall</th>
            {scores.overall === null ? (
              <td colSpan={3}>Not enough answers</td>
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
      <dl class="counts">
        <div>
          <dt>Rated on the scale</dt>
          <dd data-count="answered">{scores.totals.answered}</dd>
        </div>
        <div>
          <dt>Can’t judge</dt>
          <dd data-count="cant-judge">{scores.totals.cantJudge}</dd>
        </div>
        <div>
          <dt>Unanswered</dt>
          <dd data-count="unanswered">{scores.totals.unanswered}</dd>
        </div>
      </dl>
      {scores.strengths.length > 0 && (
        <p>
          <strong>Highest:</strong> {scores.strengths.map(titleOf).join(', ')}.
          {scores.developmentAreas.length > 0 && (
            <>
              {' '}
              <strong>Lowest:</strong> {scores.developmentAreas.map(titleOf).join(', ')}.
            </>
          )}
        </p>
      )}
      <p class="score-note">
        Each dimension’s score is the mean of the questions you rated; “can’t judge” and unanswered questions are left
        out. A dimension needs at least {Math.round(instrument.minAnsweredShare * 100)}% of its questions rated to get a
        score. The overall score is the mean of the dimension scores.
      </p>
      {reportLink && (
        <p>
          <a
            href={`${withBase(import.meta.env.BASE_URL, 'inventory/results/')}${unsavedCode === undefined ? '' : unsavedFragment(unsavedCode)}`}
          >
            Full report and exports
          </a>
          {unsavedCode !== undefined && (
            <>
              {' '}
              (this browser is not keeping your answers, so the link carries them to the report in its address, after
              the “#”, which is never sent anywhere: download them or copy the share code there to keep them)
            </>
          )}
        </p>
      )}
    </div>
  );
}
