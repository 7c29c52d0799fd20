/**
 * A date written out in full for people ("27 November 2026" in English): the day, month name and
 * year come from `Intl.DateTimeFormat` for the interface language, their order from the message
 * `plan.date`, so that each language writes a date its own way.
 */
import { locale, t } from '../i18n/t';

/** A date as people read it; `timeZone` 'UTC' for a calendar date kept as midnight UTC. */
export function longDate(date: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return t('plan.date', { day: part('day'), month: part('month'), year: part('year') });
}
