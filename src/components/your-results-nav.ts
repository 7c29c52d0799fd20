/**
 * The navigation's "Your results" entry: in every page's HTML but hidden, shown once this browser
 * keeps answers of the person's own. Reads storage through the one safe wrapper.
 */
import { hasSavedAnswers } from '../lib/has-result';
import { readStoredObject } from '../stores/storage';

/**
 * The key the answers are kept under (ANSWERS_KEY of stores/answers.ts, which a unit test checks):
 * importing that module would load the whole inventory store on every page.
 */
export const OWN_ANSWERS_KEY = 'cli:answers:v1';

/** Show the entry (marked `data-your-results`) when there is a result to go to. */
export function showYourResults(doc: Document = document): void {
  const entry = doc.querySelector<HTMLElement>('[data-your-results]');
  if (entry !== null && hasSavedAnswers(readStoredObject(OWN_ANSWERS_KEY))) entry.hidden = false;
}
