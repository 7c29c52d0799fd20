/** The introduction: what the inventory is, how long it takes, privacy, the scale, optional context. */
import { useStore } from '@nanostores/preact';
import type { Instrument } from '../../lib/instrument';
import { LEVEL_LABELS, LEVELS, MAX_PARTNERSHIP_LENGTH, type Level } from '../../lib/result';
import { $answers, $context, setContext } from '../../stores/answers';
import { $invitation, $invitationProblem, dismissInvitationProblem, leaveWorkshop } from '../../stores/invitation';
import { goToStep } from '../../stores/step';
import { countOf, minutesFor } from './format';

interface Props {
  instrument: Instrument;
}

const TEXT = {
  invited: (name: string) => `You are invited to take part in: ${name}`,
  partnership: (name: string) => `Partnership: ${name}`,
  level: (level: Level) =>
    `The facilitator asks you to assess ${{ team: 'your own team', organisation: 'your own organisation', partnership: 'the wider partnership' }[level]}: it is chosen below, and you can change it.`,
  anyLevel: 'Choose the level you assess below.',
  returning:
    'At the end you can return your result to the facilitator as a code, a link or a QR code. Your answers stay on this device; only what you choose to send leaves it.',
  leave: 'Take the inventory without this workshop',
  dismiss: 'Dismiss',
} as const;

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
  const invitation = useStore($invitation);
  const problem = useStore($invitationProblem);
  return (
    <section class="step" aria-labelledby="step-heading">
      <h2 id="step-heading" tabIndex={-1}>
        About the inventory
      </h2>
      {problem !== null && (
        <div class="invitation-problem" role="alert">
          <p>{problem}</p>
          <button type="button" class="secondary" onClick={dismissInvitationProblem}>
            {TEXT.dismiss}
          </button>
        </div>
      )}
      {invitation !== null && (
        <aside class="invitation" aria-labelledby="invitation-heading" data-testid="invitation">
          <h3 id="invitation-heading">{TEXT.invited(invitation.name)}</h3>
          {invitation.message !== undefined && (
            <blockquote class="invitation-message">
              <p>{invitation.message}</p>
            </blockquote>
          )}
          <ul>
            {invitation.partnership !== undefined && <li>{TEXT.partnership(invitation.partnership)}</li>}
            <li>{invitation.level !== undefined ? TEXT.level(invitation.level) : TEXT.anyLevel}</li>
            <li>{TEXT.returning}</li>
          </ul>
          <button type="button" class="link-button" onClick={leaveWorkshop}>
            {TEXT.leave}
          </button>
        </aside>
      )}
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
