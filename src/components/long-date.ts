/** A date written out in full for people ("27 November 2026" in English), as the page's language writes dates. */
import { dateLocale } from '../i18n/t';
import { dateFormat } from '../lib/i18n';

/** A date as people read it; `timeZone` 'UTC' for a calendar date kept as midnight UTC. */
export function longDate(date: Date, timeZone?: string): string {
  return dateFormat(dateLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(date);
}
