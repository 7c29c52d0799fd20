/**
 * Every question, for the group: how many rated it, how many could not judge it, the mean, the
 * spread (SD) and how the ratings fall on the scale (a small SVG strip, with the same counts as a
 * table for screen readers), grouped by dimension in framework order or sorted by mean or spread.
 */
import { useState } from 'preact/hooks';
import type { QuestionFigures } from '../../lib/aggregate';
import type { Instrument } from '../../lib/instrument';
import { screenPercent, screenScale } from '../../lib/rounding';
import { t, type MessageKey } from '../../i18n/t';
import { ScrollRegion } from '../ScrollRegion';
import { useStages } from '../use-stages';

/** What the caption says for screen readers about the sort in use. */
const SORTED_KEYS: Record<'mean' | 'spread', Record<'ascending' | 'descending', MessageKey>> = {
  mean: { ascending: 'team.sortedMeanAscending', descending: 'team.sortedMeanDescending' },
  spread: { ascending: 'team.sortedSpreadAscending', descending: 'team.sortedSpreadDescending' },
};
type SortKey = 'framework' | 'mean' | 'spread';
type Direction = 'ascending' | 'descending';

/** The order of the questions for a sort; ties keep framework order. */
function sortQuestions(questions: readonly QuestionFigures[], key: SortKey, direction: Direction): QuestionFigures[] {
  if (key === 'framework') return [...questions];
  const value = (q: QuestionFigures) => (q.figures === null ? null : key === 'mean' ? q.figures.mean : q.figures.sd);
  const sign = direction === 'ascending' ? 1 : -1;
  return questions
    .map((q, index) => ({ q, index, v: value(q) }))
    .sort((a, b) => {
      // Questions without figures go last, whichever the direction.
      if (a.v === null || b.v === null) return (a.v === null ? 1 : 0) - (b.v === null ? 1 : 0) || a.index - b.index;
      return sign * (a.v - b.v) || a.index - b.index;
    })
    .map((x) => x.q);
}

/**
 * The strip's bars as one path, a rectangle 7 wide per point of the scale that anyone gave, as
 * tall as its count against the most given (20 for the most): one element, not one per bar (27
 * strips of up to 12 bars each were a third of the elements the question table made).
 */
export function barsPath(counts: readonly number[], most: number): string {
  return counts
    .map((c, i) => (c === 0 ? '' : `M${i * 10 + 1.5} 23h7v${-Math.round((c / most) * 2000) / 100}h-7z`))
    .join('');
}

/** The ratings' counts as a compact bar strip; its label says the same in words. */
export function RatingStrip({ instrument, q }: { instrument: Instrument; q: QuestionFigures }) {
  const counts = q.counts!;
  const { min } = instrument.scale;
  const most = Math.max(1, ...counts);
  const width = counts.length * 10;
  const parts = counts
    .flatMap((c, i) => (c === 0 ? [] : [t('team.stripPart', { count: c, point: min + i })]))
    .join(t('team.listSeparator'));
  const meanX = ((q.figures!.mean - min) / Math.max(1, counts.length - 1)) * (width - 10) + 5;
  return (
    <svg
      class="team-strip"
      viewBox={`0 0 ${width} 24`}
      preserveAspectRatio="none"
      role="img"
      aria-label={t('team.stripLabel', { rated: q.rated, parts })}
    >
      <line x1="0" y1="23.5" x2={width} y2="23.5" class="team-strip-axis" />
      <path d={barsPath(counts, most)} class="team-strip-bar" />
      <line x1={meanX} y1="0" x2={meanX} y2="24" class="team-strip-mean" />
    </svg>
  );
}

function SortButton({
  label,
  active,
  direction,
  onClick,
}: {
  label: string;
  active: boolean;
  direction: Direction;
  onClick: () => void;
}) {
  return (
    <>
      <button type="button" class="team-sort" onClick={onClick}>
        {label}
        <span aria-hidden="true">{active ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}</span>
      </button>
      {/* The printed report has no buttons: the column's name alone. */}
      <span class="team-sort-print" aria-hidden="true">
        {label}
      </span>
    </>
  );
}

function QuestionRow({
  instrument,
  q,
  threshold,
  dimension,
}: {
  instrument: Instrument;
  q: QuestionFigures;
  threshold: number;
  dimension?: string | undefined;
}) {
  return (
    <tr>
      <th scope="row" class="team-question">
        {dimension !== undefined && <span class="team-question-dim">{dimension}: </span>}
        {q.item.label}
        {q.item.question !== q.item.label && (
          <span class="team-question-asked">{t('team.frameworkAsks', { question: q.item.question })}</span>
        )}
      </th>
      <td>{q.rated}</td>
      <td>{q.cantJudge}</td>
      {q.figures === null ? (
        <td colSpan={3}>{t('team.questionWithheld', { threshold })}</td>
      ) : (
        <>
          <td>
            {screenScale(q.figures.mean)} <span class="team-muted">({screenPercent(q.figures.percent)})</span>
          </td>
          <td>{screenScale(q.figures.sd)}</td>
          <td>
            <RatingStrip instrument={instrument} q={q} />
          </td>
        </>
      )}
    </tr>
  );
}

