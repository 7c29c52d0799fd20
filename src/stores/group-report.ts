/**
 * The group report's figures beyond the dimensions: every question, and the levels side by side,
 * derived from the collection and the level filter under the same anonymity rule as `$profile`.
 * Both are `batched`: after a change their listeners hear of it in a task of their own (reading
 * them still gives the current figures at once), so that adding 10,000 results never does all the
 * work in one long task that would freeze the page.
 */
import { batched } from 'nanostores';
import { compareLevels, questionFiguresInRange, type AnswerVector, type QuestionFigures } from '../lib/aggregate';
import { filterByLevel, type LevelFilter } from '../lib/collection';
import { instrumentItems, type Instrument } from '../lib/instrument';
import { yieldToBrowser } from '../lib/yield-to-browser';
import { $collection, $instrument, $levelFilter, $profile, SLICE_MS, type CollectionEntry } from './collection';

/** Every question's figures for one set of results, in framework order, as far as they are worked out. */
interface QuestionsWork {
  instrument: Instrument;
  collection: readonly CollectionEntry[];
  filter: LevelFilter;
  shown: boolean;
  vectors: AnswerVector[];
  figures: QuestionFigures[];
}

// The set whose questions are being worked out (or were last), so that `$questions` finishes the
// work `workOutQuestions` began instead of starting again.
let work: QuestionsWork | null = null;

function workFor(
  instrument: Instrument,
  collection: readonly CollectionEntry[],
  filter: LevelFilter,
  shown: boolean,
): QuestionsWork {
  if (
    work === null ||
    work.instrument !== instrument ||
    work.collection !== collection ||
    work.filter !== filter ||
    work.shown !== shown
  ) {
    const vectors = filterByLevel(collection, filter).map((e) => e.vector);
    work = { instrument, collection, filter, shown, vectors, figures: [] };
  }
  return work;
}

/** Work out the next questions' figures, at least one and until `ms` have passed or all are done. */
function advance(w: QuestionsWork, ms: number): void {
  const total = instrumentItems(w.instrument).length;
  const started = performance.now();
  while (w.figures.length < total) {
    const from = w.figures.length;
    w.figures.push(...questionFiguresInRange(w.instrument, w.vectors, w.shown, from, from + 1));
    if (performance.now() - started >= ms) break;
  }
}

/**
 * Work out the figures of a few of the current set's questions, for about `ms` milliseconds, ahead
 * of `$questions` (which then only finishes them): a page calls it in tasks of its own until it says
 * all are done, so that no one task works out a thousand results' 27 questions. True when done.
 */
export function workOutQuestions(ms: number): boolean {
  const instrument = $instrument.get();
  const profile = $profile.get();
  if (instrument === null || profile === null) return true;
  const w = workFor(instrument, $collection.get(), $levelFilter.get(), profile.shown);
  advance(w, ms);
  return w.figures.length >= instrumentItems(instrument).length;
}

/**
 * Every question's figures of the current set worked out, `SLICE_MS` of them a task from the next
 * task on (a page's first render is not held up); resolves once all are done.
 */
export async function workOutEveryQuestion(): Promise<void> {
  do await yieldToBrowser();
  while (!workOutQuestions(SLICE_MS));
}

/** Every question's figures for the profile's set (withheld with the profile). */
export const $questions = batched(
  [$instrument, $collection, $levelFilter, $profile],
  (instrument, collection, filter, profile) => {
    if (instrument === null || profile === null) return [];
    const w = workFor(instrument, collection, filter, profile.shown);
    advance(w, Number.POSITIVE_INFINITY);
    return w.figures;
  },
);

/** The levels side by side, over the whole collection (the level filter does not apply). */
export const $levelComparison = batched([$instrument, $collection], (instrument, collection) =>
  instrument === null ? null : compareLevels(instrument, collection),
);
