import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, CSV_COLUMNS_V1, parseCsv, resultFromCsv, resultToCsv } from '../../src/lib/csv';
import { instrumentItems } from '../../src/lib/instrument';
import type { ResultRecord } from '../../src/lib/result';
import { actionPlans, answerSets as arbitraryAnswers } from '../fixtures/arbitraries';
import { loadInstrument } from '../fixtures/instrument';
import { FULL_ANSWERS } from '../fixtures/results';

const instrument = loadInstrument();
const items = instrumentItems(instrument);
const dimensionIds = instrument.dimensions.map((d) => d.id);
const own = { id: instrument.id, version: instrument.version };

const answerSets = arbitraryAnswers(instrument);
// Text that tries hard to break CSV: quotes, commas, line breaks, formula starts, apostrophes.
const nastyText = fc.stringMatching(/^['"=+\-@,\r\n\t a-zé€😀]{1,40}$/);
const records: fc.Arbitrary<ResultRecord> = fc.record({
  instrument: fc.constant(own),
  answers: answerSets,
  context: fc.record(
    {
      level: fc.constantFrom('team' as const, 'organisation' as const, 'partnership' as const),
      partnership: fc.oneof(nastyText, fc.string({ minLength: 1, maxLength: 200 })),
    },
    { requiredKeys: [] },
  ),
  plan: actionPlans(instrument, fc.oneof(nastyText, fc.string({ maxLength: 300 }))),
  createdAt: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
});
const lines = (csv: string) => csv.slice(1).split('\r\n');

describe('the CSV export', () => {
  const csv = resultToCsv(instrument, {
    instrument: own,
    context: { level: 'team', partnership: 'North, "East" & West' },
    answers: FULL_ANSWERS,
    plan: {
      'outcome-focus': [
        { id: 'a1', what: '=SUM(A1)\nthen review', who: 'Ann, Bo', due: '2027-03-31', status: 'in-progress' },
        { id: 'a2', what: 'Report back', who: '', due: '', status: 'not-started' },
      ],
    },
    createdAt: '2026-11-26T10:00:00.000Z',
  });

  test('starts with a byte-order mark and the header, and ends every line with CRLF', () => {
    expect(
      csv.startsWith(
        '\uFEFFtype,dimension_id,dimension,item_id,question,answer,mean,score_0_100,band,action_id,action,lead,due,status\r\n',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(true); // only inside the quoted action
  });

  test('has the instrument, the context, one row per question, one per dimension and one per action', () => {
    const rows = lines(csv);
    expect(rows.slice(1, 6)).toEqual([
      'info,,,,instrument,collective-leadership-inventory,,,,,,,,',
      `info,,,,instrument version,${instrument.version},,,,,,,,`,
      'info,,,,level,team,,,,,,,,',
      'info,,,,partnership,"North, ""East"" & West",,,,,,,,',
      'info,,,,created,2026-11-26T10:00:00.000Z,,,,,,,,',
    ]);
    expect(rows[6]).toBe(
      'question,collective-vision,Collective Vision,stakeholders-understand-challenges,Who are they and do you and they understand the challenges in relation to the development of a shared vision?,12,,,,,,,,',
    );
    expect(rows).toContain(
      'question,collective-vision,Collective Vision,communicate-priorities,Do you communicate your key local priorities and delivery objectives to your own staff and the public?,cant-judge,,,,,,,,',
    );
    expect(rows).toContain('dimension,collective-vision,Collective Vision,,,,8.00,63.6,Good evidence,,,,,');
    expect(rows).toContain('dimension,outcome-focus,Outcome Focus,,,,3.00,18.2,Little evidence,,,,,');
    expect(rows).toContain('overall,,,,,,7.24,56.7,Good evidence,,,,,');
    expect(
      csv.endsWith(
        `\r\noverall,,,,,,7.24,56.7,Good evidence,,,,,\r\naction,outcome-focus,Outcome Focus,,,,,,,a1,"'=SUM(A1)\nthen review","Ann, Bo",2027-03-31,in-progress\r\naction,outcome-focus,Outcome Focus,,,,,,,a2,Report back,,,not-started\r\n`,
      ),
    ).toBe(true);
    expect(rows.filter((r) => r.startsWith('question,'))).toHaveLength(27);
    expect(rows.filter((r) => r.startsWith('dimension,'))).toHaveLength(7);
  });

  test('leaves the score cells empty for a dimension without enough answers', () => {
    const rows = lines(
      resultToCsv(instrument, { instrument: own, context: {}, answers: { 'key-outcomes': 4 }, plan: {} }),
    );
    expect(rows).toContain('dimension,collective-vision,Collective Vision,,,,,,,,,,,');
    expect(rows).toContain('dimension,outcome-focus,Outcome Focus,,,,,,,,,,,');
    expect(rows).toContain('overall,,,,,,,,,,,,,');
  });

  test('any valid result survives writing and reading back exactly', () => {
    fc.assert(
      fc.property(records, (record) => {
        expect(resultFromCsv(resultToCsv(instrument, record), instrument)).toEqual({ ok: true, value: record });
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});

describe('reading CSV', () => {
  test('splits quoted fields with commas, quotes and line breaks, with LF or CRLF', () => {
    expect(parseCsv('a,"b,c","d""e"\r\n"f\ng",,h\n')).toEqual({
      ok: true,
      value: [
        ['a', 'b,c', 'd"e'],
        ['f\ng', '', 'h'],
      ],
    });
    expect(parseCsv('\uFEFFx,""')).toEqual({ ok: true, value: [['x', '']] });
  });

  test.each([
    ['a,"b\r\n', 'This CSV has a quoted field that never ends (from line 1).'],
    ['a,"b"c\r\n', 'This CSV has text after a closing quote on line 1.'],
    ['a,b"c\r\n', 'This CSV has a stray quote inside a field on line 1.'],
    ['a\rb', 'This CSV has a line break it cannot read on line 1.'],
  ])('refuses malformed CSV %j with a reason', (text, message) => {
    expect(parseCsv(text)).toEqual({ ok: false, code: 'wrong-format', message });
  });

  const valid = resultToCsv(instrument, { instrument: own, context: {}, answers: { 'key-outcomes': 4 }, plan: {} });
  test.each([
    ['', 'empty', 'This file is empty.'],
    [
      'name,score\r\nx,1\r\n',
      'wrong-format',
      `This is not a result CSV of this inventory: its first line must be ${CSV_COLUMNS.join(',')}.`,
    ],
    [
      valid.replace('key-outcomes,What are the key outcomes', 'no-such-item,What are the key outcomes'),
      'bad-answers',
      'The answers name an item this inventory does not have: “no-such-item”.',
    ],
    [
      valid.replace(/(key-outcomes,[^\r]*?,)4,/, '$113,'),
      'bad-answers',
      'The answer to “key-outcomes” is 13; it must be a whole number from 1 to 12 or “cant-judge”.',
    ],
    [
      valid.replace(/(key-outcomes,[^\r]*?,)4,/, '$1four,'),
      'bad-answers',
      'The answer to “key-outcomes” is "four"; it must be a whole number from 1 to 12 or “cant-judge”.',
    ],
    [
      valid.replace(/(key-outcomes,[^\r]*?,)4,/, '$14.5,'),
      'bad-answers',
      'The answer to “key-outcomes” is "4.5"; it must be a whole number from 1 to 12 or “cant-judge”.',
    ],
    [
      valid.replace('key-outcomes,', '__proto__,'),
      'bad-answers',
      'The answers name an item this inventory does not have: “__proto__”.',
    ],
    [
      valid.replace(instrument.version, 'deadbeef'),
      'other-instrument-version',
      `This result was made with another version of the inventory (deadbeef; this site has ${instrument.version}): its questions or scale differ, so its answers cannot be read here.`,
    ],
    [
      valid.replace('\r\noverall,', '\r\nsurprise,'),
      'wrong-format',
      'This CSV has a line of an unknown type “surprise” (line 38).',
    ],
    [
      valid.replace(',,,,\r\noverall', ',,,\r\noverall'),
      'wrong-format',
      "This CSV's line 37 has 13 fields; every line needs 14.",
    ],
    [
      `${valid}action,outcome-focus,Outcome Focus,,,,,,,a1,Agree,,2027-02-30,done\r\n`,
      'bad-field',
      'Action 1 for “outcome-focus”: The date must be a real date, written YYYY-MM-DD.',
    ],
    [
      `${valid}action,nowhere,Nowhere,,,,,,,a1,Agree,,,done\r\n`,
      'bad-field',
      'The action plan names an unknown dimension: “nowhere”.',
    ],
    [
      `${valid}action,outcome-focus,Outcome Focus,,,,,,,a1,Agree,,,finished\r\n`,
      'bad-field',
      'Action 1 for “outcome-focus”: The status must be one of: not-started, in-progress, done.',
    ],
  ])('refuses an exported CSV that was changed (%#) with a reason', (text, code, message) => {
    const result = resultFromCsv(text, instrument);
    expect(result).toMatchObject({ ok: false, code, message });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('never throws on random or corrupted input, and refuses it with a reason', () => {
    const exported = records.map((r) => resultToCsv(instrument, r));
    const corrupted = fc
      .tuple(exported, fc.nat(), fc.nat(), fc.string({ maxLength: 5 }))
      .map(([csv, at, cut, junk]) => {
        const i = at % csv.length;
        return csv.slice(0, i) + junk + csv.slice(i + (cut % 4));
      });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          corrupted,
          exported.map((c) => c.slice(0, 300)),
        ),
        (text) => {
          const result = resultFromCsv(text, instrument);
          if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
          else expect(Object.keys(result.value.answers).every((id) => items.some((i) => i.id === id))).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 120_000);
});

describe('CSVs written before the plan (a note column)', () => {
  const v1Row = (cells: string[]) => cells.join(',');
  const v1 = (notes: Record<string, string>) => {
    const rows = [
      CSV_COLUMNS_V1.join(','),
      v1Row(['info', '', '', '', 'instrument', instrument.id, '', '', '', '']),
      v1Row(['info', '', '', '', 'instrument version', instrument.version, '', '', '', '']),
      v1Row([
        'question',
        'outcome-focus',
        'Outcome Focus',
        'key-outcomes',
        'What are the key outcomes?',
        '4',
        '',
        '',
        '',
        '',
      ]),
      ...instrument.dimensions.map((d) =>
        v1Row([
          'dimension',
          d.id,
          d.title,
          '',
          '',
          '',
          '',
          '',
          '',
          notes[d.id] === undefined ? '' : `"${notes[d.id]!.replace(/"/g, '""')}"`,
        ]),
      ),
      v1Row(['overall', '', '', '', '', '', '', '', '', '']),
    ];
    return `\uFEFF${rows.join('\r\n')}\r\n`;
  };

  test('open, each note becoming one action of its dimension', () => {
    expect(resultFromCsv(v1({ 'outcome-focus': "'=SUM(A1), then\nreview" }), instrument)).toEqual({
      ok: true,
      value: {
        instrument: own,
        context: {},
        answers: { 'key-outcomes': 4 },
        plan: {
          'outcome-focus': [{ id: '1', what: '=SUM(A1), then\nreview', who: '', due: '', status: 'not-started' }],
        },
      },
    });
  });

  test('any set of notes comes through whole', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...dimensionIds),
          fc.oneof(nastyText, fc.string({ minLength: 1, maxLength: 300 })),
        ),
        (notes) => {
          const guarded = Object.fromEntries(
            Object.entries(notes).map(([k, v]) => [k, /^'*[=+\-@\t\r]/.test(v) ? `'${v}` : v]),
          );
          const parsed = resultFromCsv(v1(guarded), instrument);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          for (const id of dimensionIds) {
            const note = notes[id]?.trim() ?? '';
            expect(parsed.value.plan[id]?.map((a) => a.what)).toEqual(note === '' ? undefined : [note]);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
