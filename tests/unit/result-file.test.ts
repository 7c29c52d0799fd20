import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { instrumentItems } from '../../src/lib/instrument';
import type { ResultRecord } from '../../src/lib/result';
import { oversizedFileReason, parseResultFile, resultToJson, stringifyResultFile } from '../../src/lib/result-file';
import { answerSets } from '../fixtures/arbitraries';
import { loadInstrument } from '../fixtures/instrument';

const instrument = loadInstrument();
const items = instrumentItems(instrument);
const dimensionIds = instrument.dimensions.map((d) => d.id);
const [first, second] = items;

const records: fc.Arbitrary<ResultRecord> = fc.record({
  answers: answerSets(instrument),
  context: fc.record(
    { level: fc.constantFrom('team' as const, 'organisation' as const, 'partnership' as const), partnership: fc.string({ minLength: 1, maxLength: 200 }) },
    { requiredKeys: [] },
  ),
  notes: fc.dictionary(fc.constantFrom(...dimensionIds), fc.string({ minLength: 1, maxLength: 300 })),
  instrument: fc.constant({ id: instrument.id, version: instrument.version }),
  createdAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
});

const file = (overrides: Record<string, unknown>) =>
  JSON.stringify({ ...(resultToJson(instrument, { instrument, context: {}, answers: { [first!.id]: 5 }, notes: {} }) as object), ...overrides });

describe('result files', () => {
  test('any valid result survives writing and reading back exactly', () => {
    fc.assert(
      fc.property(records, (record) => {
        expect(parseResultFile(stringifyResultFile(instrument, record), instrument)).toEqual({ ok: true, value: record });
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  test('carry the format, the instrument, the scale and the derived scores', () => {
    const json = resultToJson(instrument, { instrument, context: { level: 'team' }, answers: { [first!.id]: 12, [second!.id]: 1 }, notes: {} });
    expect(json).toMatchObject({
      format: 'collective-leadership-result',
      formatVersion: 1,
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
    expect(parsed).toEqual({ ok: true, value: { instrument: { id: instrument.id, version: instrument.version }, context: {}, answers: { [first!.id]: 5 }, notes: {} } });
  });

  test.each([
    ['', 'empty', 'This file is empty.'],
    ['{nope', 'not-json', 'This is not a result file: it is not valid JSON.'],
    ['[1,2]', 'wrong-format', 'This is not a result file of this inventory.'],
    [file({ format: 'other' }), 'wrong-format', 'This is not a result file of this inventory (its format is not “collective-leadership-result”).'],
    [file({ formatVersion: 2 }), 'unsupported-format-version', 'This result file uses format version 2; this site reads version 1.'],
    [file({ instrument: { id: 'big-five', version: 'x' } }), 'other-instrument', 'This result belongs to another instrument (“big-five”), not “collective-leadership-inventory”.'],
    [file({ answers: { 'no-such-item': 3 } }), 'bad-answers', 'The answers name an item this inventory does not have: “no-such-item”.'],
    [file({ answers: { [first!.id]: 13 } }), 'bad-answers', `The answer to “${first!.id}” is 13; it must be a whole number from 1 to 12 or “cant-judge”.`],
    [file({ answers: { [first!.id]: '7' } }), 'bad-answers', `The answer to “${first!.id}” is "7"; it must be a whole number from 1 to 12 or “cant-judge”.`],
    [file({ answers: { [first!.id]: 2.5 } }), 'bad-answers', `The answer to “${first!.id}” is 2.5; it must be a whole number from 1 to 12 or “cant-judge”.`],
    ['{"format":"collective-leadership-result","formatVersion":1,"instrument":{"id":"collective-leadership-inventory","version":"' + instrument.version + '"},"answers":{"__proto__":{"polluted":1}}}', 'bad-answers', 'The answers name an item this inventory does not have: “__proto__”.'],
    [file({ context: { level: 'country' } }), 'bad-field', 'The level must be one of team, organisation, partnership.'],
    [file({ notes: { nowhere: 'x' } }), 'bad-field', 'The action notes name an unknown dimension: “nowhere”.'],
    [file({ createdAt: 'yesterday' }), 'bad-field', 'The date of this result (createdAt) is not a valid date.'],
    [file({ formatVersion: '1' }), 'unsupported-format-version', 'This result file’s format version is the text "1", not a number; this site reads version 1, written as the number 1.'],
    [file({ formatVersion: undefined }), 'unsupported-format-version', 'This result file does not say which format version it uses (“formatVersion” is missing); this site reads version 1.'],
    [file({ instrument: undefined }), 'wrong-format', 'This result file does not say which inventory it belongs to (“instrument” is missing or not an object with an id and a version).'],
    [file({ instrument: 'collective-leadership-inventory' }), 'wrong-format', 'This result file does not say which inventory it belongs to (“instrument” is missing or not an object with an id and a version).'],
    [file({ instrument: { version: instrument.version } }), 'wrong-format', 'This result file does not say which inventory it belongs to (its instrument has no id).'],
    [file({ answers: { [first!.id]: 12345 } }).replace('12345', '1e309'), 'bad-answers', `The answer to “${first!.id}” is a number too large to read; it must be a whole number from 1 to 12 or “cant-judge”.`],
  ])('refuse %#: %s… with a clear reason', (text, code, message) => {
    expect(parseResultFile(text, instrument)).toEqual({ ok: false, code, message });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('refuse a result of another version of the inventory, naming that version so it can be kept apart', () => {
    expect(parseResultFile(file({ instrument: { id: instrument.id, version: 'deadbeef' } }), instrument)).toMatchObject({
      ok: false,
      code: 'other-instrument-version',
      instrumentVersion: 'deadbeef',
    });
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
    const parsed = parseResultFile(file({ notes: { [dimensionIds[0]!]: '<img src=x onerror=alert(1)>' } }), instrument);
    expect(parsed.ok && parsed.value.notes[dimensionIds[0]!]).toBe('<img src=x onerror=alert(1)>');
  });

  test('never throw on random input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), records.map((r) => stringifyResultFile(instrument, r).slice(0, 200))), (text) => {
        const result = parseResultFile(text, instrument);
        expect(typeof result.ok).toBe('boolean');
      }),
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
    expect(parseResultFile(file({ createdAt: 'November 26, 2026' }), instrument)).toMatchObject({ ok: false, code: 'bad-field' });
    expect(parseResultFile(file({ createdAt: '2026-11-26T10:00:00+01:00' }), instrument)).toMatchObject({ ok: true });
  });
});
