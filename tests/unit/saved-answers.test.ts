import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CANT_JUDGE, isValidAnswer } from '../../src/lib/instrument';
import { describeRestore, readSavedAnswers, savedRecord } from '../../src/lib/saved-answers';
import { dim, instrumentOf } from './fixtures';

const instrument = instrumentOf([dim('a', 1, ['a1', 'a2', 'a3']), dim('b', 2, ['b1', 'b2'])]);
const record = (over: Record<string, unknown>) => JSON.stringify({ ...savedRecord(instrument, {}, {}), ...over });

describe('reading saved answers back', () => {
  test('nothing saved gives no answers and nothing to report', () => {
    const r = readSavedAnswers(instrument, undefined);
    expect(r).toMatchObject({ answers: {}, context: {}, unreadable: false, otherVersion: false });
    expect(describeRestore(r, instrument)).toEqual([]);
  });

  test('a record of this instrument comes back as it was', () => {
    const saved = JSON.stringify(
      savedRecord(instrument, { a1: 3, b2: CANT_JUDGE }, { level: 'team', partnership: 'North' }),
    );
    const r = readSavedAnswers(instrument, saved);
    expect(r.answers).toEqual({ a1: 3, b2: CANT_JUDGE });
    expect(r.context).toEqual({ level: 'team', partnership: 'North' });
    expect(describeRestore(r, instrument)).toEqual([]);
  });

  test('text that is not JSON is unreadable, with a message that says none were restored', () => {
    const r = readSavedAnswers(instrument, '{"answers": {"a1": 3');
    expect(r.unreadable).toBe('not-json');
    expect(r.answers).toEqual({});
    expect(describeRestore(r, instrument)).toEqual([
      'The answers saved on this device could not be read (the saved data is damaged), so none were restored.',
    ]);
  });

  test('JSON of the wrong shape is unreadable', () => {
    for (const raw of ['[]', '42', 'null', '{"answers": [1, 2]}', '{"instrument": {}, "answers": "a1"}']) {
      expect(readSavedAnswers(instrument, raw).unreadable).toBe('wrong-shape');
    }
  });

  test('from another version: known items with valid values are kept, and each drop is counted with its reason', () => {
    const raw = record({
      instrument: { id: instrument.id, version: 'older000', scale: { min: 1, max: 12 } },
      answers: { a1: 12, a2: CANT_JUDGE, gone1: 4, gone2: 5, a3: 13, b1: 'seven' },
      context: { level: 'county', partnership: 'East' },
    });
    const r = readSavedAnswers(instrument, raw);
    expect(r.otherVersion).toBe(true);
    expect(r.answers).toEqual({ a1: 12, a2: CANT_JUDGE });
    expect(r.context).toEqual({ partnership: 'East' });
    expect([r.unknownItems, r.invalidValues, r.rescaled, r.invalidContext]).toEqual([2, 2, 0, 1]);
    expect(describeRestore(r, instrument)).toEqual([
      '2 saved answers were dropped because their questions are no longer in the inventory.',
      '2 saved answers were dropped because their values are not a valid answer on the scale of 1 to 12.',
      '1 saved detail about what you assess could not be read and was left out.',
    ]);
  });

  test('when the scale has changed, ratings are dropped (they meant something else) but "can’t judge" is kept', () => {
    const raw = record({
      instrument: { id: instrument.id, version: 'older000', scale: { min: 1, max: 5 } },
      answers: { a1: 3, a2: CANT_JUDGE, b1: 5 },
    });
    const r = readSavedAnswers(instrument, raw);
    expect(r.answers).toEqual({ a2: CANT_JUDGE });
    expect(describeRestore(r, instrument)).toEqual([
      '2 saved ratings were dropped because the rating scale has changed (it is now 1 to 12).',
    ]);
  });

  test('one dropped answer is described in the singular', () => {
    const r = readSavedAnswers(instrument, record({ answers: { gone: 3 } }));
    expect(describeRestore(r, instrument)).toEqual([
      '1 saved answer was dropped because its question is no longer in the inventory.',
    ]);
  });

  test('any string at all is read without throwing, and yields only valid answers to known items', () => {
    const ids = ['a1', 'a2', 'a3', 'b1', 'b2'];
    const anyAnswers = fc.dictionary(fc.constantFrom(...ids, 'x', '__proto__'), fc.jsonValue());
    const raws = fc.oneof(
      fc.string(),
      fc.json(),
      anyAnswers.map((answers) => record({ answers })),
      fc
        .record({ instrument: fc.jsonValue(), answers: fc.jsonValue(), context: fc.jsonValue() })
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(raws, (raw) => {
        const r = readSavedAnswers(instrument, raw);
        for (const [id, v] of Object.entries(r.answers)) {
          expect(ids).toContain(id);
          expect(isValidAnswer(instrument, v)).toBe(true);
        }
        expect(Object.getPrototypeOf(r.answers)).toBe(Object.prototype);
      }),
    );
  });
});
