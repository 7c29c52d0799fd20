/** Bringing results in: many result files at once (chosen or dropped) and many pasted codes or links. */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $loaded, $progress, addCodes, addFiles } from '../../stores/collection';
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
      <h2 id="gather-heading">Bring results together</h2>
      <p>
        Ask each person for their result file (the JSON file the results page downloads) or their share code or link.
        Each one is checked on its own: a problem with one never stops the others.
      </p>
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
        <label for="team-files">Result files (choose several at once, or drop them here)</label>
        <input
          id="team-files"
          type="file"
          multiple
          accept=".json,application/json"
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
          // Lines that were refused stay, with their line numbers, so they can be corrected.
          void addCodes(codes).then((outcomes) => {
            if (outcomes.every((o) => o.status === 'added' || o.status === 'duplicate')) setCodes('');
          });
        }}
      >
        <label for="team-codes">Share codes or links, one per line</label>
        <p id="team-codes-hint" class="hint">
          A code looks like “CL1-…”; a link ends in “#CL1-…”.
        </p>
        <textarea
          id="team-codes"
          rows={5}
          aria-describedby="team-codes-hint"
          spellcheck={false}
          autocomplete="off"
          value={codes}
          onInput={(e) => setCodes(e.currentTarget.value)}
        />
        {/* Not disabled while busy, so that focus stays on it; a press then does nothing. */}
        <button type="submit" disabled={!loaded} aria-disabled={busy ? 'true' : undefined}>
          Add
        </button>
      </form>
      <ScanCodes onCodes={(text) => void addCodes(text)} disabled={!loaded} />
      {progress !== null && (
        <p class="team-progress">
          <label for="team-progress">
            {progress.label}: {progress.done.toLocaleString('en')} of {progress.total.toLocaleString('en')}
          </label>
          <progress id="team-progress" max={progress.total} value={progress.done} />
        </p>
      )}
    </section>
  );
}
