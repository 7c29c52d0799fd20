/** Open a result someone brought: a JSON (or CSV) file, by picking or dropping it, or a share code or link. */
import { useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { describeFileLimit } from '../../lib/file-limits';

interface Props {
  onFile: (file: File) => void;
  /** Several files were dropped at once: the page says why none was opened. */
  onSeveralFiles: (count: number) => void;
  onCode: (text: string) => void;
}

/** The import controls; checking what comes in is the caller's job. */
export function ImportPanel({ onFile, onSeveralFiles, onCode }: Props) {
  const [code, setCode] = useState('');
  const [dragging, setDragging] = useState(false);
  return (
    <section class="results-section import no-print" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('results.importHeading')}</h2>
      <p>{t('results.importIntro', { limit: describeFileLimit() })}</p>
      <div
        class={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const files = e.dataTransfer?.files;
          if (files && files.length > 1) onSeveralFiles(files.length);
          else if (files?.[0]) onFile(files[0]);
        }}
      >
        <label for="result-file">{t('results.importFile')}</label>
        <input
          id="result-file"
          type="file"
          accept=".json,application/json,.csv,text/csv"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <form
        class="share-code"
        onSubmit={(e) => {
          e.preventDefault();
          onCode(code);
        }}
      >
        <label for="paste-code">{t('results.importCode')}</label>
        <input
          id="paste-code"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
          spellcheck={false}
          autocomplete="off"
        />
        <button type="submit">{t('results.importOpen')}</button>
      </form>
    </section>
  );
}
