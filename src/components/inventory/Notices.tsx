/**
 * A polite live region that says when answers will not be kept, what could not be restored, and
 * which stored values could not be read (and where they are backed up). Used by the inventory and
 * the results page.
 */
import { useStore } from '@nanostores/preact';
import { t, type MessageKey } from '../../i18n/t';
import { $notices, dismissNotice } from '../../stores/notices';
import { $storageNotices, $storageStatus } from '../../stores/storage';

const STORAGE_MESSAGES = {
  unavailable: 'inventory.storageUnavailable',
  full: 'inventory.storageFull',
} as const satisfies Record<string, MessageKey>;

interface Props {
  /**
   * What to say about storage instead of the inventory's own sentences: a string (when storage
   * is not keeping data, or for any other reason the page decides), or null for nothing.
   */
  storageMessage?: string | null;
}

/** Always in the page, so that screen readers announce what appears in it. */
export function Notices({ storageMessage }: Props) {
  // Rendered on the server (the build) there is no browser storage to speak of, only a missing
  // one: whether this browser keeps data is for the browser to say, once the island has hydrated.
  const seen = useStore($storageStatus);
  const status = typeof window === 'undefined' ? 'ok' : seen;
  const notices = useStore($notices);
  const unreadable = useStore($storageNotices);
  const storage =
    storageMessage === undefined ? (status === 'ok' ? null : t(STORAGE_MESSAGES[status])) : storageMessage;
  return (
    <div class="notices" role="status" aria-live="polite">
      {storage !== null && (
        <div class="notice" data-notice="storage">
          <p>{storage}</p>
        </div>
      )}
      {unreadable.map((n) => (
        <div class="notice" key={n.key} data-notice={`unreadable:${n.key}`}>
          <p>{n.message}</p>
        </div>
      ))}
      {notices.map((n) => (
        <div class="notice" key={n.id} data-notice={n.id}>
          {n.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          <button type="button" class="link-button" onClick={() => dismissNotice(n.id)}>
            {t('inventory.dismissNotice')}
          </button>
        </div>
      ))}
    </div>
  );
}
