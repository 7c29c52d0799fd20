/**
 * Where the workshop manager and the invitation go. Their code (forms, invitation encoder) loads
 * right after the page rather than with it, so that the page's first load stays small; the
 * gathering and the figures below never wait for it.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { yieldToBrowser } from '../../lib/yield-to-browser';

type Parts = { Manager: ComponentType; Invitation: ComponentType };

/** Both parts come in one chunk: `workshop-ui.ts`. `onSettled` is called once they are in place, or have failed. */
export default function WorkshopSection({ onSettled }: { onSettled?: () => void }) {
  const [parts, setParts] = useState<Parts | null | 'failed'>(null);
  useEffect(() => {
    // In a task of its own, as a lazily loaded part asks (`loadOnce`).
    yieldToBrowser()
      .then(() => import('./workshop-ui'))
      .then(
        (m) => setParts({ Manager: m.WorkshopManager, Invitation: m.InvitationPanel }),
        () => setParts('failed'),
      );
  }, []);
  useEffect(() => {
    if (parts !== null) onSettled?.();
  }, [parts]);
  if (parts === 'failed') {
    return (
      <p class="team-notice" role="alert">
        {t('team.workshopToolsFailed')}
      </p>
    );
  }
  if (parts === null) return null;
  return (
    <>
      <parts.Manager />
      <parts.Invitation />
    </>
  );
}
