/** Before the scores: the unanswered questions, each linked back to, then "See my scores". */
import { useStore } from '@nanostores/preact';
import { $progress } from '../../stores/progress';
import { goToStep } from '../../stores/step';
import { t } from '../../i18n/t';

/** Lists what is still unanswered; unanswered questions are allowed. */
export function Review() {
  const progress = useStore($progress);
  const missing = progress.total - progress.answered;
  return (
    <section class="step" aria-labelledby="step-heading">
      <h2 id="step-heading" tabIndex={-1}>
        {t('inventory.reviewHeading')}
      </h2>
      {missing === 0 ? (
        <p>{t('inventory.allAnswered')}</p>
      ) : (
        <>
          <p>{t('inventory.unanswered', { count: missing })}</p>
          <ul class="unanswered">
            {progress.dimensions
              .filter((d) => d.unanswered.length > 0)
              .map((d) => (
                <li key={d.id}>
                  <span class="dimension-name">{d.title}</span>
                  <ul>
                    {d.unanswered.map((item) => (
                      <li key={item.id}>
                        <a
                          href={`#${d.id}`}
                          onClick={(e) => {
                            e.preventDefault();
                            goToStep({ kind: 'dimension', id: d.id, focusItem: item.id });
                          }}
                        >
                          {item.label}
                        </a>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
          </ul>
        </>
      )}
      <div class="step-buttons">
        <button type="button" onClick={() => goToStep({ kind: 'scores' })}>
          {t('inventory.seeScores')}
        </button>
      </div>
    </section>
  );
}
