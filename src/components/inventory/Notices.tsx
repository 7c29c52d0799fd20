/** A polite live region that says when answers will not be kept, or what could not be restored. */
import { useStore } from '@nanostores/preact';
import { $notices, dismissNotice } from '../../stores/notices';
import { $storageStatus } from '../../stores/storage';

const STORAGE_MESSAGES = {
  unavailable:
    'This browser is not letting the site keep data, so your answers will not be kept: they will be lost when you close or reload this page. You can still finish the inventory and see your scores.',
  full: 'This browser’s storage is full, so your answers will not be kept: they will be lost when you close or reload this page. You can still finish the inventory and see your scores.',
} as const;

/** Always in the page, so that screen readers announce what appears in it. */
export function Notices() {
  const status = useStore($storageStatus);
  const notices = useStore($notices);
  return (
    <div class="notices" role="status" aria-live="polite">
      {status !== 'ok' && (
        <div class="notice" data-notice="storage">
          <p>{STORAGE_MESSAGES[status]}</p>
        </div>
      )}
      {notices.map((n) => (
        <div class="notice" key={n.id} data-notice={n.id}>
          {n.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          <button type="button" class="link-button" onClick={() => dismissNotice(n.id)}>
            Dismiss this message
          </button>
        </div>
      ))}
    </div>
  );
}
