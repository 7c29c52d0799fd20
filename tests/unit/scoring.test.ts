import { describe, expect, test } from 'vitest';
import { CANT_JUDGE } from '../../src/lib/instrument';
import { bandFor, scoreAnswers } from '../../src/lib/scoring';
import { inventorySettingsSchema } from '../../src/lib/schemas';
import { dim, instrumentOf } from './fixtures';

const twelve = instrumentOf(
  [dim('a', 1, ['a1', 'a2', 'a3', 'a4']), dim('b', 2, ['b1', 'b2']), dim('c', 3, ['c1', 'c2', 'c3'])],
  { highlights: 1 },
);

const five = instrumentOf(
  [
    dim('p', 1, ['p1', 'p2', 'p3']),
    dim('q', 2, ['q1', 'q2', 'q3']),
    dim('r', 3, ['r1', 'r2']),
    dim('s', 4, ['s1', 's2', 's3', 's4']),
  ],
  {
    scale: {
      min: 1,
      max: 5,
      anchors: [
        { value: 1, label: 'None' },
        { value: 5, label: 'Total' },
      ],
    },
  },
);

describe('scoring on the default 1–12 evidence scale', () => {
  test('a dimension scores the mean of its rated items, leaving out "can’t judge"', () => {
    const scores = scoreAnswers(twelve, { a1: 12, a2: 1, a3: CANT_JUDGE, a4: 5, b1: 7, b2: 7, c1: 1, c2: 1 });
    const [a, b, c] = scores.dimensions;
    // a: (12 + 1 + 5) / 3 = 6 → (6 − 1) / 11 × 100 = 45.45…
    expect(a).toMatchObject({ items: 4, answered: 3, cantJudge: 1, mean: 6, band: 'Some evidence' });
    expect(a!.percent).toBeCloseTo(500 / 11, 10);
    // b: 7 → 6 / 11 × 100 = 54.54… (Good evidence)
    expect(b).toMatchObject({ answered: 2, cantJudge: 0, mean: 7, band: 'Good evidence' });
    expect(b!.percent).toBeCloseTo(600 / 11, 10);
    expect(c).toMatchObject({ answered: 2, mean: 1, percent: 0, band: 'Little evidence' });
    // overall: (6 + 7 + 1) / 3 = 14 / 3 → (11 / 3) / 11 × 100 = 33.33…
    expect(scores.overall!.mean).toBeCloseTo(14 / 3, 10);
    expect(scores.overall!.percent).toBeCloseTo(100 / 3, 10);
    expect(scores.overall!.band).toBe('Some evidence');
    expect(scores.strengths).toEqual(['b']);
    expect(scores.developmentAreas).toEqual(['c']);
    expect(scores.totals).toEqual({ items: 9, answered: 7, cantJudge: 1, unanswered: 1 });
  });

  test('every item at the top of the scale scores 12, 100 and "Strong evidence" everywhere', () => {
    const all = Object.fromEntries(twelve.dimensions.flatMap((d) => d.items.map((i) => [i.id, 12])));
    const scores = scoreAnswers(twelve, all);
    expect(scores.dimensions.map((d) => [d.mean, d.percent, d.band])).toEqual([
      [12, 100, 'Strong evidence'],
      [12, 100, 'Strong evidence'],
      [12, 100, 'Strong evidence'],
    ]);
    expect(scores.overall).toEqual({ mean: 12, percent: 100, band: 'Strong evidence' });
  });

  test('a dimension with fewer than half its items rated has no score', () => {
    const scores = scoreAnswers(twelve, { a1: 12, a2: CANT_JUDGE, a3: CANT_JUDGE });
    expect(scores.dimensions[0]).toMatchObject({ answered: 1, cantJudge: 2, mean: null, percent: null, band: null });
    expect(scores.overall).toBeNull();
    expect(scores.strengths).toEqual([]);
    expect(scores.developmentAreas).toEqual([]);
    expect(scores.totals).toEqual({ items: 9, answered: 1, cantJudge: 2, unanswered: 6 });
  });

  test('exactly half its items rated is enough for a score', () => {
    const scores = scoreAnswers(twelve, { a1: 4, a2: 6 });
    expect(scores.dimensions[0]).toMatchObject({ answered: 2, mean: 5 });
    expect(scores.overall?.mean).toBe(5);
  });

  test('no answers at all gives no scores and every item unanswered', () => {
    const scores = scoreAnswers(twelve, {});
    expect(scores.dimensions.every((d) => d.mean === null)).toBe(true);
    expect(scores.overall).toBeNull();
    expect(scores.totals).toEqual({ items: 9, answered: 0, cantJudge: 0, unanswered: 9 });
  });
});

