/** The report: summary, chart and table, strengths, development areas and the action plan. Renders data only. */
import { CANT_JUDGE, type Instrument } from '../../lib/instrument';
import { levelLabel, type ResultRecord } from '../../lib/result';
import { compareScores, formatChange, formatMean } from '../../lib/result-view';
import type { Scores } from '../../lib/scoring';
import { withBase } from '../../lib/paths';
import type { ActionPlan } from '../../lib/action-plan';
import { planFileName } from '../../lib/result-view';
import { LazyPlanEditor as PlanEditor } from '../plan/LazyPlanEditor';
import type { RadarSeries } from '../radar-chart';
import { RadarChart } from './RadarChart';
import { memo } from '../memo';
import { n, t, tParts } from '../../i18n/t';
import { ScrollRegion } from '../ScrollRegion';

/** An earlier result to compare with. */
export interface Comparison {
  /** What it is, in full, for the change table's caption. */
  label: string;
  /** A short name for the chart's legend, e.g. "Result 1". */
  chartLabel: string;
  scores: Scores;
}

interface Props {
  instrument: Instrument;
  record: ResultRecord;
  scores: Scores;
  base: string;
  /** Label of the result on the chart, e.g. "Your result". */
  label: string;
  /** Where the plan can be edited (the person's own result); otherwise it is shown as text. */
  onPlan?: ((plan: ActionPlan) => void) | undefined;
  /** False when the device could not keep the plan. */
  planSaved?: boolean;
  compare?: Comparison | null;
  /**
   * How much of the report to render yet, for a first render spread over several tasks (see
   * ResultsApp): 0 the summary and scores, 1 with strengths and development areas, 2 and more all,
   * with the plan and the chart.
   */
  stage?: number;
}

const round = (percent: number) => n(Math.round(percent));

/** The whole report for one result. */
export function Report({
  instrument,
  record,
  scores,
  base,
  label,
  onPlan,
  planSaved = true,
  compare = null,
  stage = Infinity,
}: Props) {
  // Each section is memoised: a render for a later stage, a store or a status message leaves the
  // sections already on screen alone, so that no one task redraws the whole report.
  return (
    <div class="report">
      <Summary instrument={instrument} scores={scores} context={record.context} />
      <ScoresSection scores={scores} scale={instrument.scale} label={label} compare={compare} draw={stage >= 2} />
      {stage >= 1 && <Strengths instrument={instrument} scores={scores} />}
      {stage >= 1 && <Development instrument={instrument} scores={scores} answers={record.answers} base={base} />}
      {stage >= 2 && (
        <PlanSection dimensions={instrument.dimensions} plan={record.plan} onPlan={onPlan} planSaved={planSaved} />
      )}
    </div>
  );
}

/** A dimension's title by its id. */
const titleOf = (instrument: Instrument, id: string) => instrument.dimensions.find((d) => d.id === id)?.title ?? id;

/** A dimension's mean and band, as a score line writes them. */
function meanAndBand(scores: Scores, id: string): { mean: string; band: string } {
  const score = scores.dimensions.find((d) => d.id === id);
  return { mean: formatMean(score?.mean ?? 0), band: score?.band ?? '' };
}

