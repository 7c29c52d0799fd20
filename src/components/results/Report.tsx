/** The report: summary, chart and table, strengths, development areas and the action plan. Renders data only. */
import { CANT_JUDGE, type Instrument } from '../../lib/instrument';
import { LEVEL_LABELS, type ResultRecord } from '../../lib/result';
import { compareScores, formatChange, formatMean } from '../../lib/result-view';
import type { Scores } from '../../lib/scoring';
import { withBase } from '../../lib/paths';
import type { ActionPlan } from '../../lib/action-plan';
import { planFileName } from '../../lib/result-view';
import { LazyPlanEditor as PlanEditor } from '../plan/LazyPlanEditor';
import type { RadarSeries } from '../radar-chart';
import { RadarChart } from './RadarChart';

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
}

const round = (percent: number) => String(Math.round(percent));

const TEXT = {
  asks: 'The framework asks:',
  rated: 'rated',
  cantJudge: 'can’t judge',
  unanswered: 'not answered',
};

/** The whole report for one result. */
export function Report({ instrument, record, scores, base, label, onPlan, planSaved = true, compare = null }: Props) {
  const { min, max } = instrument.scale;
  const { totals, overall } = scores;
  const title = (id: string) => instrument.dimensions.find((d) => d.id === id)?.title ?? id;
  const scoreOf = (id: string) => scores.dimensions.find((d) => d.id === id);
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
  const answerText = (itemId: string) => {
    const value = Object.hasOwn(record.answers, itemId) ? record.answers[itemId] : undefined;
    if (value === undefined) return TEXT.unanswered;
    return value === CANT_JUDGE ? TEXT.cantJudge : `${TEXT.rated} ${value}`;
  };

  return (
    <div class="report">
      <section class="results-section" aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        {overall ? (
          <p class="overall" data-testid="overall">
            Overall: <strong>{formatMean(overall.mean)}</strong> on the {min}–{max} scale ({round(overall.percent)} out
            of 100), <strong>{overall.band}</strong>.
          </p>
        ) : (
          <p class="overall" data-testid="overall">
            Not enough answers for an overall score yet: each dimension needs at least{' '}
            {Math.ceil(instrument.minAnsweredShare * 100)}% of its questions rated.
          </p>
        )}
        <ul class="counts" data-testid="counts">
          <li>
            <strong>{totals.answered}</strong> of {totals.items} questions rated
          </li>
          <li>
            <strong>{totals.cantJudge}</strong> marked “can’t judge”
          </li>
          <li>
            <strong>{totals.unanswered}</strong> not answered
          </li>
        </ul>
        {(record.context.level !== undefined || record.context.partnership !== undefined) && (
          <dl class="context">
            {record.context.level !== undefined && (
              <>
                <dt>Level assessed</dt>
                <dd>{LEVEL_LABELS[record.context.level]}</dd>
              </>
            )}
            {record.context.partnership !== undefined && (
              <>
                <dt>Partnership</dt>
                <dd>{record.context.partnership}</dd>
              </>
            )}
          </dl>
        )}
      </section>

      <section class="results-section" aria-labelledby="scores-heading">
        <h2 id="scores-heading">Scores by dimension</h2>
        <RadarChart labels={scores.dimensions.map((d) => d.title)} series={series} tableId="scores-table" />
        {/* Focusable and named, so that a keyboard can scroll the table on a narrow screen. */}
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="scores-caption">
          <table id="scores-table" class="scores">
            <caption id="scores-caption">
              Each dimension’s mean rating on the {min}–{max} scale, the same out of 100, and its band
            </caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">Mean</th>
                <th scope="col">Out of 100</th>
                <th scope="col">Band</th>
                <th scope="col">Rated</th>
                <th scope="col">Can’t judge</th>
              </tr>
            </thead>
            <tbody>
              {scores.dimensions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.title}</th>
                  <td>{d.mean === null ? '—' : formatMean(d.mean)}</td>
                  <td>{d.percent === null ? '—' : round(d.percent)}</td>
                  <td>{d.band ?? 'Not enough answers'}</td>
                  <td>
                    {d.answered} of {d.items}
                  </td>
                  <td>{d.cantJudge}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {compare && <ChangeTable before={compare} after={scores} />}
      </section>

      <section class="results-section" aria-labelledby="strengths-heading">
        <h2 id="strengths-heading">Strengths</h2>
        {scores.strengths.length === 0 ? (
          <p>None yet: strengths are named once dimensions have enough answers.</p>
        ) : (
          <ul>
            {scores.strengths.map((id) => (
              <li key={id}>
                <strong>{title(id)}</strong>: {formatMean(scoreOf(id)?.mean ?? 0)}, {scoreOf(id)?.band}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="results-section" aria-labelledby="development-heading">
        <h2 id="development-heading">Development areas</h2>
        {scores.developmentAreas.length === 0 ? (
          <p>None yet: development areas are named once at least two dimensions have enough answers.</p>
        ) : (
          scores.developmentAreas.map((id) => {
            const dimension = instrument.dimensions.find((d) => d.id === id);
            if (dimension === undefined) return null;
            return (
              <article class="development" key={id} aria-labelledby={`development-${id}`}>
                <h3 id={`development-${id}`}>
                  {dimension.title}: {formatMean(scoreOf(id)?.mean ?? 0)}, {scoreOf(id)?.band}
                </h3>
                <p>{dimension.prompt}</p>
                <ul class="development-items">
                  {dimension.items.map((item) => (
                    <li key={item.id}>
                      <span class="statement">{item.label}</span> <span class="rated">({answerText(item.id)})</span>
                      {item.question !== item.label && (
                        <span class="asks">
                          {' '}
                          {TEXT.asks} {item.question}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
                <p>
                  <a href={`${withBase(base, 'framework/')}#${id}`}>Read about {dimension.title} in the framework</a>
                </p>
              </article>
            );
          })
        )}
      </section>

      <PlanEditor
        dimensions={instrument.dimensions}
        plan={record.plan}
        onChange={onPlan}
        idPrefix="plan"
        heading={onPlan ? 'Your action plan' : 'Action plan'}
        calendar={{ fileName: planFileName, name: onPlan ? 'Your action plan' : 'Action plan', scope: 'person' }}
      />
      {onPlan && (
        <p class="no-print plan-kept">
          {planSaved ? 'Your plan is kept in this browser only, and goes into your exports and print-outs.' : ''}
        </p>
      )}
      {!planSaved && (
        <p role="alert" class="warning">
          This browser is not keeping your plan (its storage is full or turned off). Download the result to keep it.
        </p>
      )}
    </div>
  );
}

/** The change per dimension from an earlier result to this one. */
function ChangeTable({ before, after }: { before: Comparison; after: Scores }) {
  const changes = compareScores(before.scores, after);
  return (
    <div class="table-scroll" id="change-region" tabIndex={0} role="region" aria-labelledby="change-caption">
      <table class="scores" data-testid="change-table">
        <caption id="change-caption">Change in each dimension’s mean since {before.label}</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Earlier</th>
            <th scope="col">Now</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.title}</th>
              <td>{c.before === null ? '—' : formatMean(c.before)}</td>
              <td>{c.after === null ? '—' : formatMean(c.after)}</td>
              <td>{c.change === null ? 'Not enough answers' : formatChange(c.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
