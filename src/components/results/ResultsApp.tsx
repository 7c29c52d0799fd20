/**
 * The results view: the person's own result, or one they opened (file, code, link) for viewing.
 * Whatever is opened is checked first; a refusal is announced and changes nothing else.
 */
import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Instrument } from '../../lib/instrument';
import { withBase } from '../../lib/paths';
import type { Parsed, ResultRecord } from '../../lib/result';
import { isComplete, isShareFragment, sameResult, shareCodeFromInput, unsavedCode } from '../../lib/result-view';
import { scoreAnswers } from '../../lib/scoring';
import { decodeShareCode } from '../../lib/share-code';
import { $history, $historyEnabled, connectHistory, saveToHistory, type HistoryEntry } from '../../stores/history';
import { $invitation, loadInvitation } from '../../stores/invitation';
import { $plan, $planSaved } from '../../stores/plan-state';
import type { ActionPlan } from '../../lib/action-plan';
import { ConfirmButton } from '../ConfirmDialog';
import { $storageStatus, type StorageStatus } from '../../stores/storage';
import { Notices } from '../inventory/Notices';
import { LazyReturnResult } from '../inventory/LazyReturnResult';
import { ExportPanel } from './ExportPanel';
import { HistoryPanel, historyLabels } from './HistoryPanel';
import { ImportPanel } from './ImportPanel';
import { $ownAnswers, $ownContext, connectOwnResult, replaceOwnAnswers, takeUnsavedAnswers } from './own-result';
import { Report } from './Report';
import { useStages } from '../use-stages';
import { useLoadsSettled } from '../use-loads-settled';
import { loadPlanEditor } from '../plan/LazyPlanEditor';
import { t, tParts, type MessageKey } from '../../i18n/t';

interface Props {
  instrument: Instrument;
  /** import.meta.env.BASE_URL */
  base: string;
}

type Viewed = { kind: 'own' } | { kind: 'other'; record: ResultRecord; source: string };

/** Announced when a result is opened; the "viewing" box says the same on screen. */
const showingMessage = (source: string) => t('results.showing', { source });

type Fault = Exclude<StorageStatus, 'ok'>;
/** Storage not keeping data: the answers shown are the ones last saved, or none. */
const NOT_KEPT = { full: 'results.notKeptFull', unavailable: 'results.notKeptUnavailable' } as const;
/** The inventory handed over answers it could not keep. */
const HANDED_OVER = { full: 'results.handedOverFull', unavailable: 'results.handedOverUnavailable' } as const;
/**
 * "Make this my own answers" when storage will not keep them: full, turned off, or ('ok') a saved
 * value that could be neither read nor backed up.
 */
const MADE_OWN_NOT_KEPT = {
  full: 'results.madeOwnFull',
  unavailable: 'results.madeOwnUnavailable',
  ok: 'results.madeOwnOk',
} as const satisfies Record<StorageStatus, MessageKey>;

/** Why something could not be opened; for another version or scale, with what the person can do. */
const explain = (refusal: { code: string; message: string }) =>
  refusal.code === 'other-instrument-version' || refusal.code === 'other-scale'
    ? t('results.versionHint', { reason: refusal.message })
    : refusal.message;

/** The result a share code holds, or why it cannot be opened. */
function recordFromCode(instrument: Instrument, text: string): Parsed<ResultRecord> {
  const decoded = decodeShareCode(instrument, shareCodeFromInput(text));
  return decoded.ok
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
}

/**
 * What the page shows first: the result of a share link in the address, decoded before the first
 * render so that the page is drawn once (not the own result, then the linked one, shifting).
 */
function initialView(instrument: Instrument): Viewed {
  if (typeof location === 'undefined' || !isShareFragment(location.hash)) return { kind: 'own' };
  const parsed = recordFromCode(instrument, location.hash);
  return parsed.ok ? { kind: 'other', record: parsed.value, source: t('results.fromLink') } : { kind: 'own' };
}

/**
 * The first render is spread over tasks, each drawn before the next starts: the summary and scores
 * first, then strengths and development areas, then the plan, export and chart, then the import
 * panel, then the history panel (`STAGES`, the last). No task holds the main thread for the whole
 * page (a phone's browser stays responsive while the report appears, top first). A page with
 * nothing to show yet starts at the import panel's stage, its "nothing yet" section drawn first.
 */
