/** Save or share a result: JSON and CSV downloads, the share code and link, and print. All in the browser. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Instrument } from '../../lib/instrument';
import { siteUrl } from '../../lib/paths';
import type { ResultRecord } from '../../lib/result';
import { resultFileName } from '../../lib/result-view';
import { encodeShareCode } from '../../lib/share-code';
import { t, tParts } from '../../i18n/t';
import { longDate } from '../long-date';
import { memo } from '../memo';
import { useStatusInView } from '../use-status-in-view';

interface Props {
  instrument: Instrument;
  record: ResultRecord;
  base: string;
}

/** Today's date as a print-out shows it: "27 November 2026". */
const today = () => longDate(new Date());

/** The export actions for one result; rendered again only when the result shown changes. */
export const ExportPanel = memo(function ExportPanel({ instrument, record, base }: Props) {
  const codeInput = useRef<HTMLInputElement>(null);
  // What a button did is said beside the buttons, where the person is looking.
  const [status, onStatus] = useState('');
  const statusLine = useStatusInView<HTMLParagraphElement>(status);
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
      onStatus(t('results.codeCopied'));
    } catch {
      codeInput.current?.focus();
      codeInput.current?.select();
      onStatus(t('results.codeNotCopied'));
    }
  };
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      onStatus(t('results.linkCopied'));
    } catch {
      onStatus(t('results.linkNotCopied'));
    }
  };

  return (
    <>
      <section class="results-section exports no-print" aria-labelledby="exports-heading">
        <h2 id="exports-heading">{t('results.exportsHeading')}</h2>
        <p>{t('results.exportsIntro')}</p>
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
              onStatus(t('results.downloaded', { name }));
            }}
          >
            {t('results.downloadJson')}
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
              onStatus(t('results.downloaded', { name }));
            }}
          >
            {t('results.downloadCsv')}
          </button>
          <button type="button" onClick={() => window.print()}>
            {t('results.print')}
          </button>
        </div>
        <h3>{t('results.shareCode')}</h3>
        <p>{t('results.shareCodeIntro')}</p>
        <div class="share-code">
          <label for="share-code">{t('results.shareCode')}</label>
          <input id="share-code" ref={codeInput} readOnly value={code} spellcheck={false} />
          <button type="button" class="secondary" onClick={() => void copy()}>
            {t('results.copy')}
          </button>
          <button type="button" class="secondary" onClick={() => void copyLink()}>
            {t('results.copyLink')}
          </button>
        </div>
        <p role="status" class="status" data-testid="export-status" ref={statusLine}>
          {status}
        </p>
        <p>
          {tParts('results.shareLinkNote', {
            link: (
              <a href={link} data-testid="share-link">
                {t('results.shareLink')}
              </a>
            ),
          })}
        </p>
      </section>
      <p class="print-only print-meta" data-testid="print-meta">
        {tParts('results.printMeta', { date: printDate, code: <span class="code">{code}</span> })}
      </p>
    </>
  );
});
