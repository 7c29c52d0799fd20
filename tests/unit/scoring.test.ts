import { describe, expect, test } from 'vitest';
import { buildInstrument, CANT_JUDGE, type DimensionEntry } from '../../src/lib/instrument';
import { inventorySettingsSchema } from '../../src/lib/schemas';
import { scoreAnswers } from '../../src/lib/scoring';

const dim = (id: string, order: number, items: string[]): DimensionEntry => ({
  id,
  data: {
    title: id.toUpperCase(),
    order,
    keyStatement: 'k',
    prompt: 'p',
    questions: items.map((q) => ({ id: q, text: q })),
  },
});

const twelve = buildInstrument(
  [dim('a', 1, ['a1', 'a2', 'a3', 'a4']), dim('b', 2, ['b1', 'b2']), dim('c', 3, ['c1', 'c2', 'c3'])],
  inventorySettingsSchema.parse({ highlights: 1 }),
);

describe('scoring on the default 1–12 evidence scale', () => {
  test('a dimension scores the mean of its rated items, leaving out "can’t judge"', () => {
    const scores = scoreAnswers(twelve, { a1: 12, a2: 1, a3: CANT_JUDGE, a4: 5, b1: 7, b2: 7, c1: 1, c2: 1 });
    const [a, b, c] = scores.dimensions;
    expect(a).toMatchObject({ answered: 3, cantJudge: 1, mean: 6, band: 'Some evidence' });
    expect(a!.percent).toBeCloseTo((5 / 11) * 100, 10);
    expect(b).toMatchObject({ answered: 2, mean: 7 });
    expect(c).toMatchObject({ answered: 2, mean: 1, percent: 0, band: 'Little evidence' });
    expect(scores.overall!.mean).toBeCloseTo(14 / 3, 10);
    expect(scores.strengths).toEqual(['b']);
    expect(scores.developmentAreas).toEqual(['c']);
    expect(scores.totals).toEqual({ items: 9, answered: 7, cantJudge: 1, unanswered: 1 });
  });

  test('a dimension with fewer than half its items rated has no score', () => {
    const scores = scoreAnswers(twelve, { a1: 12, a2: CANT_JUDGE, a3: CANT_JUDGE });
    expect(scores.dimensions[0]).toMatchObject({ answered: 1, mean: null, percent: null, band: null });
    expect(scores.overall).toBeNull();
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
