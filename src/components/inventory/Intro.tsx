/** The introduction: what the inventory is, how long it takes, privacy, the scale, optional context. */
import { useStore } from '@nanostores/preact';
import type { Instrument } from '../../lib/instrument';
import { LEVEL_LABELS, LEVELS, MAX_PARTNERSHIP_LENGTH } from '../../lib/result';
import { $answers, $context, setContext } from '../../stores/answers';
import { goToStep } from '../../stores/step';
import { countOf, minutesFor } from './format';

interface Props {
  instrument: Instrument;
}

/** The first step; starts, or continues where the person left off. */
export function Intro({ instrument }: Props) {
  const context = useStore($context);
  const answers = useStore($answers);
  const { scale } = instrument;
  const items = instrument.dimensions.reduce((s, d) => s + d.items.length, 0);
  const anchors = [...scale.anchors].sort((a, b) => a.value - b.value);
  // Computed from the instrument itself, so that the page as built already has its Start button.
  const firstOpen =
    instrument.dimensions.find((d) => d.items.some((i) => !Object.hasOwn(answers, i.id))) ?? instrument.dimensions[0];
  const started = Object.keys(answers).length > 0;
  return (
    <section class="step" aria-labelledby="step-heading">
      <h2 id="step-heading" tabIndex={-1}>
        About the inventory
      </h2>
      <div class="prose">
        <p>
          The inventory is a self-assessment of collective leadership in partnership working. You rate how much evidence
          you see of each of {countOf(items, 'behaviour', 'behaviours')} across the framework’s{' '}
          {countOf(instrument.dimensions.length, 'dimension', 'dimensions')}, one dimension at a time. It takes about{' '}
          {countOf(minutesFor(items), 'minute', 'minutes')}.
        </p>
        <p>
          It is anonymous: there is no account and nothing is sent anywhere. Your answers are kept only in this browser,
          on this device, so you can stop and come back later. Your scores are worked out here, on your device.
        </p>
        <h3>How to rate</h3>
        <p>
          Rate each statement on a scale from {scale.min} to {scale.max}
          {anchors.length > 0 && (
            <>
              {', where '}
              {anchors.map((a, i) => (
                <span key={a.value}>
                  {i > 0 && (i === anchors.length - 1 ? ' and ' : ', ')}
                  {a.value} means “{a.label}”
                </span>
              ))}
            </>
          )}
          .{' '}
          {scale.cantJudge !== false && (
            <>If you cannot judge a statement, choose “{scale.cantJudge}”: it is left out of your scores. </>
          )}
          You can leave a question unanswered and come back to it.
        </p>
      </div>
      <form class="context" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Which level are you assessing? (optional)</legend>
          {LEVELS.map((level) => (
            <label key={level} class="choice">
              <input
                type="radio"
                name="level"
                value={level}
                checked={context.level === level}
                onChange={() => setContext({ level })}
              />{' '}
              {LEVEL_LABELS[level]}
            </label>
          ))}
        </fieldset>
        <label class="field" for="partnership-name">
          Partnership name (optional, kept on this device)
        </label>
        <input
          id="partnership-name"
          type="text"
          autocomplete="off"
          maxLength={MAX_PARTNERSHIP_LENGTH}
          value={context.partnership ?? ''}
          onInput={(e) => setContext({ partnership: e.currentTarget.value })}
        />
      </form>
      <div class="step-buttons">
        {firstOpen !== undefined && (
          <button type="button" onClick={() => goToStep({ kind: 'dimension', id: firstOpen.id })}>
            {started ? 'Continue' : 'Start the inventory'}
          </button>
        )}
        {started && (
          <button type="button" class="secondary" onClick={() => goToStep({ kind: 'review' })}>
            Review and see my scores
          </button>
        )}
      </div>
    </section>
  );
}
