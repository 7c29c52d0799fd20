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
