import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CANT_JUDGE, instrumentItems, type Answers, type Instrument } from '../../src/lib/instrument';
import { scoreAnswers } from '../../src/lib/scoring';
import { dim, instrumentOf } from './fixtures';

/** Any valid instrument: 1–5 dimensions of 1–6 items, any scale of 2–21 points, any share. */
const instruments = fc
  .record({
    min: fc.integer({ min: 0, max: 15 }),
    span: fc.integer({ min: 1, max: 20 }),
    sizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 5 }),
    share: fc.double({ min: 0.01, max: 1, noNaN: true }),
    cantJudge: fc.boolean(),
    highlights: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ min, span, sizes, share, cantJudge, highlights }) =>
    instrumentOf(
      sizes.map((n, d) =>
        dim(
          `d${d}`,
          d + 1,
          Array.from({ length: n }, (_, i) => `d${d}-i${i}`),
        ),
      ),
      {
        scale: { min, max: min + span, anchors: [], cantJudge: cantJudge ? 'Can’t judge' : false },
        minAnsweredShare: share,
        highlights,
      },
    ),
  );

/** An instrument with valid answers to a random subset of its items. */
const withAnswers = instruments.chain((instrument) => {
  const { min, max } = instrument.scale;
  const value =
    instrument.scale.cantJudge === false
      ? fc.integer({ min, max })
      : fc.oneof(fc.integer({ min, max }), fc.constant(CANT_JUDGE));
  const entries = instrumentItems(instrument).map((item) =>
    fc.option(value, { nil: undefined }).map((v) => [item.id, v] as const),
  );
  return fc.tuple(fc.constant(instrument), fc.tuple(...entries)).map(([inst, pairs]) => {
    const answers: Answers = {};
    for (const [id, v] of pairs) if (v !== undefined) answers[id] = v;
    return [inst, answers] as [Instrument, Answers];
  });
});

/** Values that are never valid answers on the scale. */
const invalidValue = (instrument: Instrument) => {
  const { min, max } = instrument.scale;
  return fc.oneof(
    fc.integer({ min: max + 1, max: max + 100 }),
    fc.integer({ min: min - 100, max: min - 1 }),
    fc.double({ min, max, noNaN: true }).filter((v) => !Number.isInteger(v)),
    fc.constantFrom(
      Number.NaN,
      Infinity,
      null,
      '3',
      true,
      {},
      [],
      instrument.scale.cantJudge === false ? CANT_JUDGE : 'cant judge',
    ),
  );
};

describe('scoring invariants (fast-check)', () => {
  test('every score lies inside the scale: means within [min, max], 0–100 within [0, 100]', () => {
    fc.assert(
      fc.property(withAnswers, ([instrument, answers]) => {
        const { min, max } = instrument.scale;
        const scores = scoreAnswers(instrument, answers);
        const all = [...scores.dimensions, ...(scores.overall === null ? [] : [scores.overall])];
        for (const s of all) {
          if (s.mean === null || s.percent === null) continue;
          expect(s.mean).toBeGreaterThanOrEqual(min);
          expect(s.mean).toBeLessThanOrEqual(max);
          expect(s.percent).toBeGreaterThanOrEqual(0);
          expect(s.percent).toBeLessThanOrEqual(100);
        }
        const t = scores.totals;
        expect(t.answered + t.cantJudge + t.unanswered).toBe(t.items);
        expect(t.unanswered).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test('the order of the answers’ keys makes no difference', () => {
    fc.assert(
      fc.property(
        withAnswers.chain(([i, a]) =>
          fc.tuple(
            fc.constant(i),
            fc.constant(a),
            fc.shuffledSubarray(Object.entries(a), { minLength: Object.keys(a).length }),
          ),
        ),
        ([instrument, answers, shuffled]) => {
          expect(scoreAnswers(instrument, Object.fromEntries(shuffled))).toEqual(scoreAnswers(instrument, answers));
        },
      ),
    );
  });

  test('unknown ids and invalid values for unanswered items change nothing', () => {
    fc.assert(
      fc.property(
        withAnswers.chain(([instrument, answers]) => {
          const unanswered = instrumentItems(instrument)
            .map((i) => i.id)
            .filter((id) => !Object.hasOwn(answers, id));
          const junkForUnanswered = fc.tuple(
            ...unanswered.map((id) =>
              fc.option(invalidValue(instrument), { nil: undefined }).map((v) => [id, v] as const),
            ),
          );
          const unknown = fc.dictionary(
            fc.string({ minLength: 1 }).filter((k) => !k.startsWith('d')),
            fc.oneof(fc.integer(), fc.constant(CANT_JUDGE)),
            { maxKeys: 5 },
          );
          return fc.tuple(fc.constant(instrument), fc.constant(answers), junkForUnanswered, unknown);
        }),
        ([instrument, answers, junk, unknown]) => {
          const noisy: Record<string, unknown> = { ...unknown, ...answers };
          for (const [id, v] of junk) if (v !== undefined) noisy[id] = v;
          expect(scoreAnswers(instrument, noisy as Answers)).toEqual(scoreAnswers(instrument, answers));
        },
      ),
    );
  });

  test('strengths and development areas are scored dimensions and never overlap', () => {
    fc.assert(
      fc.property(withAnswers, ([instrument, answers]) => {
        const scores = scoreAnswers(instrument, answers);
        const scored = new Set(scores.dimensions.filter((d) => d.mean !== null).map((d) => d.id));
        for (const id of [...scores.strengths, ...scores.developmentAreas]) expect(scored.has(id)).toBe(true);
        expect(scores.strengths.filter((id) => scores.developmentAreas.includes(id))).toEqual([]);
        expect(scores.strengths.length).toBeLessThanOrEqual(instrument.highlights);
        expect(scores.developmentAreas.length).toBeLessThanOrEqual(instrument.highlights);
      }),
    );
  });
});
