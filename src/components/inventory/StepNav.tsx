/** The steps as a list of buttons with answered counts, and the overall progress. */
import { useStore } from '@nanostores/preact';
import { t } from '../../i18n/t';
import { $progress } from '../../stores/progress';
import { $step, goToStep } from '../../stores/step';

/** Jump to any dimension; shows answered of total overall and per dimension. */
export function StepNav() {
  const progress = useStore($progress);
  const step = useStore($step);
  return (
    <nav class="step-nav" aria-label={t('inventory.stepsLabel')}>
      <p class="overall-progress" id="overall-progress">
        {t('inventory.questionsAnswered', { answered: progress.answered, count: progress.total })}
      </p>
      <progress max={progress.total} value={progress.answered} aria-labelledby="overall-progress" />
      <ol>
        <li>
          <button type="button" class="step-link" onClick={() => goToStep({ kind: 'intro' })}>
            <span class="step-title">{t('inventory.stepIntro')}</span>
          </button>
        </li>
        {progress.dimensions.map((d, i) => {
          const current = step.kind === 'dimension' && step.id === d.id;
          return (
            <li key={d.id}>
              <button
                type="button"
                class="step-link"
                aria-current={current ? 'step' : undefined}
                onClick={() => goToStep({ kind: 'dimension', id: d.id })}
              >
                <span class="step-title">{t('inventory.stepDimension', { number: i + 1, title: d.title })}</span>{' '}
                <span class="step-count">{t('inventory.stepCount', { answered: d.answered, total: d.total })}</span>
              </button>
            </li>
          );
        })}
        <li>
          <button
            type="button"
            class="step-link"
            aria-current={step.kind === 'review' || step.kind === 'scores' ? 'step' : undefined}
            onClick={() => goToStep({ kind: 'review' })}
          >
            <span class="step-title">{t('inventory.stepReview')}</span>
          </button>
        </li>
      </ol>
    </nav>
  );
}
