/**
 * The collection on this device: how many results, removing one, clearing all (confirmed), and what
 * the page could not keep or read. Results are listed by number and level only, never by answers.
 */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { ConfirmButton } from '../ConfirmDialog';
import { $collection, $keptApart, $storage, clearCollection, removeResult } from '../../stores/collection';
import { levelLabel, levelLabelInSentence } from './levels';

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
        {t('team.collectionHeading', { count: collection.length })}
      </h2>
      <p>{storage.kept ? t('team.collectionKept') : t('team.collectionNotKept')}</p>
      {storage.notice !== null && (
        <p class="team-notice" role="alert">
          {storage.notice}
        </p>
      )}
      {keptApart.length > 0 && (
        <p class="team-notice">
          {t('team.keptApartNotice', {
            count: keptApart.length,
            versions: [...new Set(keptApart.map((k) => k.version ?? t('team.versionUnknown')))].join(
              t('team.listSeparator'),
            ),
          })}
        </p>
      )}
      {(collection.length > 0 || keptApart.length > 0) && (
        <>
          <details class="team-results">
            <summary>{t('team.showResultsToRemove')}</summary>
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
                    onClick={() => remove(entry.code)}
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
          </details>
          <ConfirmButton
            label={t('team.clearCollection')}
            title={t('team.clearCollectionTitle')}
            onConfirm={() => {
              clearCollection();
              headingRef.current?.focus();
            }}
          >
            <p>{t('team.clearCollectionBody', { count: collection.length + keptApart.length })}</p>
          </ConfirmButton>
        </>
      )}
    </section>
  );
}
