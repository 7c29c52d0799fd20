/** Save or share a result: JSON and CSV downloads, the share code and link, and print. All in the browser. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Instrument } from '../../lib/instrument';
import { siteUrl } from '../../lib/paths';
import type { ResultRecord } from '../../lib/result';
import { resultFileName } from '../../lib/result-view';
import { encodeShareCode } from '../../lib/share-code';

interface Props {
  instrument: Instrument;
  record: ResultRecord;
  base: string;
}

const TEXT = {
  codeCopied: 'The share code is copied.',
  codeNotCopied: 'Copying is not allowed here: the code is selected, press Ctrl+C (or ⌘C) to copy it.',
  copyLink: 'Copy link',
  linkCopied: 'The link is copied.',
  linkNotCopied: 'Copying is not allowed here: copy the link below from its menu (right-click or long-press).',
  printed: (date: string) => `Printed ${date}.`,
  printCode: 'Share code (answers and level, not notes):',
};

/** Today's date as a print-out shows it: "27 November 2026". */
const today = () => new Date().toLocaleDateString('en-GB', { dateStyle: 'long' });

/** The export actions for one result. */
export function ExportPanel({ instrument, record, base }: Props) {
  const codeInput = useRef<HTMLInputElement>(null);
  // What a button did is said beside the buttons, where the person is looking.
  const [status, onStatus] = useState('');
  // The print-out carries the day it is printed, which may be later than the day the page opened.
  const [printDate, setPrintDate] = useState(today);
  useEffect(() => {
    const update = () => setPrintDate(today());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  const code = encodeShareCode(instrument, record.answers, record.context.level);
  // Built from this page's own address, so the link opens where the site is served (SITE_URL is
  // for canonical and meta tags only, and may name another host).
  const link = `${siteUrl(location.href, base, 'inventory/results/')}#${code}`;
  const stamped = () => ({ ...record, createdAt: record.createdAt ?? new Date().toISOString() });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      onStatus(TEXT.codeCopied);
    } catch {
      codeInput.current?.focus();
      codeInput.current?.select();
      onStatus(TEXT.codeNotCopied);
    }
  };
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      onStatus(TEXT.linkCopied);
    } catch {
      onStatus(TEXT.linkNotCopied);
    }
  };

  return (
    <>
      <section class="results-section exports no-print" aria-labelledby="exports-heading">
        <h2 id="exports-heading">Save or share this result</h2>
        <p>Everything here happens in your browser: nothing is sent anywhere.</p>
        <div class="button-row">
          <button
            type="button"
            onClick={async () => {
              // The file writers load when first used, not with the page.
              const [{ stringifyResultFile }, { downloadText }] = await Promise.all([
                import('../../lib/result-file'),
                import('../download'),
              ]);
              const name = resultFileName(new Date(), 'json');
              downloadText(name, stringifyResultFile(instrument, stamped()), 'application/json');
              onStatus(`Downloaded ${name}.`);
            }}
          >
            Download JSON
          </button>
          <button
            type="button"
            onClick={async () => {
              const [{ resultToCsv }, { downloadText }] = await Promise.all([
                import('../../lib/csv'),
                import('../download'),
              ]);
              const name = resultFileName(new Date(), 'csv');
              downloadText(name, resultToCsv(instrument, stamped()), 'text/csv;charset=utf-8');
              onStatus(`Downloaded ${name}.`);
            }}
          >
            Download CSV
          </button>
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
        <h3>Share code</h3>
        <p>The code carries the answers and the level assessed; not the action plan or the partnership name.</p>
        <div class="share-code">
          <label for="share-code">Share code</label>
          <input id="share-code" ref={codeInput} readOnly value={code} spellcheck={false} />
          <button type="button" class="secondary" onClick={() => void copy()}>
            Copy
          </button>
          <button type="button" class="secondary" onClick={() => void copyLink()}>
            {TEXT.copyLink}
          </button>
        </div>
        <p role="status" class="status" data-testid="export-status">
          {status}
        </p>
        <p>
          <a href={link} data-testid="share-link">
            Link that opens this result
          </a>{' '}
          (the code is after the “#”, which browsers never send to a server).
        </p>
      </section>
      <p class="print-only print-meta" data-testid="print-meta">
        {TEXT.printed(printDate)} {TEXT.printCode} <span class="code">{code}</span>
      </p>
    </>
  );
}
