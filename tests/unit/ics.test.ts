import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ActionPlan } from '../../src/lib/action-plan';
import { escapeText, foldLine, planToIcs } from '../../src/lib/ics';
import { actionPlans } from '../fixtures/arbitraries';
import { loadInstrument } from '../fixtures/instrument';

const instrument = loadInstrument();
const titles = Object.fromEntries(instrument.dimensions.map((d) => [d.id, d.title]));
const now = new Date('2026-11-27T10:15:30.000Z');
const options = { titles, now, name: 'Your action plan', scope: 'person' };

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/**
 * An independent reader of what RFC 5545 says, written here rather than imported: lines must end
 * in CRLF and be at most 75 octets; a line starting with a space or tab continues the one before;
 * then NAME;PARAM=VALUE:VALUE, and TEXT values unescape \\ \; \, \n.
 */
function parseIcs(text: string): { lines: string[]; components: { type: string; props: Property[] }[] } {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line.includes('\n') || line.includes('\r')).toBe(false);
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack: { type: string; props: Property[] }[] = [];
  const components: { type: string; props: Property[] }[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    expect(colon).toBeGreaterThan(0);
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push({ type: value, props: [] });
    } else if (name === 'END') {
      const done = stack.pop();
      expect(done?.type).toBe(value);
      components.push(done!);
    } else {
      stack.at(-1)!.props.push({
        name,
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value,
      });
    }
  }
  expect(stack).toEqual([]);
  return { lines, components };
}

/** Undo TEXT escaping (RFC 5545 §3.3.11). */
const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const prop = (props: Property[], name: string) => props.find((p) => p.name === name);

describe('the calendar file of a plan (.ics, RFC 5545)', () => {
  const plan: ActionPlan = {
    'collective-vision': [
      {
        id: 'a1',
        what: 'Vision day; with partners, staff\nand the board',
        who: 'Ann \\ Bo',
        due: '2027-02-28',
        status: 'in-progress',
      },
      { id: 'a2', what: 'No date yet', who: '', due: '', status: 'not-started' },
    ],
    'outcome-focus': [{ id: 'b1', what: 'Review outcomes', who: '', due: '2028-12-31', status: 'done' }],
  };
  const ics = planToIcs(plan, options);

  test('is exactly this text: a calendar with one all-day event per dated action', () => {
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Collective Leadership//Action plan//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Your action plan',
        'BEGIN:VEVENT',
        'UID:person-collective-vision-a1@collective-leadership.plan',
        'DTSTAMP:20261127T101530Z',
        'DTSTART;VALUE=DATE:20270228',
        'DTEND;VALUE=DATE:20270301',
        'SUMMARY:Vision day\\; with partners\\, staff\\nand the board',
        'DESCRIPTION:Collective Vision.\\nLead: Ann \\\\ Bo.\\nStatus: In progress.',
        'CATEGORIES:Collective Vision',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:person-outcome-focus-b1@collective-leadership.plan',
        'DTSTAMP:20261127T101530Z',
        'DTSTART;VALUE=DATE:20281231',
        'DTEND;VALUE=DATE:20290101',
        'SUMMARY:Review outcomes',
        'DESCRIPTION:Outcome Focus.\\nStatus: Done.',
        'CATEGORIES:Outcome Focus',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  test('parsed back by an independent reader, gives each dated action its text, day and status', () => {
    const { components } = parseIcs(ics);
    const events = components.filter((c) => c.type === 'VEVENT');
    expect(events.map((e) => unescapeText(prop(e.props, 'SUMMARY')!.value))).toEqual([
      'Vision day; with partners, staff\nand the board',
      'Review outcomes',
    ]);
    expect(events.map((e) => prop(e.props, 'DTSTART'))).toEqual([
      { name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20270228' },
      { name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20281231' },
    ]);
    expect(unescapeText(prop(events[0]!.props, 'DESCRIPTION')!.value)).toBe(
      'Collective Vision.\nLead: Ann \\ Bo.\nStatus: In progress.',
    );
    expect(components.at(-1)!.type).toBe('VCALENDAR');
  });

  test('folds long lines at 75 octets without splitting a character', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
    expect(foldLine('€'.repeat(30))).toBe(`${'€'.repeat(25)}\r\n ${'€'.repeat(5)}`);
  });

  test('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  test('an empty plan is a calendar without events', () => {
    expect(planToIcs({}, options)).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Collective Leadership//Action plan//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Your action plan\r\nEND:VCALENDAR\r\n',
    );
  });

  test('any plan reads back: every dated action once, with its exact text, day, next day and unique UID', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 });
    fc.assert(
      fc.property(actionPlans(instrument, text), (plan) => {
        const events = parseIcs(planToIcs(plan, options)).components.filter((c) => c.type === 'VEVENT');
        const dated = Object.values(plan)
          .flat()
          .filter((a) => a.due !== '');
        expect(events.map((e) => unescapeText(prop(e.props, 'SUMMARY')!.value))).toEqual(dated.map((a) => a.what));
        expect(events.map((e) => prop(e.props, 'DTSTART')!.value)).toEqual(dated.map((a) => a.due.replaceAll('-', '')));
        events.forEach((e, i) => {
          const start = new Date(`${dated[i]!.due}T00:00:00Z`);
          const end = prop(e.props, 'DTEND')!.value;
          expect(
            new Date(`${end.slice(0, 4)}-${end.slice(4, 6)}-${end.slice(6)}T00:00:00Z`).getTime() - start.getTime(),
          ).toBe(86_400_000);
        });
        expect(new Set(events.map((e) => prop(e.props, 'UID')!.value)).size).toBe(events.length);
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});
