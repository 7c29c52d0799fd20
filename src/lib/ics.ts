/**
 * An action plan's due dates as a calendar file (iCalendar, RFC 5545): one all-day VEVENT per
 * action that has a date, which every calendar program imports (many ignore VTODO). Lines end
 * in CRLF, are folded at 75 octets without splitting a UTF-8 character, and text is escaped.
 */
import { statusLabel, type ActionPlan } from './action-plan';
import { t } from '../i18n/t';

/** What the calendar file needs to know besides the plan. */
export interface CalendarOptions {
  /** Dimension id → title, for each event's summary. */
  titles: Readonly<Record<string, string>>;
  /** When the file is made (DTSTAMP). */
  now: Date;
  /** Whose plan, e.g. "Your action plan" or a group's name; the calendar's name. */
  name: string;
  /** Makes the UIDs of different plans differ (e.g. "person" or a group id); letters, digits, '-'. */
  scope: string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Fold a content line into lines of at most 75 octets (RFC 5545 §3.1), never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation line starts with a space, so 74 more.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A UTC date-time, e.g. 20261127T101500Z. */
function utcStamp(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** YYYY-MM-DD as an iCalendar DATE, and the day after it (an all-day event's exclusive end). */
function dayAndNext(due: string): [string, string] {
  const [y, m, d] = due.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [
    due.replaceAll('-', ''),
    `${pad(next.getUTCFullYear(), 4)}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}`,
  ];
}

/** The calendar file's text: a VCALENDAR with one all-day VEVENT per dated action, in plan order. */
export function planToIcs(plan: ActionPlan, options: CalendarOptions): string {
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Collective Leadership//Action plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const [dimension, list] of Object.entries(plan)) {
    const title = Object.hasOwn(options.titles, dimension) ? (options.titles[dimension] ?? dimension) : dimension;
    for (const action of list) {
      if (action.due === '') continue;
      const [start, end] = dayAndNext(action.due);
      // What a person reads in their calendar is in the interface language; the fields are RFC 5545's.
      const status = statusLabel(action.status);
      const description =
        action.who === ''
          ? t('plan.eventDescription', { title, status })
          : t('plan.eventDescriptionLead', { title, who: action.who, status });
      lines.push(
        'BEGIN:VEVENT',
        `UID:${options.scope}-${dimension}-${action.id}@collective-leadership.plan`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${start}`,
        `DTEND;VALUE=DATE:${end}`,
        `SUMMARY:${escapeText(action.what)}`,
        `DESCRIPTION:${escapeText(description)}`,
        `CATEGORIES:${escapeText(title)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
