/** Results kept on this device, by choice: opt in, save, compare with an earlier one, delete. */
import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import type { Instrument } from '../../lib/instrument';
import { historyLabel } from '../../lib/result-view';
import { scoreAnswers } from '../../lib/scoring';
import {
  $history,
  $historyEnabled,
  $historySaved,
  deleteFromHistory,
  setHistoryEnabled,
  type HistoryEntry,
} from '../../stores/history';
import { ConfirmButton } from '../ConfirmDialog';

const TEXT = {
  heading: 'Your earlier results',
  optIn: 'Keep my results in this browser, to compare them later',
  notStored: 'This browser could not store your results (its storage is full or turned off).',
  save: 'Save this result',
  autoSave: 'Completed results of your own are saved when you open this page.',
  none: 'No results saved yet.',
  compare: 'Compare',
  stopComparing: 'Stop comparing',
  delete: 'Delete',
  deleteTitle: 'Delete this saved result?',
  deleteBody: (label: string) => `${label}. It is removed from this browser; this cannot be undone.`,
  deleted: (label: string) => `Deleted ${label}.`,
};

interface Props {
  instrument: Instrument;
  /** Save the result shown; returns what happened, said beside the button. */
  onSave: () => string;
  comparingId: string | null;
  onCompare: (entry: HistoryEntry | null) => void;
}

/** Each saved result's label, by id: numbered in the order saved, with its overall score. */
export function historyLabels(instrument: Instrument, entries: readonly HistoryEntry[]): Map<string, string> {
  return new Map(
    entries.map((entry, i) => {
      const overall = scoreAnswers(instrument, entry.answers).overall;
      return [entry.id, historyLabel(i + 1, entry.savedAt, overall, entry.context.partnership)];
    }),
  );
}

/** The history controls and list; what they did is said here, beside them. */
export function HistoryPanel({ instrument, onSave, comparingId, onCompare }: Props) {
  const enabled = useStore($historyEnabled);
  const entries = useStore($history);
  const saved = useStore($historySaved);
  const [status, setStatus] = useState('');
  const labels = useMemo(() => historyLabels(instrument, entries), [instrument, entries]);
  return (
    <section class="results-section history no-print" aria-labelledby="history-heading">
      <h2 id="history-heading" tabIndex={-1}>
        {TEXT.heading}
      </h2>
      <div class="checkbox">
        <input
          id="history-enabled"
          type="checkbox"
          checked={enabled}
          onChange={(e) => setHistoryEnabled(e.currentTarget.checked)}
        />
        <label for="history-enabled">{TEXT.optIn}</label>
      </div>
      {!saved && (
        <p role="alert" class="warning">
          {TEXT.notStored}
        </p>
      )}
      {enabled && (
        <p>
          <button type="button" onClick={() => setStatus(onSave())}>
            {TEXT.save}
          </button>{' '}
          {TEXT.autoSave}
        </p>
      )}
      <p role="status" class="status" data-testid="history-status">
        {status}
      </p>
      {entries.length > 0 && (
        <ul class="history-list">
          {[...entries].reverse().map((entry) => {
            const label = labels.get(entry.id) ?? '';
            return (
              <li key={entry.id}>
                <span class="history-label">{label}</span>{' '}
                {comparingId === entry.id ? (
                  <button type="button" class="secondary" onClick={() => onCompare(null)}>
                    {TEXT.stopComparing} <span class="visually-hidden">with {label}</span>
                  </button>
                ) : (
                  <button type="button" class="secondary" onClick={() => onCompare(entry)}>
                    {TEXT.compare} <span class="visually-hidden">with {label}</span>
                  </button>
                )}{' '}
                <ConfirmButton
                  label={TEXT.delete}
                  opener={
                    <>
                      {TEXT.delete} <span class="visually-hidden">{label}</span>
                    </>
                  }
                  title={TEXT.deleteTitle}
                  onConfirm={() => {
                    if (comparingId === entry.id) onCompare(null);
                    deleteFromHistory(entry.id);
                    setStatus(TEXT.deleted(label));
                    // The button goes with the entry: keep focus in the list's section.
                    document.getElementById('history-heading')?.focus();
                  }}
                >
                  <p>{TEXT.deleteBody(label)}</p>
                </ConfirmButton>
              </li>
            );
          })}
        </ul>
      )}
      {enabled && entries.length === 0 && <p>{TEXT.none}</p>}
    </section>
  );
}
