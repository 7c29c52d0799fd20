/**
 * The results view: the person's own result, or one they opened (file, code, link) for viewing.
 * Whatever is opened is checked first; a refusal is announced and changes nothing else.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { resultFromCsv } from '../../lib/csv';
import type { Instrument } from '../../lib/instrument';
import { withBase } from '../../lib/paths';
import type { Parsed, ResultRecord } from '../../lib/result';
import { MAX_RESULT_FILE_BYTES, parseResultFile } from '../../lib/result-file';
import { isComplete, isShareFragment, shareCodeFromInput } from '../../lib/result-view';
import { scoreAnswers } from '../../lib/scoring';
import { decodeShareCode } from '../../lib/share-code';
import { $historyEnabled, connectHistory, saveToHistory, type HistoryEntry } from '../../stores/history';
import { $plan, $planSaved, connectPlan, setPlan } from '../../stores/plan';
import { ExportPanel } from './ExportPanel';
import { HistoryPanel, savedLabel } from './HistoryPanel';
import { ImportPanel } from './ImportPanel';
import { $ownAnswers, $ownContext, connectOwnResult, replaceOwnAnswers } from './own-result';
import { Report } from './Report';

interface Props {
  instrument: Instrument;
  /** import.meta.env.BASE_URL */
  base: string;
}

type Viewed = { kind: 'own' } | { kind: 'other'; record: ResultRecord; source: string };

/** Announced when a result is opened; the "viewing" box says the same on screen. */
const showingMessage = (source: string) => `Showing the result from ${source}. Your own answers are unchanged.`;

const VERSION_HINT = ' Open it on the site where it was made, or take the inventory again here.';
const explain = (refusal: { code: string; message: string }) =>
  refusal.message + (refusal.code === 'other-instrument-version' || refusal.code === 'other-scale' ? VERSION_HINT : '');

