/** The results view's window on the person's own answers: the inventory's stores, read-only. */
import type { ReadableAtom } from 'nanostores';
import type { Answers, Instrument } from '../../lib/instrument';
import type { ResultContext } from '../../lib/result';
import type { Level } from '../../lib/result';
import { $answers, $context, $instrument, answersKept, initAnswers, replaceAnswers } from '../../stores/answers';
import { $storageStatus } from '../../stores/storage';

/** Load the person's saved answers for this instrument (once per page). */
export function connectOwnResult(instrument: Instrument): void {
  if ($instrument.get()?.version !== instrument.version) initAnswers(instrument);
}

/** The person's own answers (read-only); empty when none are stored for this instrument. */
export const $ownAnswers: ReadableAtom<Answers> = $answers;
/** The context the person gave (level, partnership), read-only. */
export const $ownContext: ReadableAtom<ResultContext> = $context;

/** Replace the person's own answers after they confirmed; false when the device will not keep them. */
export function replaceOwnAnswers(answers: Answers, context: ResultContext): boolean {
  replaceAnswers(answers, context);
  return answersKept() && $storageStatus.get() === 'ok';
}

/**
 * Take answers handed over from the inventory (which this device could not keep) as the person's
 * own for this visit, keeping the partnership name they gave. Returns whether storage keeps them.
 */
export function takeUnsavedAnswers(answers: Answers, level: Level | undefined): boolean {
  const { partnership } = $context.get();
  replaceAnswers(answers, { ...(level === undefined ? {} : { level }), ...(partnership === undefined ? {} : { partnership }) });
  return answersKept() && $storageStatus.get() === 'ok';
}