describe('scoring on a 1–5 scale', () => {
  const answers = {
    p1: 5,
    p2: 4,
    p3: 3,
    q1: 2,
    q2: CANT_JUDGE,
    r1: 2,
    r2: 3,
    s1: 4,
    s2: 4,
    s3: CANT_JUDGE,
    s4: 4,
  } as const;

  test('means, 0–100 scores and bands are exact, including a score on a band boundary', () => {
    const scores = scoreAnswers(five, answers);
    expect(scores.dimensions.map((d) => [d.id, d.answered, d.cantJudge, d.mean, d.percent, d.band])).toEqual([
      ['p', 3, 0, 4, 75, 'Strong evidence'], // (5 + 4 + 3) / 3 = 4 → 3 / 4 × 100 = 75
      ['q', 1, 1, null, null, null], // 1 of 3 rated: fewer than half
      ['r', 2, 0, 2.5, 37.5, 'Some evidence'], // 1.5 / 4 × 100
      ['s', 3, 1, 4, 75, 'Strong evidence'],
    ]);
    // (4 + 2.5 + 4) / 3 = 3.5 → 2.5 / 4 × 100 = 62.5
    expect(scores.overall).toEqual({ mean: 3.5, percent: 62.5, band: 'Good evidence' });
    expect(scores.totals).toEqual({ items: 12, answered: 9, cantJudge: 2, unanswered: 1 });
  });

  test('tied dimensions are ordered by the framework; a strength is never also a development area', () => {
    const scores = scoreAnswers(five, answers);
    // p and s tie at 4: p comes first in the framework. Two highlights, three scored dimensions.
    expect(scores.strengths).toEqual(['p', 's']);
    expect(scores.developmentAreas).toEqual(['r']);
  });

  test('ties among the lowest are also broken by framework order', () => {
    const scores = scoreAnswers(five, { p1: 5, p2: 5, q1: 1, q2: 1, r1: 1, r2: 1, s1: 5, s2: 3 });
    // means: p 5, q 1, r 1, s 4 → strengths p, s; lowest q then r (q comes first).
    expect(scores.strengths).toEqual(['p', 's']);
    expect(scores.developmentAreas).toEqual(['q', 'r']);
  });

  test('a score computed a hair under a band boundary still falls in that band', () => {
    const bands = [
      { from: 0, label: 'low' },
      { from: 45, label: 'middle' },
    ];
    const one = instrumentOf([dim('x', 1, ['x1', 'x2', 'x3', 'x4', 'x5'])], {
      scale: { min: 1, max: 5, anchors: [] },
      bands,
    });
    // (5 + 3 + 2 + 2 + 2) / 5 = 2.8 → 1.8 / 4 × 100 = 45 exactly, which floating point makes 44.99999999999999.
    const scores = scoreAnswers(one, { x1: 5, x2: 3, x3: 2, x4: 2, x5: 2 });
    expect(scores.dimensions[0]!.percent).toBeCloseTo(45, 10);
    expect(scores.dimensions[0]!.band).toBe('middle');
    expect(bandFor(bands, 44.9)).toBe('low');
  });

  test('a minimum share is met exactly even where floating point overshoots (7 of 25 at 0.28)', () => {
    const ids = Array.from({ length: 25 }, (_, i) => `i${i}`);
    const inst = instrumentOf([dim('x', 1, ids)], { scale: { min: 1, max: 5, anchors: [] }, minAnsweredShare: 0.28 });
    const seven = Object.fromEntries(ids.slice(0, 7).map((id) => [id, 3]));
    const six = Object.fromEntries(ids.slice(0, 6).map((id) => [id, 3]));
    expect(scoreAnswers(inst, seven).dimensions[0]!.mean).toBe(3);
    expect(scoreAnswers(inst, six).dimensions[0]!.mean).toBeNull();
  });

  test('values off the scale, unknown items and "can’t judge" where it is not offered are ignored', () => {
    const noCj = instrumentOf([dim('x', 1, ['x1', 'x2'])], {
      scale: { min: 1, max: 5, anchors: [], cantJudge: false },
    });
    const scores = scoreAnswers(noCj, { x1: 3, x2: CANT_JUDGE, other: 5 });
    expect(scores.dimensions[0]).toMatchObject({ answered: 1, cantJudge: 0, mean: 3 });
    expect(scores.totals).toEqual({ items: 2, answered: 1, cantJudge: 0, unanswered: 1 });
    const bad = scoreAnswers(five, { p1: 6, p2: 0, p3: 2.5, q1: 3 } as never);
    expect(bad.totals).toEqual({ items: 12, answered: 1, cantJudge: 0, unanswered: 11 });
  });
});

describe('scale settings that share codes cannot carry', () => {
  test('a scale minimum outside 0–15 is refused with the field named', () => {
    const result = inventorySettingsSchema.safeParse({ scale: { min: 16, max: 20, anchors: [] } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['scale.min', 'scale.min must be a whole number from 0 to 15'],
    ]);
  });
});
