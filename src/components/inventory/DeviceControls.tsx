/** "Start again" and "Delete my answers from this device", each confirmed first. */
import { deleteSavedAnswers, resetAnswers, setContext } from '../../stores/answers';
import { $invitation, leaveWorkshop } from '../../stores/invitation';
import { goToStep } from '../../stores/step';
import { t } from '../../i18n/t';
import { ConfirmButton } from '../ConfirmDialog';

/** The two ways to discard answers, each behind a confirmation dialog. */
export function DeviceControls() {
  return (
    <section class="device-controls" aria-labelledby="device-controls-heading">
      <h2 id="device-controls-heading">{t('inventory.deviceHeading')}</h2>
      <div class="step-buttons">
        <ConfirmButton
          label={t('inventory.startAgain')}
          title={t('inventory.startAgainTitle')}
          onConfirm={() => {
            resetAnswers();
            // Still for the same workshop: its level and partnership are filled in again.
            const invitation = $invitation.get();
            if (invitation !== null) setContext({ level: invitation.level, partnership: invitation.partnership });
            goToStep({ kind: 'intro' });
          }}
        >
          <p>{t('inventory.startAgainBody')}</p>
        </ConfirmButton>
        <ConfirmButton
          label={t('inventory.deleteAnswers')}
          title={t('inventory.deleteAnswersTitle')}
          onConfirm={() => {
            deleteSavedAnswers();
            leaveWorkshop();
            goToStep({ kind: 'intro' });
          }}
        >
          <p>{t('inventory.deleteAnswersBody')}</p>
        </ConfirmButton>
      </div>
    </section>
  );
}
