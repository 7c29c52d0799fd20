/**
 * The group report's figures beyond the dimensions: every question, and the levels side by side,
 * derived from the collection and the level filter under the same anonymity rule as `$profile`.
 * Both are `batched`: after a change their listeners hear of it in a task of their own (reading
 * them still gives the current figures at once), so that adding 10,000 results never does all the
 * work in one long task that would freeze the page.
 */
import { batched } from 'nanostores';
import { compareLevels, questionFiguresOfVectors } from '../lib/aggregate';
import { filterByLevel } from '../lib/collection';
import { $collection, $instrument, $levelFilter, $profile } from './collection';

/** Every question's figures for the profile's set (withheld with the profile). */
export const $questions = batched(
  [$instrument, $collection, $levelFilter, $profile],
  (instrument, collection, filter, profile) => {
    if (instrument === null || profile === null) return [];
    const view = filterByLevel(collection, filter);
    return questionFiguresOfVectors(
      instrument,
      view.map((e) => e.vector),
      profile.shown,
    );
  },
);

/** The levels side by side, over the whole collection (the level filter does not apply). */
export const $levelComparison = batched([$instrument, $collection], (instrument, collection) =>
  instrument === null ? null : compareLevels(instrument, collection),
);
