/** Small pure helpers for showing, naming and comparing results. No DOM, no storage. */
import { dateLocale, locale, t } from '../i18n/t';
import { dateFormat, numberFormat } from './i18n';
import type { Answers, Instrument } from './instrument';
import type { Scores } from './scoring';

/** A result's file name for a day, e.g. "collective-leadership-result-2026-11-26.json". */
export function resultFileName(date: Date, extension: 'json' | 'csv'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `collective-leadership-result-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}

/** The calendar file of a person's plan for a day, e.g. "collective-leadership-plan-2026-11-27.ics". */
export function planFileName(date: Date): string {
  return resultFileName(date, 'json')
    .replace('-result-', '-plan-')
    .replace(/\.json$/, '.ics');
}

/** The share code in what someone pasted: the code itself, or a link whose fragment is the code. */
export function shareCodeFromInput(input: string): string {
  const text = input.trim();
  const hash = text.indexOf('#');
  if (hash === -1) return text;
  const fragment = text.slice(hash + 1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Whether a URL fragment (with its "#") looks like a share code rather than an in-page anchor. */
export function isShareFragment(hash: string): boolean {
  return /^#\s*cl[12il]-?/i.test(hash);
}

/**
 * The fragment that takes answers this device could not keep from the inventory to the full
 * report, as a share code: with storage full or turned off, the address is the only place they can
 * travel (it is never sent to a server).
 */
export function unsavedFragment(code: string): string {
  return `#unsaved-${code}`;
}

/** The share code in an unsaved-answers fragment (`#unsaved-CL1-…`), or null for any other fragment. */
export function unsavedCode(hash: string): string | null {
  return hash.startsWith('#unsaved-') ? hash.slice('#unsaved-'.length) : null;
}

/** A mean on the scale, shown with one decimal, for the page's language ("7.3"). */
export function formatMean(mean: number): string {
  return numberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mean);
}

/** A change with its sign, one decimal: "+1.5", "−0.5" (a true minus sign), "0.0". */
export function formatChange(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return '0.0';
  return rounded > 0 ? `+${rounded.toFixed(1)}` : `−${Math.abs(rounded).toFixed(1)}`;
}

/** One dimension's change from an earlier result to a later one. */
export interface DimensionChange {
  id: string;
  title: string;
  before: number | null;
  after: number | null;
  /** after − before on the scale, or null when either has no score. */
  change: number | null;
}

/** The change per dimension between two scorings of the same instrument. */
export function compareScores(before: Scores, after: Scores): DimensionChange[] {
  return after.dimensions.map((d) => {
    const earlier = before.dimensions.find((b) => b.id === d.id)?.mean ?? null;
    return {
      id: d.id,
      title: d.title,
      before: earlier,
      after: d.mean,
      change: earlier === null || d.mean === null ? null : d.mean - earlier,
    };
  });
}

/** Whether every item has an answer (a rating or "can't judge"). */
export function isComplete(instrument: Instrument, answers: Answers): boolean {
  return instrument.dimensions.every((d) => d.items.every((i) => Object.hasOwn(answers, i.id)));
}

/** Whether two results hold the same answers, context and plan (key order aside). */
export function sameResult(a: object, b: object): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/**
 * "27 Nov 2026, 11:15:30": when a result was saved, to the second, as the page's language writes
 * dates (`dateLocale`).
 */
export function formatSavedAt(savedAt: string): string {
  return dateFormat(dateLocale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(savedAt));
}

/**
 * How a saved result is told apart from the others: its number in the order saved, when, its
 * overall score (or that it has none), and the partnership named, if any.
 * "Result 2, saved 27 Nov 2026, 11:15:30: overall 7.2, Good evidence".
 */
export function historyLabel(
  position: number,
  savedAt: string,
  overall: { mean: number; band: string } | null,
  partnership?: string,
): string {
  const score =
    overall === null
      ? t('inventory.historyNoOverall')
      : t('inventory.historyOverall', { mean: formatMean(overall.mean), band: overall.band });
  const params = { number: position, savedAt: formatSavedAt(savedAt), score };
  return partnership === undefined || partnership === ''
    ? t('inventory.historyLabel', params)
    : t('inventory.historyLabelNamed', { ...params, partnership });
}

/** Whether a URL fragment is meant as a workshop invitation ("#CLW1-…", in any case), valid or not. */
export function isInvitationFragment(hash: string): boolean {
  return /^#?\s*CLW/i.test(hash);
}
