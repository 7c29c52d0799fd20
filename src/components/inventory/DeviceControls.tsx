/** "Start again" and "Delete my answers from this device", each confirmed first. */
import { deleteSavedAnswers, resetAnswers, setContext } from '../../stores/answers';
import { $invitation, leaveWorkshop } from '../../stores/invitation';
import { goToStep } from '../../stores/step';
import { ConfirmButton } from '../ConfirmDialog';

/** The two ways to discard answers, each behind a confirmation dialog. */
export function DeviceControls() {
  return (
    <section class="device-controls" aria-labelledby="device-controls-heading">
      <h2 id="device-controls-heading">Your answers on this device</h2>
      <div class="step-buttons">
        <ConfirmButton
          label="Start again"
          title="Start again?"
          onConfirm={() => {
            resetAnswers();
            // Still for the same workshop: its level and partnership are filled in again.
            const invitation = $invitation.get();
            if (invitation !== null) setContext({ level: invitation.level, partnership: invitation.partnership });
            goToStep({ kind: 'intro' });
          }}
        >
          <p>This clears every answer you have given, and what you said you assess. It cannot be undone.</p>
        </ConfirmButton>
        <ConfirmButton
          label="Delete my answers from this device"
          title="Delete your answers from this device?"
          onConfirm={() => {
            deleteSavedAnswers();
            leaveWorkshop();
            goToStep({ kind: 'intro' });
          }}
        >
          <p>
            This removes your answers, what you said you assess, the workshop you were invited to and any backup of them
            from this browser’s storage. It cannot be undone.
          </p>
        </ConfirmButton>
      </div>
    </section>
  );
}
