/** Which step of the inventory is shown: the introduction, one dimension, the review, or the scores. */
import { atom } from 'nanostores';

/** A step of the inventory. */
export type Step =
  { kind: 'intro' } | { kind: 'dimension'; id: string; focusItem?: string } | { kind: 'review' } | { kind: 'scores' };

/** The step shown now. */
export const $step = atom<Step>({ kind: 'intro' });

/** Show a step. */
export function goToStep(step: Step): void {
  $step.set(step);
}
