/**
 * The list of results to remove one from, by number and level only (never by answers), loaded when
 * the facilitator first opens it. A removal can be undone: the entries are anonymous, so a slip
 * would otherwise need the participant's code again.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { $collection, removeResult } from '../../stores/collection';
import { levelLabel, levelLabelInSentence } from './levels';

const PAGE = 50;

/** `onRemoved` is called after each removal and undo (the page moves the focus to the collection's count). */
export default function ResultList({ onRemoved }: { onRemoved: () => void }) {
  const collection = useStore($collection);
  const [shown, setShown] = useState(PAGE);
  const [removed, setRemoved] = useState<{ number: number; undo: () => void } | null>(null);
  return (
    <>
      {removed !== null && (
        <p class="team-removed">
          <span role="status">{t('team.removedResult', { number: removed.number })}</span>{' '}
          <button
            type="button"
            class="secondary"
            aria-label={t('team.undoRemoveLabel', { number: removed.number })}
            onClick={() => {
              removed.undo();
              setRemoved(null);
              // The button goes: the focus goes to the count, which says the result is back.
              onRemoved();
            }}
          >
            {t('team.undoRemove')}
          </button>
        </p>
      )}
      <ol>
        {collection.slice(0, shown).map((entry, i) => (
          <li key={entry.code}>
            <span>
              {t('team.resultEntry', {
                number: i + 1,
                level: entry.level === undefined ? levelLabelInSentence('not-stated') : levelLabel(entry.level),
              })}
            </span>{' '}
            <button
              type="button"
              class="secondary"
              aria-label={t('team.removeResult', { number: i + 1 })}
              onClick={() => {
                setRemoved({ number: i + 1, undo: removeResult(entry.code) });
                onRemoved();
              }}
            >
              {t('team.remove')}
            </button>
          </li>
        ))}
      </ol>
      {collection.length > shown && (
        <button type="button" class="secondary" onClick={() => setShown(shown + PAGE)}>
          {t('team.showMore', { count: Math.min(PAGE, collection.length - shown) })}
        </button>
      )}
    </>
  );
}
