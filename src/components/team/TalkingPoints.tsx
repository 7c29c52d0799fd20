/**
 * Where views differ: the questions with the widest spread and those most often marked "can't
 * judge" (where people lack evidence is a finding too), each with its question and a link to it
 * in the framework, as talking points for the workshop.
 */
import { mostCantJudge, widestSpread, type QuestionFigures } from '../../lib/aggregate';
import { screenScale } from '../../lib/rounding';
import { t } from '../../i18n/t';

function Point({ q, frameworkHref, detail }: { q: QuestionFigures; frameworkHref: string; detail: string }) {
  return (
    <li>
      <p class="team-point-question">{q.item.label}</p>
      {q.item.question !== q.item.label && (
        <p class="team-muted">{t('team.frameworkAsks', { question: q.item.question })}</p>
      )}
      <p>
        {detail}{' '}
        <a class="no-print" href={`${frameworkHref}#q-${q.item.id}`}>
          {t('team.openQuestion')}
          <span class="visually-hidden">{t('team.openQuestionHidden', { question: q.item.label })}</span>
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
      <h3 id="points-heading">{t('team.pointsHeading')}</h3>
      <div class="team-highlights">
        <section aria-labelledby="points-spread">
          <h4 id="points-spread">{t('team.pointsSpreadHeading')}</h4>
          {spread.length === 0 ? (
            <p>{t('team.pointsSpreadNone')}</p>
          ) : (
            <ol class="team-point-list">
              {spread.map((q) => (
                <Point
                  key={q.item.id}
                  q={q}
                  frameworkHref={frameworkHref}
                  detail={t('team.pointsSpread', {
                    sd: screenScale(q.figures!.sd),
                    mean: screenScale(q.figures!.mean),
                  })}
                />
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="points-cant-judge">
          <h4 id="points-cant-judge">{t('team.pointsCantJudgeHeading')}</h4>
          {unsure.length === 0 ? (
            <p>{t('team.pointsCantJudgeNone')}</p>
          ) : (
            <ol class="team-point-list">
              {unsure.map((q) => (
                <Point
                  key={q.item.id}
                  q={q}
                  frameworkHref={frameworkHref}
                  detail={t('team.pointsCantJudge', { count: q.results, cantJudge: q.cantJudge })}
                />
              ))}
            </ol>
          )}
        </section>
      </div>
    </section>
  );
}
