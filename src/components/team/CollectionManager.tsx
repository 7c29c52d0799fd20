/**
 * The collection on this device: how many results, removing one, clearing all (confirmed), and what
 * the page could not keep or read. Results are listed by number and level only, never by answers.
 */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { ConfirmButton } from '../ConfirmDialog';
import { $collection, $keptApart, $storage, clearCollection } from '../../stores/collection';
import { useLazyComponent } from '../use-lazy-component';
import { $activeId } from '../../stores/workshops';

const loadResultList = () => import('./ResultList');

/** The list of results, once its code has come (it loads when the list is first opened). */
function LazyResultList({ onRemoved }: { onRemoved: () => void }) {
  const { Loaded, failed } = useLazyComponent(loadResultList);
  if (failed) return <p role="alert">{t('team.listFailed')}</p>;
  return Loaded && <Loaded onRemoved={onRemoved} />;
}

export default function CollectionManager() {
  const collection = useStore($collection);
  const keptApart = useStore($keptApart);
  const storage = useStore($storage);
  const workshop = useStore($activeId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => headingRef.current?.focus();
  // The list of results to remove one from loads when it is first opened, not with the page.
  const [opened, setOpened] = useState(false);

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
      {/* Once opened, the list stays while the collection is empty too: the last result removed can be put back. */}
      {(collection.length > 0 || keptApart.length > 0 || opened) && (
        <details class="team-results" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
          <summary>{t('team.showResultsToRemove')}</summary>
          {/* A new list for each workshop: an Undo never puts one workshop's result into another. */}
          {opened && <LazyResultList key={workshop} onRemoved={focusHeading} />}
        </details>
      )}
      {(collection.length > 0 || keptApart.length > 0) && (
        <ConfirmButton
          label={t('team.clearCollection')}
          title={t('team.clearCollectionTitle')}
          onConfirm={() => {
            clearCollection();
            // Nothing to put back after clearing: the list goes with the collection.
            setOpened(false);
            focusHeading();
          }}
        >
          <p>{t('team.clearCollectionBody', { count: collection.length + keptApart.length })}</p>
        </ConfirmButton>
      )}
    </section>
  );
}
