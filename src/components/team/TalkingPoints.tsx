/**
 * Where views differ: the questions with the widest spread and those most often marked "can't
 * judge" (where people lack evidence is a finding too), each with its question and a link to it
 * in the framework, as talking points for the workshop.
 */
import { mostCantJudge, widestSpread, type QuestionFigures } from '../../lib/aggregate';
import { screenScale } from '../../lib/rounding';

const TEXT = {
  heading: 'Talking points: where views differ',
  spreadHeading: 'The widest spread of ratings',
  spreadNone: 'Everyone who rated a question gave it the same rating: no question stands out.',
  spread: (sd: string, mean: string) => `Spread (SD) ${sd}, mean ${mean}.`,
  cantJudgeHeading: 'Most often “can’t judge”',
  cantJudgeNone: 'Nobody chose “can’t judge” on any question.',
  cantJudge: (count: number, of: number) =>
    `${count} of ${of} ${of === 1 ? 'person' : 'people'} could not judge this: where do we lack evidence?`,
  link: 'Open this question in the framework',
  asked: 'The framework asks: ',
} as const;

function Point({ q, frameworkHref, detail }: { q: QuestionFigures; frameworkHref: string; detail: string }) {
  return (
    <li>
      <p class="team-point-question">{q.item.label}</p>
      {q.item.question !== q.item.label && (
        <p class="team-muted">
          {TEXT.asked}
          {q.item.question}
        </p>
      )}
      <p>
        {detail}{' '}
        <a href={`${frameworkHref}#q-${q.item.id}`}>
          {TEXT.link}
          <span class="visually-hidden">: {q.item.label}</span>
        </a>
      </p>
    </li>
  );
}

/** The two lists of talking points. */
export default function TalkingPoints({
  questions,
  frameworkHref,
}: {
  questions: readonly QuestionFigures[];
  frameworkHref: string;
}) {
  const spread = widestSpread(questions);
  const unsure = mostCantJudge(questions);
  return (
    <section class="team-points" aria-labelledby="points-heading">
      <h3 id="points-heading">{TEXT.heading}</h3>
      <div class="team-highlights">
        <section aria-labelledby="points-spread">
          <h4 id="points-spread">{TEXT.spreadHeading}</h4>
          {spread.length === 0 ? (
            <p>{TEXT.spreadNone}</p>
          ) : (
            <ol class="team-point-list">
              {spread.map((q) => (
                <Point
                  key={q.item.id}
                  q={q}
                  frameworkHref={frameworkHref}
                  detail={TEXT.spread(screenScale(q.figures!.sd), screenScale(q.figures!.mean))}
                />
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="points-cant-judge">
          <h4 id="points-cant-judge">{TEXT.cantJudgeHeading}</h4>
          {unsure.length === 0 ? (
            <p>{TEXT.cantJudgeNone}</p>
          ) : (
            <ol class="team-point-list">
              {unsure.map((q) => (
                <Point
                  key={q.item.id}
                  q={q}
                  frameworkHref={frameworkHref}
                  detail={TEXT.cantJudge(q.cantJudge, q.results)}
                />
              ))}
            </ol>
          )}
        </section>
      </div>
    </section>
  );
}
