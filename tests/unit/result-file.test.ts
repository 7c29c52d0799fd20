import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { instrumentItems } from '../../src/lib/instrument';
import type { ResultRecord } from '../../src/lib/result';
import { oversizedFileReason, parseResultFile, resultToJson, stringifyResultFile } from '../../src/lib/result-file';
import { stringifyWorkshopFile } from '../../src/lib/workshop-file';
import { t } from '../../src/i18n/t';
import { actionPlans, answerSets } from '../fixtures/arbitraries';
import { loadInstrument } from '../fixtures/instrument';

const instrument = loadInstrument();
const items = instrumentItems(instrument);
const dimensionIds = instrument.dimensions.map((d) => d.id);
const [first, second] = items;

const records: fc.Arbitrary<ResultRecord> = fc.record({
  answers: answerSets(instrument),
  context: fc.record(
    {
      level: fc.constantFrom('team' as const, 'organisation' as const, 'partnership' as const),
      partnership: fc.string({ minLength: 1, maxLength: 200 }),
    },
    { requiredKeys: [] },
  ),
  plan: actionPlans(instrument),
  instrument: fc.constant({ id: instrument.id, version: instrument.version }),
  createdAt: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
});

const file = (overrides: Record<string, unknown>) =>
  JSON.stringify({
    ...(resultToJson(instrument, { instrument, context: {}, answers: { [first!.id]: 5 }, plan: {} }) as object),
    ...overrides,
  });

