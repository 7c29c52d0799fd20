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

const TEXT = {
  label: (at: number, of: number, title: string) => `Present mode, screen ${at} of ${of}: ${title}`,
  overview: 'The group’s profile',
  results: (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`,
  overall: 'Overall',
  previous: 'Previous',
  next: 'Next',
  close: 'Leave present mode',
  keys: 'Arrow keys move between screens; Escape leaves.',
  mean: 'Group mean',
  noFigures: (threshold: number) => `Fewer than ${threshold} people could score this: no figures.`,
  spread: (f: GroupFigures) =>
    `SD ${screenScale(f.sd)}: ${f.agreementLabel.toLowerCase()}` +
    (f.lowest === null ? '' : `; lowest ${screenScale(f.lowest)}, highest ${screenScale(f.highest!)}`),
  questions: 'Questions',
  withheld: 'withheld',
} as const;

function Figure({ f, instrument }: { f: GroupFigures; instrument: Instrument }) {
  return (
    <div class="present-figure">
      <p class="present-big">
        <span class="present-big-label">{TEXT.mean} </span>
        {screenScale(f.mean)}
        <span class="present-scale">
          {' '}
          on {instrument.scale.min}–{instrument.scale.max} ({screenPercent(f.percent)})
        </span>
      </p>
      <svg class="present-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
        <rect x="0" y="0" width="100" height="4" class="present-bar-track" />
        <rect x="0" y="0" width={Math.max(0, Math.min(100, f.percent))} height="4" class="present-bar-fill" />
      </svg>
      <p>
        {TEXT.results(f.n)}. {TEXT.spread(f)}.
      </p>
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
      aria-label={TEXT.label(at + 1, screens, screenTitle)}
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div class="present-screen">
        <p class="present-where" aria-hidden="true">
          {at + 1} / {screens}
        </p>
        <h2 ref={heading} tabIndex={-1} class="present-title">
          {screenTitle}
        </h2>
        {dimension === null ? (
          <>
            <p class="present-lead">{TEXT.results(profile.count)}</p>
            {profile.overall !== null && (
              <>
                <h3>{TEXT.overall}</h3>
                <Figure f={profile.overall} instrument={instrument} />
              </>
            )}
            <ul class="present-list">
              {profile.dimensions.map((d) => (
                <li key={d.id}>
                  {d.title}: {d.figures === null ? TEXT.withheld : screenScale(d.figures.mean)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <p class="present-lead">{dimension.keyStatement}</p>
            {dim!.figures === null ? (
              <p class="present-lead">{TEXT.noFigures(profile.threshold)}</p>
            ) : (
              <Figure f={dim!.figures} instrument={instrument} />
            )}
            <h3>{TEXT.questions}</h3>
            <ul class="present-list">
              {questions
                .filter((q) => q.item.dimensionId === dimension.id)
                .map((q) => (
                  <li key={q.item.id}>
                    {q.item.label} <strong>{q.figures === null ? TEXT.withheld : screenScale(q.figures.mean)}</strong>
                  </li>
                ))}
            </ul>
          </>
        )}
      </div>
      <nav class="present-nav" aria-label="Present mode">
        <button type="button" onClick={() => go(at - 1)} disabled={at === 0}>
          ← {TEXT.previous}
        </button>
        <button type="button" onClick={() => go(at + 1)} disabled={at === screens - 1}>
          {TEXT.next} →
        </button>
        <button type="button" onClick={onClose}>
          {TEXT.close}
        </button>
        <p class="present-keys">{TEXT.keys}</p>
      </nav>
    </dialog>
  );
}
