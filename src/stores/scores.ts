/** Scores derived from the current answers in the browser; never stored. */
import { computed } from 'nanostores';
import { scoreAnswers } from '../lib/scoring';
import { $answers, $instrument } from './answers';

/** The current scores, or null until the instrument is known. */
export const $scores = computed([$instrument, $answers], (instrument, answers) =>
  instrument === null ? null : scoreAnswers(instrument, answers),
);