describe('result files', () => {
  test('any valid result survives writing and reading back exactly', () => {
    fc.assert(
      fc.property(records, (record) => {
        expect(parseResultFile(stringifyResultFile(instrument, record), instrument)).toEqual({
          ok: true,
          value: record,
        });
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  test('carry the format, the instrument, the scale and the derived scores', () => {
    const json = resultToJson(instrument, {
      instrument,
      context: { level: 'team' },
      answers: { [first!.id]: 12, [second!.id]: 1 },
      plan: {},
    });
    expect(json).toMatchObject({
      format: 'collective-leadership-result',
      formatVersion: 2,
      instrument: { id: 'collective-leadership-inventory', version: instrument.version },
      scale: { min: 1, max: 12, cantJudge: true },
      context: { level: 'team' },
      answers: { [first!.id]: 12, [second!.id]: 1 },
    });
    const scores = (json as { scores: { dimensions: object[]; overall: unknown } }).scores;
    expect(scores.dimensions).toHaveLength(7);
    expect(scores.dimensions[0]).toEqual({
      id: 'collective-vision',
      title: 'Collective Vision',
      answered: 2,
      cantJudge: 0,
      items: 6,
      mean: null,
      percent: null,
      band: null,
    });
    expect(scores.overall).toBeNull();
  });

  test('ignore scores written in the file: they are recomputed from the answers', () => {
    const parsed = parseResultFile(file({ scores: { overall: { mean: 12 } } }), instrument);
    expect(parsed).toEqual({
      ok: true,
      value: {
        instrument: { id: instrument.id, version: instrument.version },
        context: {},
        answers: { [first!.id]: 5 },
        plan: {},
      },
    });
  });

  test.each([
    ['', 'empty', 'This file is empty.'],
    ['{nope', 'not-json', 'This is not a result file: it is not valid JSON.'],
    ['[1,2]', 'wrong-format', 'This is not a result file of this inventory.'],
    [
      file({ format: 'other' }),
      'wrong-format',
      'This is not a result file of this inventory (its format is not “collective-leadership-result”).',
    ],
    [
      // A workshop file, as the collective page writes it, given where results are added.
      stringifyWorkshopFile(
        instrument,
        { id: 'w1', created: '2026-11-28T09:00:00.000Z', tag: 'AB12', name: 'Northshire, March 2027' },
        [],
        [],
        new Date('2026-11-28T10:00:00.000Z'),
      ),
      'wrong-format',
      'This is a workshop file, not a result file. Open it on the collective page with “Open a workshop file (from another device)”.',
    ],
    [
      file({ formatVersion: 3 }),
      'unsupported-format-version',
      'This result file uses format version 3; this site reads versions 1 and 2.',
    ],
    [
      file({ notes: { [dimensionIds[0]!]: 'x' } }),
      'wrong-format',
      'This result file has a field the format does not have: “notes”.',
    ],
    [file({ plan: { nowhere: [] } }), 'bad-field', 'The action plan names an unknown dimension: “nowhere”.'],
    [
      file({ plan: { 'outcome-focus': [{ what: '  ', status: 'done' }] } }),
      'bad-field',
      'Action 1 for “outcome-focus”: Say what the action is.',
    ],
    [
      file({ plan: { 'outcome-focus': [{ what: 'Agree', status: 'finished' }] } }),
      'bad-field',
      'Action 1 for “outcome-focus”: The status must be one of: not-started, in-progress, done.',
    ],
    [
      file({ plan: { 'outcome-focus': [{ what: 'Agree', status: 'done', due: '2027-02-30' }] } }),
      'bad-field',
      'Action 1 for “outcome-focus”: The date must be a real date, written YYYY-MM-DD.',
    ],
    [
      file({ plan: { 'outcome-focus': [{ what: 'Agree', status: 'done', owner: 'Ann' }] } }),
      'bad-field',
      'Action 1 for “outcome-focus” has a field the plan does not have: “owner”.',
    ],
    [
      file({
        plan: {
          'outcome-focus': [{ id: 'a', what: 'A', status: 'done' }],
          'collective-vision': [{ id: 'a', what: 'B', status: 'done' }],
        },
      }),
      'bad-field',
      'Two actions have the same id “a”.',
    ],
    [
      file({ plan: { 'outcome-focus': Array.from({ length: 21 }, () => ({ what: 'A', status: 'done' })) } }),
      'bad-field',
      '“outcome-focus” has 21 actions; a dimension can have at most 20.',
    ],
    [
      file({ plan: { 'outcome-focus': [{ what: 'A'.repeat(5001), status: 'done' }] } }),
      'bad-field',
      'Action 1 for “outcome-focus”: An action can be at most 5000 characters long (this one has 5001).',
    ],
    [
      file({ plan: { 'outcome-focus': [{ what: 'A', who: 'B'.repeat(201), status: 'done' }] } }),
      'bad-field',
      'Action 1 for “outcome-focus”: Who leads can be at most 200 characters long.',
    ],
    [
      file({ instrument: { id: 'big-five', version: 'x' } }),
      'other-instrument',
      'This result belongs to another instrument (“big-five”), not “collective-leadership-inventory”.',
    ],
    [
      file({ answers: { 'no-such-item': 3 } }),
      'bad-answers',
      'The answers name an item this inventory does not have: “no-such-item”.',
    ],
    [
      file({ answers: { [first!.id]: 13 } }),
      'bad-answers',
      `The answer to “${first!.id}” is 13; it must be a whole number from 1 to 12 or “cant-judge”.`,
    ],
    [
      file({ answers: { [first!.id]: '7' } }),
      'bad-answers',
      `The answer to “${first!.id}” is "7"; it must be a whole number from 1 to 12 or “cant-judge”.`,
    ],
    [
      file({ answers: { [first!.id]: 2.5 } }),
      'bad-answers',
      `The answer to “${first!.id}” is 2.5; it must be a whole number from 1 to 12 or “cant-judge”.`,
    ],
    [
      '{"format":"collective-leadership-result","formatVersion":1,"instrument":{"id":"collective-leadership-inventory","version":"' +
        instrument.version +
        '"},"answers":{"__proto__":{"polluted":1}}}',
      'bad-answers',
      'The answers name an item this inventory does not have: “__proto__”.',
    ],
    [file({ context: { level: 'country' } }), 'bad-field', 'The level must be one of team, organisation, partnership.'],
    [
      file({ formatVersion: 1, plan: undefined, notes: { nowhere: 'x' } }),
      'bad-field',
      'The action notes name an unknown dimension: “nowhere”.',
    ],
    [
      file({ formatVersion: 1, plan: undefined, notes: {}, x: 1 }),
      'wrong-format',
      'This result file has a field the format does not have: “x”.',
    ],
    [file({ createdAt: 'yesterday' }), 'bad-field', 'The date of this result (createdAt) is not a valid date.'],
    [
      file({ formatVersion: '1' }),
      'unsupported-format-version',
      'This result file’s format version is the text "1", not a number; this site reads versions 1 and 2, written as numbers.',
    ],
    [
      file({ formatVersion: undefined }),
      'unsupported-format-version',
      'This result file does not say which format version it uses (“formatVersion” is missing); this site reads versions 1 and 2.',
    ],
    [
      file({ instrument: undefined }),
      'wrong-format',
      'This result file does not say which inventory it belongs to (“instrument” is missing or not an object with an id and a version).',
    ],
    [
      file({ instrument: 'collective-leadership-inventory' }),
      'wrong-format',
      'This result file does not say which inventory it belongs to (“instrument” is missing or not an object with an id and a version).',
    ],
    [
      file({ instrument: { version: instrument.version } }),
      'wrong-format',
      'This result file does not say which inventory it belongs to (its instrument has no id).',
    ],
    [
      file({ answers: { [first!.id]: 12345 } }).replace('12345', '1e309'),
      'bad-answers',
      `The answer to “${first!.id}” is a number too large to read; it must be a whole number from 1 to 12 or “cant-judge”.`,
    ],
  ])('refuse %#: %s… with a clear reason', (text, code, message) => {
    expect(parseResultFile(text, instrument)).toEqual({ ok: false, code, message });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('a workshop file is sent to the control that opens it, named as the collective page names it', () => {
    expect(t('files.workshopFile')).toContain(`“${t('workshop.importLabel')}”`);
  });

  test('refuse a result of another version of the inventory, naming that version so it can be kept apart', () => {
    expect(parseResultFile(file({ instrument: { id: instrument.id, version: 'deadbeef' } }), instrument)).toMatchObject(
      {
        ok: false,
        code: 'other-instrument-version',
        instrumentVersion: 'deadbeef',
      },
    );
  });

  test('say how large a refused file is, in a way that shows it is over 1 MB', () => {
    expect(oversizedFileReason(1_000_001)).toBe(
      'It is 1,000,001 bytes; a result file is a few kilobytes, and files over 1 MB (1,000,000 bytes) are not read.',
    );
    expect(oversizedFileReason(1_049_999)).toBe(
      'It is 1,049,999 bytes; a result file is a few kilobytes, and files over 1 MB (1,000,000 bytes) are not read.',
    );
    expect(oversizedFileReason(1_050_000)).toBe(
      'It is 1.1 MB; a result file is a few kilobytes, and files over 1 MB are not read.',
    );
    expect(oversizedFileReason(2_500_000)).toBe(
      'It is 2.5 MB; a result file is a few kilobytes, and files over 1 MB are not read.',
    );
  });

  test('refuse files over 1 MB before reading them', () => {
    expect(parseResultFile(' '.repeat(1_000_001), instrument)).toMatchObject({ ok: false, code: 'too-large' });
  });

  test('keep HTML in text fields as plain text', () => {
    const parsed = parseResultFile(
      file({ plan: { [dimensionIds[0]!]: [{ what: '<img src=x onerror=alert(1)>', status: 'done' }] } }),
      instrument,
    );
    expect(parsed.ok && parsed.value.plan[dimensionIds[0]!]?.[0]?.what).toBe('<img src=x onerror=alert(1)>');
  });

  test('never throw on random input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          records.map((r) => stringifyResultFile(instrument, r).slice(0, 200)),
        ),
        (text) => {
          const result = parseResultFile(text, instrument);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 10_000 },
    );
  }, 120_000);
});

describe('result files with fields the format does not have', () => {
  test('are refused, naming the field, as the published schema refuses them', () => {
    expect(parseResultFile(file({ respondent: 'Ann' }), instrument)).toEqual({
      ok: false,
      code: 'wrong-format',
      message: 'This result file has a field the format does not have: “respondent”.',
    });
  });

  test('a date written other than as ISO 8601 date and time is refused', () => {
    expect(parseResultFile(file({ createdAt: 'November 26, 2026' }), instrument)).toMatchObject({
      ok: false,
      code: 'bad-field',
    });
    expect(parseResultFile(file({ createdAt: '2026-11-26T10:00:00+01:00' }), instrument)).toMatchObject({ ok: true });
  });
});

describe('the action plan in result files (format version 2)', () => {
  const record: ResultRecord = {
    instrument: { id: instrument.id, version: instrument.version },
    context: {},
    answers: { [first!.id]: 5 },
    plan: {
      'outcome-focus': [
        { id: 'k2', what: 'Agree three outcomes, with partners', who: 'Ann', due: '2027-03-31', status: 'in-progress' },
        { id: 'a1', what: 'Review them', who: '', due: '', status: 'not-started' },
      ],
      'collective-vision': [{ id: 'v', what: 'Write the vision down', who: 'Board', due: '', status: 'done' }],
    },
  };

  test('is written in framework order, leaving out an empty lead or date', () => {
    expect((resultToJson(instrument, record) as { plan: unknown }).plan).toEqual({
      'collective-vision': [{ id: 'v', what: 'Write the vision down', who: 'Board', status: 'done' }],
      'outcome-focus': [
        { id: 'k2', what: 'Agree three outcomes, with partners', who: 'Ann', due: '2027-03-31', status: 'in-progress' },
        { id: 'a1', what: 'Review them', status: 'not-started' },
      ],
    });
    expect(Object.keys((resultToJson(instrument, record) as { plan: object }).plan)).toEqual([
      'collective-vision',
      'outcome-focus',
    ]);
  });

  test('a hand-written action without an id gets the smallest free one; text is trimmed', () => {
    const parsed = parseResultFile(
      file({
        plan: {
          'outcome-focus': [
            { id: '1', what: ' A ', status: 'done' },
            { what: 'B', status: 'not-started', who: ' Ann ' },
          ],
        },
      }),
      instrument,
    );
    expect(parsed.ok && parsed.value.plan).toEqual({
      'outcome-focus': [
        { id: '1', what: 'A', who: '', due: '', status: 'done' },
        { id: '2', what: 'B', who: 'Ann', due: '', status: 'not-started' },
      ],
    });
  });
});

describe('format version 1 files (free-text notes) still open', () => {
  const v1 = (notes: Record<string, string>) =>
    JSON.stringify({
      format: 'collective-leadership-result',
      formatVersion: 1,
      instrument: { id: instrument.id, version: instrument.version },
      answers: { [first!.id]: 5 },
      notes,
    });

  test('each note becomes one action, not started, in framework order: nothing lost', () => {
    expect(
      parseResultFile(
        v1({ 'outcome-focus': 'Agree three outcomes\nby March', 'collective-vision': '  Vision day ' }),
        instrument,
      ),
    ).toEqual({
      ok: true,
      value: {
        instrument: { id: instrument.id, version: instrument.version },
        context: {},
        answers: { [first!.id]: 5 },
        plan: {
          'collective-vision': [{ id: '1', what: 'Vision day', who: '', due: '', status: 'not-started' }],
          'outcome-focus': [
            { id: '2', what: 'Agree three outcomes\nby March', who: '', due: '', status: 'not-started' },
          ],
        },
      },
    });
  });

  test("any version 1 file opens with every note whole as its dimension's one action", () => {
    fc.assert(
      fc.property(
        records,
        fc.dictionary(fc.constantFrom(...dimensionIds), fc.string({ minLength: 1, maxLength: 5000 })),
        (record, notes) => {
          const doc: Record<string, unknown> = {
            ...(resultToJson(instrument, record) as Record<string, unknown>),
            formatVersion: 1,
            notes,
          };
          delete doc['plan'];
          const parsed = parseResultFile(JSON.stringify(doc), instrument);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect(parsed.value.answers).toEqual(record.answers);
          expect(parsed.value.context).toEqual(record.context);
          for (const id of dimensionIds) {
            const note = notes[id]?.trim() ?? '';
            expect(parsed.value.plan[id]?.map((a) => [a.what, a.who, a.due, a.status])).toEqual(
              note === '' ? undefined : [[note, '', '', 'not-started']],
            );
          }
        },
      ),
      { numRuns: 2_000 },
    );
  }, 120_000);
});
