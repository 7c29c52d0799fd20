/**
 * The navigation's "Your results" entry: in every page's HTML but hidden, shown once this browser
 * keeps answers of the person's own. This runs on every page before it is first painted, so it
 * imports nothing shared with the islands: the build then inlines it into the page, with no
 * request of its own. It reads storage as stores/storage.ts does, never throwing.
 */
import { hasSavedAnswers } from '../lib/has-result';

/**
 * The key the answers are kept under (ANSWERS_KEY of stores/answers.ts, which a unit test checks):
 * importing that module would load the whole inventory store on every page.
 */
export const OWN_ANSWERS_KEY = 'cli:answers:v1';

/** The stored answers as an object; {} when absent, unreadable, not JSON or not an object. */
function storedAnswers(): Record<string, unknown> {
  try {
    const data: unknown = JSON.parse(globalThis.localStorage?.getItem(OWN_ANSWERS_KEY) ?? '{}');
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Show the entry (marked `data-your-results`) when there is a result to go to. */
export function showYourResults(doc: Document = document): void {
  const entry = doc.querySelector<HTMLElement>('[data-your-results]');
  if (entry !== null && hasSavedAnswers(storedAnswers())) entry.hidden = false;
}
