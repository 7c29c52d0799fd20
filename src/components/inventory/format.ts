/** Number formats shared by the inventory's views, so every view shows a score the same way. */

/** A mean on the scale, to one decimal place (e.g. "6.5"). */
export function formatMean(mean: number): string {
  return mean.toFixed(1);
}

/** A 0–100 score, as a whole number (e.g. "50"). */
export function formatPercent(percent: number): string {
  return String(Math.round(percent));
}

/** "1 question" / "3 questions". */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** About 20 seconds a question, rounded to a friendly number of minutes (5, 10, 15… past 5). */
export function minutesFor(items: number): number {
  const minutes = (items * 20) / 60;
  return minutes <= 5 ? Math.max(1, Math.ceil(minutes)) : Math.round(minutes / 5) * 5;
}
