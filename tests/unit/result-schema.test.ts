import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CANT_JUDGE, instrumentItems, type Answers } from '../../src/lib/instrument';
import type { ResultRecord } from '../../src/lib/result';
import { parseResultFile, resultToJson, stringifyResultFile } from '../../src/lib/result-file';
import { loadInstrument } from '../fixtures/instrument';
import { FULL_ANSWERS } from '../fixtures/results';
import { actionPlans } from '../fixtures/arbitraries';

const schemaOf = (version: number) =>
  JSON.parse(readFileSync(new URL(`../../public/schema/result-v${version}.json`, import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ strict: true, allErrors: true });
/** Version 2: what the site writes. */
const validate = ajv.compile(schemaOf(2));
/** Version 1: files written before the plan, which the site still reads. */
const validateV1 = ajv.compile(schemaOf(1));
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
  plan: actionPlans(instrument),
  createdAt: fc
    .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
});

const base = resultToJson(instrument, {
  instrument: own,
  context: { level: 'team' },
  answers: FULL_ANSWERS,
  plan: {
    'outcome-focus': [{ id: 'a1', what: 'Agree outcomes', who: 'Ann', due: '2027-03-31', status: 'in-progress' }],
  },
  createdAt: '2026-11-26T10:00:00.000Z',
}) as Record<string, unknown>;
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

describe('the published JSON Schema of the result file (public/schema/result-v2.json)', () => {
  test('counts the length of names and actions as the site does: in characters (an emoji is one)', () => {
    const emoji = (n: number) => '🤝'.repeat(n);
    for (const [change, accepted] of [
      [{ context: { partnership: emoji(150) } }, true],
      [{ context: { partnership: emoji(200) } }, true],
      [{ context: { partnership: emoji(201) } }, false],
      [{ plan: { 'outcome-focus': [{ what: emoji(5000), status: 'done' }] } }, true],
      [{ plan: { 'outcome-focus': [{ what: emoji(5001), status: 'done' }] } }, false],
      [{ plan: { 'outcome-focus': [{ what: 'A', who: emoji(200), status: 'done' }] } }, true],
      [{ plan: { 'outcome-focus': [{ what: 'A', who: emoji(201), status: 'done' }] } }, false],
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
      formatVersion: 2,
      instrument: own,
      answers: { 'key-outcomes': 4 },
    };
    expect(validate(minimal)).toBe(true);
    expect(parseResultFile(JSON.stringify(minimal), instrument).ok).toBe(true);
  });

  test.each([
    ['without answers', { answers: undefined }],
    ['of another format', { format: 'other' }],
    ['of format version 1', { formatVersion: 1 }],
    ['of format version 3', { formatVersion: 3 }],
    ['with version 1 notes', { notes: { 'outcome-focus': 'Agree outcomes' } }],
    ['with an action of blank text', { plan: { 'outcome-focus': [{ what: ' ', status: 'done' }] } }],
    ['with an action of an unknown status', { plan: { 'outcome-focus': [{ what: 'A', status: 'finished' }] } }],
    [
      'with an action dated other than YYYY-MM-DD',
      { plan: { 'outcome-focus': [{ what: 'A', status: 'done', due: '31/03/2027' }] } },
    ],
    [
      'with an action field the plan does not have',
      { plan: { 'outcome-focus': [{ what: 'A', status: 'done', cost: 3 }] } },
    ],
    [
      'with an action id that is not letters and digits',
      { plan: { 'outcome-focus': [{ id: 'A 1', what: 'A', status: 'done' }] } },
    ],
    [
      'with a lead over 200 characters',
      { plan: { 'outcome-focus': [{ what: 'A', who: 'x'.repeat(201), status: 'done' }] } },
    ],
    [
      'with 21 actions in a dimension',
      { plan: { 'outcome-focus': Array.from({ length: 21 }, () => ({ what: 'A', status: 'done' })) } },
    ],
    ['with a field the format does not have', { respondent: 'Ann' }],
    ['with a level outside the list', { context: { level: 'country' } }],
    ['with a rating that is not a whole number', { answers: { 'key-outcomes': 2.5 } }],
    ['with a rating written as text', { answers: { 'key-outcomes': '7' } }],
    ['with an item id that is not a slug', { answers: { 'Key Outcomes': 7 } }],
    ['with a date that is not ISO 8601', { createdAt: '26/11/2026' }],
    ['with a partnership name over 200 characters', { context: { partnership: 'x'.repeat(201) } }],
    [
      'with an action over 5000 characters',
      { plan: { 'outcome-focus': [{ what: 'x'.repeat(5001), status: 'done' }] } },
    ],
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

describe('the published JSON Schema of version 1 (public/schema/result-v1.json), kept for older files', () => {
  const v1 = {
    format: 'collective-leadership-result',
    formatVersion: 1,
    instrument: own,
    answers: { 'key-outcomes': 4 },
    notes: { 'outcome-focus': 'Agree three outcomes with partners by March' },
  };

  test('describes the version 1 files that the site still opens', () => {
    expect(validateV1(v1)).toBe(true);
    expect(parseResultFile(JSON.stringify(v1), instrument).ok).toBe(true);
  });

  test('refuses a version 2 file, which only the version 2 schema describes', () => {
    const written = JSON.parse(
      stringifyResultFile(instrument, { instrument: own, context: {}, answers: {}, plan: {} }),
    ) as object;
    expect(validateV1(written)).toBe(false);
    expect(validate(written)).toBe(true);
  });
});
