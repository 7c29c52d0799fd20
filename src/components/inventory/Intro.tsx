/** The introduction: what the inventory is, how long it takes, privacy, the scale, optional context. */
import { useStore } from '@nanostores/preact';
import { t, type MessageKey } from '../../i18n/t';
import type { Instrument } from '../../lib/instrument';
import { LEVELS, MAX_PARTNERSHIP_LENGTH, type Level } from '../../lib/result';
import { $answers, $context, setContext } from '../../stores/answers';
import { $invitation, $invitationProblem, dismissInvitationProblem, leaveWorkshop } from '../../stores/invitation';
import { goToStep } from '../../stores/step';
import { ASSESSED, listOf, minutesFor } from './format';

interface Props {
  instrument: Instrument;
}

/** The label of each level, as the inventory asks it ("My own team"). */
const LEVEL_LABEL: Record<Level, MessageKey> = {
  team: 'common.levelTeam',
  organisation: 'common.levelOrganisation',
  partnership: 'common.levelPartnership',
};

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
        {t('inventory.introHeading')}
      </h2>
      {problem !== null && (
        <div class="invitation-problem" role="alert">
          <p>{problem}</p>
          <button type="button" class="secondary" onClick={dismissInvitationProblem}>
            {t('inventory.dismiss')}
          </button>
        </div>
      )}
      {invitation !== null && (
        <aside class="invitation" aria-labelledby="invitation-heading" data-testid="invitation">
          <h3 id="invitation-heading">{t('inventory.invited', { name: invitation.name })}</h3>
          {invitation.message !== undefined && (
            <blockquote class="invitation-message">
              <p>{invitation.message}</p>
            </blockquote>
          )}
          <ul>
            {invitation.partnership !== undefined && <li>{t('inventory.invitedPartnership', { name: invitation.partnership })}</li>}
            <li>
              {invitation.level !== undefined
                ? t('inventory.invitedLevel', { level: t(ASSESSED[invitation.level]) })
                : t('inventory.invitedAnyLevel')}
            </li>
            <li>{t('inventory.invitedReturning')}</li>
          </ul>
          <button type="button" class="link-button" onClick={leaveWorkshop}>
            {t('inventory.leaveWorkshop')}
          </button>
        </aside>
      )}
      <div class="prose">
        <p>
          {t('inventory.introWhat', {
            behaviours: t('inventory.behaviourCount', { count: items }),
            dimensions: t('inventory.dimensionCount', { count: instrument.dimensions.length }),
            minutes: t('inventory.minuteCount', { count: minutesFor(items) }),
          })}
        </p>
        <p>{t('inventory.introPrivacy')}</p>
        <h3>{t('inventory.howToRate')}</h3>
        <p>
          {anchors.length > 0
            ? t('inventory.rateScaleAnchors', {
                min: scale.min,
                max: scale.max,
                anchors: listOf(anchors.map((a) => t('inventory.anchorMeans', { value: a.value, label: a.label }))),
              })
            : t('inventory.rateScale', { min: scale.min, max: scale.max })}{' '}
          {scale.cantJudge !== false && <>{t('inventory.rateCantJudge', { cantJudge: scale.cantJudge })} </>}
          {t('inventory.rateUnanswered')}
        </p>
      </div>
      <form class="context" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('inventory.levelQuestion')}</legend>
          {LEVELS.map((level) => (
            <label key={level} class="choice">
              <input
                type="radio"
                name="level"
                value={level}
                checked={context.level === level}
                onChange={() => setContext({ level })}
              />{' '}
              {t(LEVEL_LABEL[level])}
            </label>
          ))}
        </fieldset>
        <label class="field" for="partnership-name">
          {t('inventory.partnershipLabel')}
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
            {started ? t('inventory.continue') : t('inventory.start')}
          </button>
        )}
        {started && (
          <button type="button" class="secondary" onClick={() => goToStep({ kind: 'review' })}>
            {t('inventory.reviewAndScores')}
          </button>
        )}
      </div>
    </section>
  );
}
