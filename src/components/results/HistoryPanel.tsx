/** Results kept on this device, by choice: opt in, save, compare with an earlier one, delete. */
import { useStore } from '@nanostores/preact';
import {
  $history,
  $historyEnabled,
  $historySaved,
  deleteFromHistory,
  setHistoryEnabled,
  type HistoryEntry,
} from '../../stores/history';

interface Props {
  onSave: () => void;
  comparingId: string | null;
  onCompare: (entry: HistoryEntry | null) => void;
  onStatus: (message: string) => void;
}

/** "26 Nov 2026, 18:20:05" for a saved result. */
export function savedLabel(entry: HistoryEntry): string {
  return new Date(entry.savedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}

/** The history controls and list. */
export function HistoryPanel({ onSave, comparingId, onCompare, onStatus }: Props) {
  const enabled = useStore($historyEnabled);
  const entries = useStore($history);
  const saved = useStore($historySaved);
  return (
    <section class="results-section history no-print" aria-labelledby="history-heading">
      <h2 id="history-heading">Your earlier results</h2>
      <div class="checkbox">
        <input
          id="history-enabled"
          type="checkbox"
          checked={enabled}
          onChange={(e) => setHistoryEnabled(e.currentTarget.checked)}
        />
        <label for="history-enabled">Keep my results in this browser, to compare them later</label>
      </div>
      {!saved && (
        <p role="alert" class="warning">
          This browser could not store your results (its storage is full or turned off).
        </p>
      )}
      {enabled && (
        <p>
          <button type="button" onClick={onSave}>
            Save this result
          </button>{' '}
          Completed results of your own are saved when you open this page.
        </p>
      )}
      {entries.length > 0 && (
        <ul class="history-list">
          {[...entries].reverse().map((entry) => (
            <li key={entry.id}>
              <span>Saved {savedLabel(entry)}</span>{' '}
              {comparingId === entry.id ? (
                <button type="button" class="secondary" onClick={() => onCompare(null)}>
                  Stop comparing <span class="visually-hidden">with the result saved {savedLabel(entry)}</span>
                </button>
              ) : (
                <button type="button" class="secondary" onClick={() => onCompare(entry)}>
                  Compare <span class="visually-hidden">with the result saved {savedLabel(entry)}</span>
                </button>
              )}{' '}
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  if (!window.confirm(`Delete the result saved ${savedLabel(entry)}? This cannot be undone.`)) return;
                  if (comparingId === entry.id) onCompare(null);
                  deleteFromHistory(entry.id);
                  onStatus(`Deleted the result saved ${savedLabel(entry)}.`);
                }}
              >
                Delete <span class="visually-hidden">the result saved {savedLabel(entry)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {enabled && entries.length === 0 && <p>No results saved yet.</p>}
    </section>
  );
}