/** The results island. */
export function ResultsApp({ instrument, base }: Props) {
  useState(() => {
    connectOwnResult(instrument);
    connectHistory(instrument);
    connectPlan(instrument.dimensions.map((d) => d.id));
  });
  const ownAnswers = useStore($ownAnswers);
  const ownContext = useStore($ownContext);
  const plan = useStore($plan);
  const planSaved = useStore($planSaved);
  const historyEnabled = useStore($historyEnabled);
  const [viewed, setViewed] = useState<Viewed>({ kind: 'own' });
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [comparing, setComparing] = useState<HistoryEntry | null>(null);

  const own: ResultRecord = {
    instrument: { id: instrument.id, version: instrument.version },
    context: ownContext,
    answers: ownAnswers,
    plan,
  };
  const record = viewed.kind === 'own' ? own : viewed.record;
  const scores = useMemo(() => scoreAnswers(instrument, record.answers), [instrument, record.answers]);
  const hasAnswers = Object.keys(record.answers).length > 0;
  const comparison = useMemo(
    () =>
      comparing === null
        ? null
        : { label: `the result saved ${savedLabel(comparing)}`, scores: scoreAnswers(instrument, comparing.answers) },
    [comparing, instrument],
  );

  const show = (parsed: Parsed<ResultRecord>, source: string, failure: string) => {
    if (!parsed.ok) {
      setError(`${failure} ${explain(parsed)}`);
      return;
    }
    setError('');
    setViewed({ kind: 'other', record: parsed.value, source });
    setStatus(showingMessage(source));
  };

  const openCode = (text: string, source: string) => {
    const decoded = decodeShareCode(instrument, shareCodeFromInput(text));
    const parsed: Parsed<ResultRecord> = decoded.ok
      ? {
          ok: true,
          value: {
            instrument: { id: instrument.id, version: instrument.version },
            context: decoded.value.level === undefined ? {} : { level: decoded.value.level },
            answers: decoded.value.answers,
            plan: {},
          },
        }
      : decoded;
    show(parsed, source, 'That share code could not be opened.');
  };

  const openFile = async (file: File) => {
    const failure = `“${file.name.slice(0, 80)}” could not be opened.`;
    if (file.size > MAX_RESULT_FILE_BYTES) {
      setError(
        `${failure} It is ${(file.size / 1_000_000).toFixed(1)} MB; a result file is a few kilobytes, and files over 1 MB are not read.`,
      );
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError(`${failure} The browser could not read it.`);
      return;
    }
    const isCsv = /\.csv$/i.test(file.name) || text.replace(/^\uFEFF/, '').startsWith('type,');
    show(
      isCsv ? resultFromCsv(text, instrument) : parseResultFile(text, instrument),
      `the file “${file.name.slice(0, 80)}”`,
      failure,
    );
  };

  useEffect(() => {
    const onHash = () => {
      if (isShareFragment(location.hash)) openCode(location.hash, 'the link');
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // Completed results of one's own are kept automatically once the person has opted in.
  useEffect(() => {
    if (historyEnabled && isComplete(instrument, ownAnswers)) {
      saveToHistory({ answers: ownAnswers, context: ownContext, plan });
    }
  }, [historyEnabled, ownAnswers, ownContext]);

  const backToOwn = () => {
    setViewed({ kind: 'own' });
    setError('');
    if (isShareFragment(location.hash)) window.history.replaceState(null, '', location.pathname + location.search);
    setStatus('Showing your own result.');
  };

  const makeOwn = () => {
    if (viewed.kind !== 'other') return;
    const message = 'Replace your own answers with the answers of this result? Your current answers will be lost.';
    if (!window.confirm(message)) return;
    if (!replaceOwnAnswers(viewed.record.answers, viewed.record.context)) {
      setError('This browser could not store the answers (its storage is full or turned off). Nothing was changed.');
      return;
    }
    backToOwn();
    setStatus('These answers are now your own.');
  };

  // Screen readers still hear it; on screen the "viewing" box already says it.
  const statusRepeatsBox = viewed.kind === 'other' && status === showingMessage(viewed.source);

  return (
    <div class="results-app">
      <div role="alert" class="import-error" data-testid="import-error">
        {error}
      </div>
      <p role="status" class={statusRepeatsBox ? 'status visually-hidden' : 'status'} data-testid="status">
        {status}
      </p>
      {viewed.kind === 'other' && (
        <div class="viewing no-print" data-testid="viewing">
          <p>You are viewing the result from {viewed.source}. Your own answers are unchanged.</p>
          <div class="button-row">
            <button type="button" class="secondary" onClick={backToOwn}>
              Back to my own result
            </button>
            <button type="button" class="secondary" onClick={makeOwn}>
              Make this my own answers
            </button>
          </div>
        </div>
      )}
      {hasAnswers ? (
        <>
          <Report
            instrument={instrument}
            record={record}
            scores={scores}
            base={base}
            label={viewed.kind === 'own' ? 'Your result' : 'This result'}
            onPlan={viewed.kind === 'own' ? setPlan : undefined}
            planSaved={planSaved}
            compare={comparison}
          />
          <ExportPanel instrument={instrument} record={record} base={base} onStatus={setStatus} />
        </>
      ) : (
        <section class="results-section" aria-labelledby="empty-heading" data-testid="empty">
          <h2 id="empty-heading">No answers yet</h2>
          <p>
            {viewed.kind === 'own'
              ? 'You have not answered any questions of the inventory yet.'
              : 'This result has no answers.'}{' '}
            <a href={withBase(base, 'inventory/')}>Take the inventory</a> to see your results here.
          </p>
        </section>
      )}
      <ImportPanel onFile={(file) => void openFile(file)} onCode={(text) => openCode(text, 'the share code')} />
      <HistoryPanel
        comparingId={comparing?.id ?? null}
        onCompare={setComparing}
        onStatus={setStatus}
        onSave={() => {
          if (!hasAnswers) {
            setStatus('There is nothing to save: this result has no answers.');
            return;
          }
          const entry = saveToHistory({ answers: record.answers, context: record.context, plan: record.plan });
          setStatus(entry === null ? 'This result is already saved.' : `Saved this result (${savedLabel(entry)}).`);
        }}
      />
    </div>
  );
}
