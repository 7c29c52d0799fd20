/** A date written out in full for people ("27 November 2026" in English), as the page's language writes dates. */
import { dateLocale } from '../i18n/t';
import { LONG_DATE } from '../lib/date-symbols';
import { dateFormat } from '../lib/i18n';

/** A date as people read it; `timeZone` 'UTC' for a calendar date kept as midnight UTC. */
export function longDate(date: Date, timeZone?: string): string {
  return dateFormat(dateLocale(), { ...LONG_DATE, ...(timeZone === undefined ? {} : { timeZone }) }).format(date);
}
