import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CANT_JUDGE, instrumentItems, type Answers } from '../../src/lib/instrument';
import type { ResultRecord } from '../../src/lib/result';
import { parseResultFile, resultToJson, stringifyResultFile } from '../../src/lib/result-file';
import { loadInstrument } from '../fixtures/instrument';
import { FULL_ANSWERS } from '../fixtures/results';

const schema = JSON.parse(
  readFileSync(new URL('../../public/schema/result-v1.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
const instrument = loadInstrument();
const items = instrumentItems(instrument);
const own = { id: instrument.id, version: instrument.version };

const records: fc.Arbitrary<ResultRecord> = fc.record({
  instrument: fc.constant(own),
  answers: fc
    .array(fc.oneof(fc.constant(undefined), fc.constant(CANT_JUDGE), fc.integer({ min: 1, max: 12 })), {
      minLength: items.length,
      maxLength: items.length,
    })
    .map(
      (values) => Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[items[i]!.id, v]]))) as Answers,
    ),
  context: fc.record(
    {
      level: fc.constantFrom('team' as const, 'organisation' as const, 'partnership' as const),
      partnership: fc.string({ minLength: 1, maxLength: 200, unit: 'binary-ascii' }),
    },
    { requiredKeys: [] },
  ),
  notes: fc.dictionary(
    fc.constantFrom(...instrument.dimensions.map((d) => d.id)),
    fc.string({ minLength: 1, maxLength: 300 }),
  ),
  createdAt: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
});

const base = resultToJson(instrument, {
  instrument: own,
  context: { level: 'team' },
  answers: FULL_ANSWERS,
  notes: {},
  createdAt: '2026-11-26T10:00:00.000Z',
}) as Record<string, unknown>;
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('the published JSON Schema of the result file (public/schema/result-v1.json)', () => {
  test('counts the length of names and notes as the site does: in characters (an emoji is one)', () => {
    const emoji = (n: number) => '🤝'.repeat(n);
    for (const [change, accepted] of [
      [{ context: { partnership: emoji(150) } }, true],
      [{ context: { partnership: emoji(200) } }, true],
      [{ context: { partnership: emoji(201) } }, false],
      [{ notes: { 'outcome-focus': emoji(5000) } }, true],
      [{ notes: { 'outcome-focus': emoji(5001) } }, false],
    ] as const) {
      const doc = { ...base, ...change };
      expect(validate(doc)).toBe(accepted);
      expect(parseResultFile(JSON.stringify(doc), instrument).ok).toBe(accepted);
    }
    const read = parseResultFile(JSON.stringify({ ...base, context: { partnership: emoji(150) } }), instrument);
    expect(read.ok && read.value.context.partnership).toBe(emoji(150));
  });

  test('accepts every file the site writes', () => {
    fc.assert(
      fc.property(records, (record) => {
        const ok = validate(JSON.parse(stringifyResultFile(instrument, record)));
        expect(errors()).toEqual([]);
        expect(ok).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  }, 120_000);

  test('accepts the smallest file the site reads: format, version, instrument and answers', () => {
    const minimal = {
      format: 'collective-leadership-result',
      formatVersion: 1,
      instrument: own,
      answers: { 'key-outcomes': 4 },
    };
    expect(validate(minimal)).toBe(true);
    expect(parseResultFile(JSON.stringify(minimal), instrument).ok).toBe(true);
  });

  test.each([
    ['without answers', { answers: undefined }],
    ['of another format', { format: 'other' }],
    ['of format version 2', { formatVersion: 2 }],
    ['with a field the format does not have', { respondent: 'Ann' }],
    ['with a level outside the list', { context: { level: 'country' } }],
    ['with a rating that is not a whole number', { answers: { 'key-outcomes': 2.5 } }],
    ['with a rating written as text', { answers: { 'key-outcomes': '7' } }],
    ['with an item id that is not a slug', { answers: { 'Key Outcomes': 7 } }],
    ['with a date that is not ISO 8601', { createdAt: '26/11/2026' }],
    ['with a partnership name over 200 characters', { context: { partnership: 'x'.repeat(201) } }],
    ['with a note over 5000 characters', { notes: { 'outcome-focus': 'x'.repeat(5001) } }],
    ['with a scale that is not an object', { scale: 'one to twelve' }],
    ['with a field the scale does not have', { scale: { min: 1, max: 12, cantJudge: true, step: 1 } }],
    ['with a field the context does not have', { context: { level: 'team', email: 'a@b.c' } }],
    ['with a field the instrument does not have', { instrument: { ...own, x: 1 } }],
  ])('refuses a file %s, and so does the site', (_, change) => {
    const doc = JSON.parse(JSON.stringify({ ...base, ...change })) as object;
    expect(validate(doc)).toBe(false);
    expect(parseResultFile(JSON.stringify(doc), instrument).ok).toBe(false);
  });
});
