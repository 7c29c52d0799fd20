/** Whether saved answers (as stored under the answers key) hold at least one answer. Pure. */

/** True when `saved` is an object whose `answers` object has at least one entry. */
export function hasSavedAnswers(saved: Record<string, unknown>): boolean {
  const answers = saved['answers'];
  return typeof answers === 'object' && answers !== null && !Array.isArray(answers) && Object.keys(answers).length > 0;
}