/** The overall mean and band, the counts of answers, and the context of the result. */
const Summary = memo(function Summary({
  instrument,
  scores,
  context,
}: {
  instrument: Instrument;
  scores: Scores;
  context: ResultRecord['context'];
}) {
  const { min, max } = instrument.scale;
  const { totals, overall } = scores;
  return (
    <section class="results-section" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('results.summaryHeading')}</h2>
      {overall ? (
        <p class="overall" data-testid="overall">
          {tParts('results.overall', {
            mean: <strong>{formatMean(overall.mean)}</strong>,
            min,
            max,
            percent: round(overall.percent),
            band: <strong>{overall.band}</strong>,
          })}
        </p>
      ) : (
        <p class="overall" data-testid="overall">
          {t('results.overallNone', { percent: Math.ceil(instrument.minAnsweredShare * 100) })}
        </p>
      )}
      <ul class="counts" data-testid="counts">
        <li>
          {tParts('results.countRated', { answered: <strong>{n(totals.answered)}</strong>, count: totals.items })}
        </li>
        <li>
          {tParts('results.countCantJudge', {
            value: <strong>{n(totals.cantJudge)}</strong>,
            count: totals.cantJudge,
          })}
        </li>
        <li>
          {tParts('results.countUnanswered', {
            value: <strong>{n(totals.unanswered)}</strong>,
            count: totals.unanswered,
          })}
        </li>
      </ul>
      {(context.level !== undefined || context.partnership !== undefined) && (
        <dl class="context">
          {context.level !== undefined && (
            <>
              <dt>{t('results.levelAssessed')}</dt>
              <dd>{levelLabel(context.level)}</dd>
            </>
          )}
          {context.partnership !== undefined && (
            <>
              <dt>{t('results.partnership')}</dt>
              <dd>{context.partnership}</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
});

/** The radar and the table of scores by dimension, with the change table when comparing. */
const ScoresSection = memo(function ScoresSection({
  scores,
  scale,
  label,
  compare,
  draw,
}: {
  scores: Scores;
  scale: Instrument['scale'];
  label: string;
  compare: Comparison | null;
  draw: boolean;
}) {
  const { min, max } = scale;
  // The result shown is filled; an earlier one to compare with is a dashed outline.
  const series: RadarSeries[] = [
    { label, values: scores.dimensions.map((d) => d.percent), colour: 'accent', filled: true },
  ];
  if (compare) {
    series.push({
      label: compare.chartLabel,
      values: compare.scores.dimensions.map((d) => d.percent),
      colour: 'muted',
      dash: [6, 4],
    });
  }
  return (
    <section class="results-section" aria-labelledby="scores-heading">
      <h2 id="scores-heading">{t('results.scoresHeading')}</h2>
      <RadarChart labels={scores.dimensions.map((d) => d.title)} series={series} tableId="scores-table" draw={draw} />
      <ScrollRegion labelledBy="scores-caption">
        <table id="scores-table" class="scores">
          <caption id="scores-caption">{t('results.scoresCaption', { min, max })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.colDimension')}</th>
              <th scope="col">{t('results.colMean')}</th>
              <th scope="col">{t('results.colPercent')}</th>
              <th scope="col">{t('results.colBand')}</th>
              <th scope="col">{t('results.colRated')}</th>
              <th scope="col">{t('results.colCantJudge')}</th>
            </tr>
          </thead>
          <tbody>
            {scores.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.title}</th>
                <td>{d.mean === null ? '—' : formatMean(d.mean)}</td>
                <td>{d.percent === null ? '—' : round(d.percent)}</td>
                <td>{d.band ?? t('results.notEnough')}</td>
                <td>{t('results.ratedOf', { answered: d.answered, items: d.items })}</td>
                <td>{n(d.cantJudge)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {compare && <ChangeTable before={compare} after={scores} />}
    </section>
  );
});

/** The dimensions rated highest. */
const Strengths = memo(function Strengths({ instrument, scores }: { instrument: Instrument; scores: Scores }) {
  return (
    <section class="results-section" aria-labelledby="strengths-heading">
      <h2 id="strengths-heading">{t('results.strengthsHeading')}</h2>
      {scores.strengths.length === 0 ? (
        <p>{t('results.strengthsNone')}</p>
      ) : (
        <ul>
          {scores.strengths.map((id) => (
            <li key={id}>
              {tParts('results.scoreLine', {
                title: <strong>{titleOf(instrument, id)}</strong>,
                ...meanAndBand(scores, id),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

/** The dimensions rated lowest, each with its statements, the answers given and a link to read more. */
const Development = memo(function Development({
  instrument,
  scores,
  answers,
  base,
}: {
  instrument: Instrument;
  scores: Scores;
  answers: ResultRecord['answers'];
  base: string;
}) {
  const answerText = (itemId: string) => {
    const value = Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
    if (value === undefined) return t('results.answerNone');
    return value === CANT_JUDGE ? t('results.answerCantJudge') : t('results.answerRated', { value });
  };
  return (
    <section class="results-section" aria-labelledby="development-heading">
      <h2 id="development-heading">{t('results.developmentHeading')}</h2>
      {scores.developmentAreas.length === 0 ? (
        <p>{t('results.developmentNone')}</p>
      ) : (
        scores.developmentAreas.map((id) => {
          const dimension = instrument.dimensions.find((d) => d.id === id);
          if (dimension === undefined) return null;
          return (
            <article class="development" key={id} aria-labelledby={`development-${id}`}>
              <h3 id={`development-${id}`}>
                {t('results.scoreLine', {
                  title: dimension.title,
                  ...meanAndBand(scores, id),
                })}
              </h3>
              <p>{dimension.prompt}</p>
              <ul class="development-items">
                {dimension.items.map((item) => (
                  <li key={item.id}>
                    <span class="statement">{item.label}</span> <span class="rated">{answerText(item.id)}</span>
                    {item.question !== item.label && (
                      <span class="asks"> {t('results.asks', { question: item.question })}</span>
                    )}
                  </li>
                ))}
              </ul>
              <p class="no-print">
                <a href={`${withBase(base, 'framework/')}#${id}`}>
                  {t('results.readAbout', { title: dimension.title })}
                </a>
              </p>
            </article>
          );
        })
      )}
    </section>
  );
});

/** The action plan: editable for the person's own result, text for one opened for viewing. */
const PlanSection = memo(function PlanSection({
  dimensions,
  plan,
  onPlan,
  planSaved,
}: {
  dimensions: Instrument['dimensions'];
  plan: ResultRecord['plan'];
  onPlan: ((plan: ActionPlan) => void) | undefined;
  planSaved: boolean;
}) {
  const planName = t(onPlan ? 'results.planOwn' : 'results.planOther');
  return (
    <>
      <PlanEditor
        dimensions={dimensions}
        plan={plan}
        onChange={onPlan}
        idPrefix="plan"
        heading={planName}
        calendar={{ fileName: planFileName, name: planName, scope: 'person' }}
      />
      {onPlan && <p class="no-print plan-kept">{planSaved ? t('results.planKept') : ''}</p>}
      {!planSaved && (
        <p role="alert" class="warning">
          {t('results.planNotKept')}
        </p>
      )}
    </>
  );
});

/** The change per dimension from an earlier result to this one. */
function ChangeTable({ before, after }: { before: Comparison; after: Scores }) {
  const changes = compareScores(before.scores, after);
  return (
    <ScrollRegion labelledBy="change-caption" id="change-region">
      <table class="scores" data-testid="change-table">
        <caption id="change-caption">{t('results.changeCaption', { label: before.label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.colDimension')}</th>
            <th scope="col">{t('results.colEarlier')}</th>
            <th scope="col">{t('results.colNow')}</th>
            <th scope="col">{t('results.colChange')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.title}</th>
              <td>{c.before === null ? '—' : formatMean(c.before)}</td>
              <td>{c.after === null ? '—' : formatMean(c.after)}</td>
              <td>{c.change === null ? t('results.notEnough') : formatChange(c.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