const PLAN_STAGE = 2;
const IMPORT_STAGE = 3;
const STAGES = 4;
/** The code the plan's stage waits for (the plan editor's), and none. */
const PLAN_CODE = [loadPlanEditor];
const NO_CODE: typeof PLAN_CODE = [];

/** The results island. */
export function ResultsApp({ instrument, base }: Props) {
  useState(() => {
    connectOwnResult(instrument);
    connectHistory(instrument);
  });
  // The plan's store (and its validation) loads right after the page, with the plan editor, and
  // reads the plan kept on this device. The plan is shown (and so can be changed) only after that:
  // an edit made from the empty plan shown before would replace the kept one.
  const planStore = useRef<Promise<typeof import('../../stores/plan')> | undefined>(undefined);
  const connectedPlanStore = () =>
    (planStore.current ??= import('../../stores/plan').then((store) => {
      store.connectPlan(instrument.dimensions.map((d) => d.id));
      return store;
    }));
  const [planRead, setPlanRead] = useState(false);
  useEffect(() => {
    const read = () => setPlanRead(true);
    let left = false;
    let stopFollowing: (() => void) | undefined;
    connectedPlanStore().then((store) => {
      read();
      // What another tab of this browser does to the plan shows here too.
      if (!left) stopFollowing = store.followPlan(instrument.dimensions.map((d) => d.id));
    }, read); // A store that cannot load (offline after an update) holds nothing back.
    return () => {
      left = true;
      stopFollowing?.();
    };
  }, []);
  // One function for the page's life, so that the memoised report does not render again for it.
  const savePlan = useCallback(
    (plan: ActionPlan) => void connectedPlanStore().then(({ setPlan }) => setPlan(plan)),
    [],
  );
  const ownAnswers = useStore($ownAnswers);
  const ownContext = useStore($ownContext);
  const plan = useStore($plan);
  const planSaved = useStore($planSaved);
  const historyEnabled = useStore($historyEnabled);
  const [viewed, setViewed] = useState<Viewed>(() => initialView(instrument));
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [comparing, setComparing] = useState<HistoryEntry | null>(null);
  const invitation = useStore($invitation);
  useEffect(() => void loadInvitation(), []);
  const storageStatus = useStore($storageStatus);
  // Own answers shown that storage does not hold: handed over by the inventory, or made one's own here.
  const [unkept, setUnkept] = useState<'handed-over' | 'made-own' | null>(null);
  // The fragment of what is shown, so that a refused fragment is not left in the address bar.
  const shownHash = useRef('');
  const storageMessage =
    unkept === 'made-own'
      ? t(MADE_OWN_NOT_KEPT[storageStatus])
      : storageStatus === 'ok'
        ? null
        : t((unkept === 'handed-over' ? HANDED_OVER : NOT_KEPT)[storageStatus satisfies Fault]);

  // The same object until one of its parts changes: the report's sections are memoised on it.
  const own: ResultRecord = useMemo(
    () => ({
      instrument: { id: instrument.id, version: instrument.version },
      context: ownContext,
      answers: ownAnswers,
      plan,
    }),
    [instrument, ownContext, ownAnswers, plan],
  );
  const record = viewed.kind === 'own' ? own : viewed.record;
  const scores = useMemo(() => scoreAnswers(instrument, record.answers), [instrument, record.answers]);
  const hasAnswers = Object.keys(record.answers).length > 0;
  // A page with no result to show starts with its "nothing yet" section, then its panels. A result
  // waits at the plan's stage for the plan editor's code, which starts loading now, and for the kept
  // plan to be read: the plan and everything below it then appear in place, rather than move down
  // under the reader's pointer when the editor arrives (a layout shift of 140–190 px).
  const editorSettled = useLoadsSettled(hasAnswers ? PLAN_CODE : NO_CODE);
  const planReady = !hasAnswers || (editorSettled && planRead);
  const stage = useStages(STAGES, hasAnswers ? 0 : IMPORT_STAGE - 1, undefined, planReady ? STAGES : PLAN_STAGE - 1);
  const entries = useStore($history);
  const comparison = useMemo(() => {
    if (comparing === null) return null;
    const label = historyLabels(instrument, entries).get(comparing.id) ?? '';
    // The label begins with the result's number ("Result 2, saved …"): the chart's legend shows
    // that alone, and the table's caption the whole label as it reads inside a sentence.
    const position = entries.findIndex((e) => e.id === comparing.id) + 1;
    const numbered = t('results.earlierLabel', { position: String(position) });
    const found = position > 0 && label.startsWith(numbered);
    return {
      label: found
        ? t('results.earlierInSentence', { position: String(position) }) + label.slice(numbered.length)
        : label,
      chartLabel: found ? numbered : t('results.earlierFallback'),
      scores: scoreAnswers(instrument, comparing.answers),
    };
  }, [comparing, instrument, entries]);
  // A comparison asked for is brought to where the person is looking: its table, scrolled to and focused.
  const [compareAsked, setCompareAsked] = useState(0);
  useEffect(() => {
    if (compareAsked > 0 && comparing !== null) document.getElementById('change-region')?.focus();
  }, [compareAsked]);

  const show = (parsed: Parsed<ResultRecord>, source: string, failure: (reason: string) => string) => {
    if (!parsed.ok) {
      setError(failure(explain(parsed)));
      return;
    }
    setError('');
    // The same result from the same source (the link the page opened with, announced once it has
    // loaded) keeps the record already shown, so that the report is not drawn again.
    const same = (shown: Viewed) =>
      shown.kind === 'other' &&
      shown.source === source &&
      JSON.stringify(shown.record) === JSON.stringify(parsed.value);
    setViewed((shown) => (same(shown) ? shown : { kind: 'other', record: parsed.value, source }));
    setStatus(showingMessage(source));
  };

  /** Put the address back to what is shown (a refused fragment must not stay in the address bar). */
  const restoreAddress = () =>
    window.history.replaceState(window.history.state, '', location.pathname + location.search + shownHash.current);

  const openCode = (text: string, source: string, fromAddress = false) => {
    const parsed = recordFromCode(instrument, text);
    if (fromAddress) {
      if (parsed.ok) shownHash.current = location.hash;
      else {
        restoreAddress();
        setError(t('results.codeFailedAddress', { reason: explain(parsed) }));
        return;
      }
    }
    show(parsed, source, (reason) => t('results.codeFailed', { reason }));
  };

  const openFile = async (file: File) => {
    const name = file.name.slice(0, 80);
    const failure = (reason: string) => t('results.fileFailed', { name, reason });
    // The size check and the readers load when a file comes, not with the page.
    const { MAX_RESULT_FILE_BYTES, oversizedFileReason } = await import('../../lib/file-limits');
    if (file.size > MAX_RESULT_FILE_BYTES) {
      setError(failure(oversizedFileReason(file.size)));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError(failure(t('results.fileUnreadable')));
      return;
    }
    const isCsv = /\.csv$/i.test(file.name) || text.replace(/^\uFEFF/, '').startsWith('type,');
    const parsed = isCsv
      ? (await import('../../lib/csv')).resultFromCsv(text, instrument)
      : (await import('../../lib/result-file')).parseResultFile(text, instrument);
    show(parsed, t('results.fromFile', { name }), failure);
  };

  /**
   * Answers the inventory could not keep on this device come in the address (`#unsaved-CL1-…`).
   * Where storage does not keep data they become the person's own for this visit; where it does
   * (the link was kept for later), they open like any share link, and never overwrite what is kept.
   */
  const openUnsaved = (code: string) => {
    const decoded = decodeShareCode(instrument, code);
    if (!decoded.ok) {
      restoreAddress();
      setError(t('results.unsavedFailed', { reason: explain(decoded) }));
      return;
    }
    const level = decoded.value.level;
    const same = sameResult(
      { a: $ownAnswers.get(), l: $ownContext.get().level ?? null },
      { a: decoded.value.answers, l: level ?? null },
    );
    if (same || $storageStatus.get() !== 'ok') {
      if (!same) takeUnsavedAnswers(decoded.value.answers, level);
      shownHash.current = location.hash;
      setUnkept(same ? null : 'handed-over');
      setViewed({ kind: 'own' });
      setError('');
      return;
    }
    openCode(code, t('results.fromLink'), true);
  };

  useEffect(() => {
    const onHash = () => {
      const unsaved = unsavedCode(location.hash);
      if (unsaved !== null) openUnsaved(unsaved);
      else if (isShareFragment(location.hash)) openCode(location.hash, t('results.fromLink'), true);
    };
    // A link's result is already on screen; this announces it (or says why it cannot be opened).
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
    // Handed-over answers that storage does not keep live only in the address: they stay there.
    const keepsOwn = unkept === 'handed-over' && unsavedCode(location.hash) !== null;
    if (location.hash !== '' && !keepsOwn) window.history.replaceState(null, '', location.pathname + location.search);
    shownHash.current = keepsOwn ? location.hash : '';
    setStatus(t(Object.keys(ownAnswers).length > 0 ? 'results.showingOwn' : 'results.closed'));
  };

  // Asked first in the site's confirmation dialog (the button below).
  const makeOwn = () => {
    if (viewed.kind !== 'other') return;
    const kept = replaceOwnAnswers(viewed.record.answers, viewed.record.context);
    backToOwn();
    // The answers made one's own are not those of any fragment: the address shows none.
    if (location.hash !== '') window.history.replaceState(null, '', location.pathname + location.search);
    shownHash.current = '';
    setUnkept(kept ? null : 'made-own');
    setStatus(t(kept ? 'results.madeOwn' : MADE_OWN_NOT_KEPT[$storageStatus.get()]));
  };

  // Screen readers still hear it; on screen the "viewing" box already says it.
  const statusRepeatsBox =
    (viewed.kind === 'other' && status === showingMessage(viewed.source)) || status === storageMessage;

  return (
    <div class="results-app" data-rendered={stage >= STAGES ? '' : undefined}>
      <Notices storageMessage={storageMessage} />
      <div role="alert" class="import-error" data-testid="import-error">
        {error}
      </div>
      <p role="status" class={statusRepeatsBox ? 'status visually-hidden' : 'status'} data-testid="status">
        {status}
      </p>
      {viewed.kind === 'other' && (
        <div class="viewing no-print" data-testid="viewing">
          <p>{t('results.viewing', { source: viewed.source })}</p>
          <div class="button-row">
            <button type="button" class="secondary" onClick={backToOwn}>
              {t(Object.keys(ownAnswers).length > 0 ? 'results.backToOwn' : 'results.close')}
            </button>
            <ConfirmButton label={t('results.makeOwn')} title={t('results.makeOwnTitle')} onConfirm={makeOwn}>
              <p>{t('results.makeOwnBody')}</p>
            </ConfirmButton>
          </div>
        </div>
      )}
      {hasAnswers ? (
        <>
          {viewed.kind === 'own' && invitation !== null && (
            <LazyReturnResult
              instrument={instrument}
              answers={ownAnswers}
              level={ownContext.level}
              invitation={invitation}
            />
          )}
          <Report
            instrument={instrument}
            record={record}
            scores={scores}
            base={base}
            label={t(viewed.kind === 'own' ? 'results.ownLabel' : 'results.otherLabel')}
            onPlan={viewed.kind === 'own' ? savePlan : undefined}
            planSaved={planSaved}
            compare={comparison}
            stage={stage}
          />
          {stage >= PLAN_STAGE && <ExportPanel instrument={instrument} record={record} base={base} />}
        </>
      ) : (
        <section class="results-section" aria-labelledby="empty-heading" data-testid="empty">
          <h2 id="empty-heading">{t('results.emptyHeading')}</h2>
          <p>
            {tParts(viewed.kind === 'own' ? 'results.emptyOwn' : 'results.emptyOther', {
              link: <a href={withBase(base, 'inventory/')}>{t('results.takeInventory')}</a>,
            })}
          </p>
        </section>
      )}
      {stage >= IMPORT_STAGE && (
        <ImportPanel
          onFile={(file) => void openFile(file)}
          onSeveralFiles={(count) => setError(t('results.severalFiles', { count }))}
          onCode={(text) => openCode(text, t('results.fromCode'))}
        />
      )}
      {stage >= STAGES && (
        <HistoryPanel
          instrument={instrument}
          comparingId={comparing?.id ?? null}
          onCompare={(entry) => {
            setComparing(entry);
            if (entry !== null) setCompareAsked((n) => n + 1);
          }}
          onSave={() => {
            if (!hasAnswers) return t('results.nothingToSave');
            const entry = saveToHistory({ answers: record.answers, context: record.context, plan: record.plan });
            if (entry === null) return t('results.alreadySaved');
            const label = historyLabels(instrument, $history.get()).get(entry.id) ?? '';
            const count = scores.totals.unanswered;
            return count === 0 ? t('results.saved', { label }) : t('results.savedIncomplete', { label, count });
          }}
        />
      )}
    </div>
  );
}
