/**
 * Bringing results in: many result files at once (JSON or CSV, chosen or dropped), any pasted text
 * with codes or links in it (an email thread, a chat export), and scanned QR codes.
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $loaded, $progress, addCodes, addFiles, prepareCodes } from '../../stores/collection';
import { t } from '../../i18n/t';
import ScanCodes from './ScanCodes';

export default function GatherResults() {
  const progress = useStore($progress);
  const [codes, setCodes] = useState('');
  const [dragging, setDragging] = useState(false);
  const loaded = useStore($loaded);
  const busy = progress !== null;

  const onFiles = (list: FileList | null) => {
    if (list !== null && list.length > 0) void addFiles([...list]);
  };

  return (
    <section class="team-gather no-print" aria-labelledby="gather-heading">
      <h2 id="gather-heading">{t('team.gatherHeading')}</h2>
      <p>{t('team.gatherIntro')}</p>
      <div
        class={`team-drop${dragging ? ' is-dragging' : ''}`}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          onFiles(e.dataTransfer?.files ?? null);
        }}
      >
        <label for="team-files">{t('team.filesLabel')}</label>
        <input
          id="team-files"
          type="file"
          multiple
          accept=".json,application/json,.csv,text/csv"
          // Disabled until the saved collection is read (and in the server-rendered HTML, until hydration).
          disabled={!loaded}
          onChange={(e) => {
            const input = e.currentTarget;
            onFiles(input.files);
            input.value = '';
          }}
        />
      </div>
      <form
        class="team-codes"
        onSubmit={(e) => {
          e.preventDefault();
          if (busy) return;
          // Text with a refused code, or no code at all, stays so that it can be corrected.
          void addCodes(codes).then((outcomes) => {
            if (outcomes.length > 0 && outcomes.every((o) => o.status !== 'refused')) setCodes('');
          });
        }}
      >
        <label for="team-codes">{t('team.codesLabel')}</label>
        <p id="team-codes-hint" class="hint">
          {t('team.codesHint')}
        </p>
        <textarea
          id="team-codes"
          rows={6}
          aria-describedby="team-codes-hint"
          spellcheck={false}
          autocomplete="off"
          value={codes}
          onInput={(e) => {
            setCodes(e.currentTarget.value);
            prepareCodes();
          }}
        />
        {/* Not disabled while busy, so that focus stays on it; a press then does nothing. */}
        <button type="submit" disabled={!loaded} aria-disabled={busy ? 'true' : undefined}>
          {t('team.add')}
        </button>
      </form>
      <ScanCodes onCodes={(text) => void addCodes(text)} disabled={!loaded} />
      {progress !== null && (
        <p class="team-progress">
          <label for="team-progress">
            {t('team.progress', { label: progress.label, done: progress.done, total: progress.total })}
          </label>
          <progress id="team-progress" max={progress.total} value={progress.done} />
        </p>
      )}
    </section>
  );
}
