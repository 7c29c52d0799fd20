/** The inventory island: reads the stores, calls their actions, and moves focus between steps. */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { t, tParts } from '../../i18n/t';
import type { Answers, Instrument } from '../../lib/instrument';
import type { Invitation } from '../../lib/invitation-fields';
import type { AnswersContext } from '../../lib/saved-answers';
import { isInvitationFragment } from '../../lib/result-view';
import { encodeShareCode } from '../../lib/share-code';
import { $answers, $context, answersKept, initAnswers, setContext } from '../../stores/answers';
import { $invitation, loadInvitation, openInvitationFragment } from '../../stores/invitation';
import { $scores } from '../../stores/scores';
import { $step, goToStep, type Step } from '../../stores/step';
import { $storageStatus } from '../../stores/storage';
import { DeviceControls } from './DeviceControls';
import { DimensionStep } from './DimensionStep';
import { ASSESSED } from './format';
import { Intro } from './Intro';
import { Notices } from './Notices';
import { LazyReturnResult } from './LazyReturnResult';
import { Review } from './Review';
import { ScoreSummary } from './ScoreSummary';
import { StepNav } from './StepNav';
import './inventory.css';

interface Props {
  /** The instrument, built from content at build time. */
  instrument: Instrument;
}

/** The step a URL fragment names: a dimension id opens that dimension. */
function stepForHash(instrument: Instrument, hash: string): Step | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null; // A damaged fragment (e.g. "#%") names no step; the page stays where it is.
  }
  return instrument.dimensions.some((d) => d.id === id) ? { kind: 'dimension', id } : null;
}

/** The dimension a step shows, if any. */
function dimensionOf(step: Step): string | undefined {
  return step.kind === 'dimension' ? step.id : undefined;
}

/** The whole inventory: introduction, one dimension per step, review, scores. */
export function Inventory({ instrument }: Props) {
  const step = useStore($step);
  const answers = useStore($answers);
  const context = useStore($context);
  const invitation = useStore($invitation);
  // Re-render when storage stops (or starts) keeping data: the report link then carries the answers.
  useStore($storageStatus);
  const moved = useRef(false);

  useEffect(() => {
    initAnswers(instrument);
    void loadInvitation();
    const fromHash = () => {
      if (isInvitationFragment(location.hash)) {
        // An invitation (readable or not) opens the introduction, where it is shown or its problem said.
        void openInvitationFragment(location.hash).then((prefill) => prefill !== null && setContext(prefill));
        history.replaceState(history.state, '', `${location.pathname}${location.search}`);
        if ($step.get().kind !== 'intro') {
          moved.current = true;
          goToStep({ kind: 'intro' });
        }
        return;
      }
      const next = stepForHash(instrument, location.hash);
      // Only a fragment naming another step moves; this one's own URL update must not.
      if (next !== null && dimensionOf(next) !== dimensionOf($step.get())) {
        moved.current = true;
        goToStep(next);
      }
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [instrument]);

  // Keep the URL in step (without adding history entries), and move focus to the new step.
  const first = useRef(true);
  useEffect(() => {
    const hash = step.kind === 'dimension' ? `#${step.id}` : '';
    if (location.hash !== hash)
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    if (first.current && !moved.current) {
      first.current = false;
      return;
    }
    first.current = false;
    const target =
      step.kind === 'dimension' && step.focusItem !== undefined
        ? document.querySelector<HTMLInputElement>(`#item-${CSS.escape(step.focusItem)} input`)
        : document.getElementById('step-heading');
    target?.focus();
    if (target && typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
  }, [step]);

  return (
    <div class="inventory">
      <Notices />
      {step.kind !== 'intro' && <StepNav />}
      <div class="inventory-step">
        {step.kind === 'intro' && <Intro instrument={instrument} />}
        {step.kind === 'dimension' && <DimensionStep instrument={instrument} dimensionId={step.id} />}
        {step.kind === 'review' && <Review />}
        {step.kind === 'scores' && (
          <ScoresStep instrument={instrument} answers={answers} context={context} invitation={invitation} />
        )}
      </div>
      {(step.kind === 'intro' || step.kind === 'scores') &&
        (Object.keys(answers).length > 0 || context.level !== undefined || context.partnership !== undefined) && (
          <DeviceControls />
        )}
    </div>
  );
}

/**
 * The scores step. Only it follows the scores, so that while the person rates, a choice does not
 * score every answer again before the next paint (the scores are worked out when they are shown).
 */
function ScoresStep({
  instrument,
  answers,
  context,
  invitation,
}: {
  instrument: Instrument;
  answers: Answers;
  context: AnswersContext;
  invitation: Invitation | null;
}) {
  const scores = useStore($scores);
  if (scores === null) return null;
  return (
    <section class="step" aria-labelledby="step-heading">
      <h2 id="step-heading" tabIndex={-1}>
        {t('inventory.scoresHeading')}
      </h2>
      {(context.level !== undefined || context.partnership !== undefined) && (
        <p>
          {context.level !== undefined && <>{t('inventory.youAssessed', { level: t(ASSESSED[context.level]) })} </>}
          {context.partnership !== undefined && t('inventory.partnershipSentence', { name: context.partnership })}
        </p>
      )}
      {invitation !== null && (
        <p class="return-next">
          {tParts('inventory.returnNext', {
            next: <strong>{t('inventory.returnNextLabel')}</strong>,
            link: <a href="#return-result">{t('inventory.returnNextLink', { name: invitation.name })}</a>,
          })}
        </p>
      )}
      <ScoreSummary
        instrument={instrument}
        scores={scores}
        unsavedCode={answersKept() ? undefined : encodeShareCode(instrument, answers, context.level)}
      />
      {invitation !== null && (
        <LazyReturnResult instrument={instrument} answers={answers} level={context.level} invitation={invitation} />
      )}
      <div class="step-buttons">
        <button type="button" class="secondary" onClick={() => goToStep({ kind: 'review' })}>
          {t('inventory.backToReview')}
        </button>
      </div>
    </section>
  );
}
