/** Number and list formats shared by the inventory's views, so every view shows a score the same way. */
import { locale, t, type MessageKey } from '../../i18n/t';
import { numberFormat } from '../../lib/i18n';
import type { Level } from '../../lib/result';

/** A mean on the scale, to one decimal place, for the page's language (e.g. "6.5"). */
export { formatMean } from '../../lib/result-view';

/** A 0–100 score, as a whole number (e.g. "50"). */
export function formatPercent(percent: number): string {
  return numberFormat(locale(), {}).format(Math.round(percent));
}

/** Texts as one list in the language: "a, b and c". */
export function listOf(texts: readonly string[]): string {
  return texts.reduce(
    (list, text, i) =>
      i === 0 ? text : `${list}${t(i === texts.length - 1 ? 'common.listLastSeparator' : 'common.listSeparator')}${text}`,
    '',
  );
}

/** How the inventory names each level inside a sentence ("You assessed your own team."). */
export const ASSESSED: Record<Level, MessageKey> = {
  team: 'inventory.assessTeam',
  organisation: 'inventory.assessOrganisation',
  partnership: 'inventory.assessPartnership',
};

/** About 20 seconds a question, rounded to a friendly number of minutes (5, 10, 15… past 5). */
export function minutesFor(items: number): number {
  const minutes = (items * 20) / 60;
  return minutes <= 5 ? Math.max(1, Math.ceil(minutes)) : Math.round(minutes / 5) * 5;
}