/** The question table, sortable by mean and by spread. */
export default function QuestionTable({
  instrument,
  questions,
  threshold,
}: {
  instrument: Instrument;
  questions: readonly QuestionFigures[];
  threshold: number;
}) {
  const [key, setKey] = useState<SortKey>('framework');
  const [direction, setDirection] = useState<Direction>('ascending');
  const choose = (k: 'mean' | 'spread') => {
    // First press: lowest mean first, widest spread first; the next press turns it round.
    if (key === k) setDirection(direction === 'ascending' ? 'descending' : 'ascending');
    else {
      setKey(k);
      setDirection(k === 'mean' ? 'ascending' : 'descending');
    }
  };
  const sortFor = (k: SortKey) => (key === k ? direction : undefined);
  // The question table's rows come a dimension a task (a few questions, each row an SVG strip and
  // a dozen elements), and the counts' table (in a closed disclosure, and in print) in a task after
  // them. Until all rows are in, the table says it is busy.
  const dimensionCount = instrument.dimensions.length;
  const stage = useStages(dimensionCount);
  const dimensionsMade = stage + 1;
  const rowsMade = dimensionsMade >= dimensionCount;
  const countsMade = stage >= dimensionCount;
  const titles = new Map(instrument.dimensions.map((d) => [d.id, d.title]));
  const { min, max } = instrument.scale;
  const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const head = (
    <thead>
      <tr>
        <th scope="col">
          {t('team.colQuestion')}{' '}
          {key !== 'framework' && (
            <button type="button" class="team-sort team-sort-reset" onClick={() => setKey('framework')}>
              {t('team.frameworkOrder')}
            </button>
          )}
        </th>
        <th scope="col">{t('team.colRated')}</th>
        <th scope="col">{t('team.colCantJudge')}</th>
        <th scope="col" aria-sort={sortFor('mean')}>
          <SortButton
            label={t('team.colMean')}
            active={key === 'mean'}
            direction={direction}
            onClick={() => choose('mean')}
          />
        </th>
        <th scope="col" aria-sort={sortFor('spread')}>
          <SortButton
            label={t('team.colSpread')}
            active={key === 'spread'}
            direction={direction}
            onClick={() => choose('spread')}
          />
        </th>
        <th scope="col">{t('team.colStrip')}</th>
      </tr>
    </thead>
  );
  return (
    <section class="team-questions" aria-labelledby="questions-heading">
      <h3 id="questions-heading">{t('team.questionsHeading')}</h3>
      <p>{t('team.questionsIntro', { threshold })}</p>
      <ScrollRegion labelledBy="questions-caption" className="team-table-wrap">
        <table class="team-table team-question-table" aria-busy={rowsMade ? undefined : 'true'}>
          <caption id="questions-caption">
            {t('team.questionsCaption', { min, max })}
            {key !== 'framework' && <span class="visually-hidden"> {t(SORTED_KEYS[key][direction])}</span>}
          </caption>
          {head}
          {key === 'framework' ? (
            instrument.dimensions.slice(0, dimensionsMade).map((d) => (
              <tbody key={d.id}>
                <tr class="team-question-group">
                  <th scope="colgroup" colSpan={6}>
                    {d.title}
                  </th>
                </tr>
                {questions
                  .filter((q) => q.item.dimensionId === d.id)
                  .map((q) => (
                    <QuestionRow key={q.item.id} instrument={instrument} q={q} threshold={threshold} />
                  ))}
              </tbody>
            ))
          ) : (
            <tbody>
              {sortQuestions(questions, key, direction).map((q) => (
                <QuestionRow
                  key={q.item.id}
                  instrument={instrument}
                  q={q}
                  threshold={threshold}
                  dimension={titles.get(q.item.dimensionId)}
                />
              ))}
            </tbody>
          )}
        </table>
      </ScrollRegion>
      <details class="team-counts">
        <summary>{t('team.countsSummary')}</summary>
        {countsMade && (
          <ScrollRegion labelledBy="counts-caption" className="team-table-wrap">
            <table class="team-table">
              <caption id="counts-caption">{t('team.countsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('team.colQuestion')}</th>
                  {points.map((p) => (
                    <th key={p} scope="col">
                      {p}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {questions.map((q) => (
                  <tr key={q.item.id}>
                    <th scope="row">{q.item.label}</th>
                    {q.counts === null ? (
                      <td colSpan={points.length}>{t('team.questionWithheld', { threshold })}</td>
                    ) : (
                      q.counts.map((c, i) => <td key={i}>{c}</td>)
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </details>
    </section>
  );
}
