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
import { useStatusInView } from '../use-status-in-view';
import { t } from '../../i18n/t';

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
  const statusLine = useStatusInView<HTMLParagraphElement>(status);
  const labels = useMemo(() => historyLabels(instrument, entries), [instrument, entries]);
  return (
    <section class="results-section history no-print" aria-labelledby="history-heading">
      <h2 id="history-heading" tabIndex={-1}>
        {t('results.historyHeading')}
      </h2>
      <div class="checkbox">
        <input
          id="history-enabled"
          type="checkbox"
          checked={enabled}
          onChange={(e) => setHistoryEnabled(e.currentTarget.checked)}
        />
        <label for="history-enabled">{t('results.historyOptIn')}</label>
      </div>
      {!saved && (
        <p role="alert" class="warning">
          {t('results.historyNotStored')}
        </p>
      )}
      {enabled && (
        <p>
          <button type="button" onClick={() => setStatus(onSave())}>
            {t('results.historySave')}
          </button>{' '}
          {t('results.historyAutoSave')}
        </p>
      )}
      <p role="status" class="status" data-testid="history-status" ref={statusLine}>
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
                    {t('results.stopComparing')}{' '}
                    <span class="visually-hidden">{t('results.withLabel', { label })}</span>
                  </button>
                ) : (
                  <button type="button" class="secondary" onClick={() => onCompare(entry)}>
                    {t('results.compare')} <span class="visually-hidden">{t('results.withLabel', { label })}</span>
                  </button>
                )}{' '}
                <ConfirmButton
                  label={t('results.delete')}
                  opener={
                    <>
                      {t('results.delete')} <span class="visually-hidden">{label}</span>
                    </>
                  }
                  title={t('results.deleteTitle')}
                  onConfirm={() => {
                    if (comparingId === entry.id) onCompare(null);
                    deleteFromHistory(entry.id);
                    setStatus(t('results.deleted', { label }));
                    // The button goes with the entry: keep focus in the list's section.
                    document.getElementById('history-heading')?.focus();
                  }}
                >
                  <p>{t('results.deleteBody', { label })}</p>
                </ConfirmButton>
              </li>
            );
          })}
        </ul>
      )}
      {enabled && entries.length === 0 && <p>{t('results.historyNone')}</p>}
    </section>
  );
}
