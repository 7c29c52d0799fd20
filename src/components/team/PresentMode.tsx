/**
 * Present mode: the group profile for a projector. Large type, high contrast, one dimension per
 * screen; arrow keys (or Page Up / Page Down, Home, End) and buttons move, Escape leaves. A modal
 * dialog, so that nothing behind it can be reached; each screen's heading takes focus and names
 * the dialog. Loaded only when opened; shows figures only, never a control that edits.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GroupFigures, GroupProfile, QuestionFigures } from '../../lib/aggregate';
import type { Instrument } from '../../lib/instrument';
import { screenPercent, screenScale } from '../../lib/rounding';
import { t } from '../../i18n/t';
import { agreementInSentence } from './agreement';

/** The spread of a figure in words: its SD and agreement, and lowest and highest where shown. */
function spread(f: GroupFigures): string {
  return f.lowest === null
    ? t('team.presentSpread', { sd: screenScale(f.sd), agreement: agreementInSentence(f.agreement) })
    : t('team.presentSpreadExtremes', {
        sd: screenScale(f.sd),
        agreement: agreementInSentence(f.agreement),
        lowest: screenScale(f.lowest),
        highest: screenScale(f.highest!),
      });
}

function Figure({ f, instrument }: { f: GroupFigures; instrument: Instrument }) {
  return (
    <div class="present-figure">
      <p class="present-big">
        <span class="present-big-label">{t('team.colGroupMean')} </span>
        {screenScale(f.mean)}
        <span class="present-scale">
          {' '}
          {t('team.presentScale', {
            min: instrument.scale.min,
            max: instrument.scale.max,
            percent: screenPercent(f.percent),
          })}
        </span>
      </p>
      <svg class="present-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
        <rect x="0" y="0" width="100" height="4" class="present-bar-track" />
        <rect x="0" y="0" width={Math.max(0, Math.min(100, f.percent))} height="4" class="present-bar-fill" />
      </svg>
      <p>{t('team.presentFigure', { results: t('team.resultsCount', { count: f.n }), spread: spread(f) })}</p>
    </div>
  );
}

/** The projector view; `onClose` is called on Escape or the close button. */
export default function PresentMode({
  instrument,
  profile,
  questions,
  title,
  onClose,
}: {
  instrument: Instrument;
  profile: GroupProfile;
  questions: readonly QuestionFigures[];
  title: string;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [at, setAt] = useState(0);
  const screens = 1 + instrument.dimensions.length;
  const dimension = at === 0 ? null : instrument.dimensions[at - 1]!;
  const screenTitle = dimension === null ? title : dimension.title;

  useEffect(() => {
    const d = dialog.current;
    if (d !== null && typeof d.showModal === 'function' && !d.open) d.showModal();
    return () => {
      if (d?.open === true) d.close();
    };
  }, []);
  // Each screen's heading takes focus, so that it is read out and the keys keep working.
  useEffect(() => heading.current?.focus(), [at]);

  const go = (to: number) => setAt(Math.max(0, Math.min(screens - 1, to)));
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowDown: at + 1,
      PageDown: at + 1,
      ArrowLeft: at - 1,
      ArrowUp: at - 1,
      PageUp: at - 1,
      Home: 0,
      End: screens - 1,
    };
    const to = moves[e.key];
    if (to !== undefined) {
      e.preventDefault();
      go(to);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  const dim = dimension === null ? null : profile.dimensions.find((d) => d.id === dimension.id)!;
  return (
    <dialog
      ref={dialog}
      class="present"
      aria-label={t('team.presentLabel', { at: at + 1, of: screens, title: screenTitle })}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div class="present-screen">
        <p class="present-where" aria-hidden="true">
          {t('team.presentWhere', { at: at + 1, of: screens })}
        </p>
        <h2 ref={heading} tabIndex={-1} class="present-title">
          {screenTitle}
        </h2>
        {dimension === null ? (
          <>
            <p class="present-lead">{t('team.resultsCount', { count: profile.count })}</p>
            {profile.overall !== null && (
              <>
                <h3>{t('team.overall')}</h3>
                <Figure f={profile.overall} instrument={instrument} />
              </>
            )}
            <ul class="present-list">
              {profile.dimensions.map((d) => (
                <li key={d.id}>
                  {t('team.presentDimension', {
                    dimension: d.title,
                    mean: d.figures === null ? t('team.withheld') : screenScale(d.figures.mean),
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <p class="present-lead">{dimension.keyStatement}</p>
            {dim!.figures === null ? (
              <p class="present-lead">{t('team.presentNoFigures', { threshold: profile.threshold })}</p>
            ) : (
              <Figure f={dim!.figures} instrument={instrument} />
            )}
            <h3>{t('team.presentQuestions')}</h3>
            <ul class="present-list">
              {questions
                .filter((q) => q.item.dimensionId === dimension.id)
                .map((q) => (
                  <li key={q.item.id}>
                    {q.item.label}{' '}
                    <strong>{q.figures === null ? t('team.withheld') : screenScale(q.figures.mean)}</strong>
                  </li>
                ))}
            </ul>
          </>
        )}
      </div>
      <nav class="present-nav" aria-label={t('team.presentNav')}>
        <button type="button" onClick={() => go(at - 1)} disabled={at === 0}>
          ← {t('team.presentPrevious')}
        </button>
        <button type="button" onClick={() => go(at + 1)} disabled={at === screens - 1}>
          {t('team.presentNext')} →
        </button>
        <button type="button" onClick={onClose}>
          {t('team.presentClose')}
        </button>
        <p class="present-keys">{t('team.presentKeys')}</p>
      </nav>
    </dialog>
  );
}
