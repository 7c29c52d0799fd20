/**
 * The collection on this device: how many results, removing one, clearing all (confirmed), and what
 * the page could not keep or read. Results are listed by number and level only, never by answers.
 */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { LEVEL_LABELS } from '../../lib/result';
import { ConfirmButton } from '../ConfirmDialog';
import { $collection, $keptApart, $storage, clearCollection, removeResult } from '../../stores/collection';

const PAGE = 50;

export default function CollectionManager() {
  const collection = useStore($collection);
  const keptApart = useStore($keptApart);
  const storage = useStore($storage);
  const [shown, setShown] = useState(PAGE);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const remove = (code: string) => {
    removeResult(code);
    headingRef.current?.focus();
  };

  return (
    <section class="team-collection no-print" aria-labelledby="collection-heading">
      <h2 id="collection-heading" tabIndex={-1} ref={headingRef}>
        Your collection: {collection.length.toLocaleString('en')} {collection.length === 1 ? 'result' : 'results'}
      </h2>
      <p>
        {storage.kept
          ? 'The collection is kept in this browser on this device only (as share codes: answers and level, no file names), until you clear it.'
          : 'The collection is not being kept in this browser.'}
      </p>
      {storage.notice !== null && (
        <p class="team-notice" role="alert">
          {storage.notice}
        </p>
      )}
      {keptApart.length > 0 && (
        <p class="team-notice">
          {keptApart.length} saved {keptApart.length === 1 ? 'result was' : 'results were'} made with another version of
          the inventory ({[...new Set(keptApart.map((k) => k.version ?? 'unknown'))].join(', ')}). They are kept, but
          left out of every figure.
        </p>
      )}
      {(collection.length > 0 || keptApart.length > 0) && (
        <>
          <details class="team-results">
            <summary>Show the results to remove one</summary>
            <ol>
              {collection.slice(0, shown).map((entry, i) => (
                <li key={entry.code}>
                  <span>
                    Result {i + 1} · {entry.level === undefined ? 'level not stated' : LEVEL_LABELS[entry.level]}
                  </span>{' '}
                  <button
                    type="button"
                    class="secondary"
                    aria-label={`Remove result ${i + 1}`}
                    onClick={() => remove(entry.code)}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ol>
            {collection.length > shown && (
              <button type="button" class="secondary" onClick={() => setShown(shown + PAGE)}>
                Show {Math.min(PAGE, collection.length - shown)} more
              </button>
            )}
          </details>
          <ConfirmButton
            label="Clear the collection"
            title="Clear the collection?"
            onConfirm={() => {
              clearCollection();
              headingRef.current?.focus();
            }}
          >
            <p>
              All {(collection.length + keptApart.length).toLocaleString('en')} results are removed from this browser.
              This cannot be undone.
            </p>
          </ConfirmButton>
        </>
      )}
    </section>
  );
}
