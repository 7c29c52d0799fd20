import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  answerVector,
  questionFiguresInRange,
  questionFiguresOfVectors,
  VECTOR_CANT_JUDGE,
  AGREEMENT_LEVELS,
  agreementFor,
  aggregateMeans,
  aggregateResults,
  groupFigures,
  individualMeans,
  questionFigures,
  type IndividualMeans,
} from '../../src/lib/aggregate';
import { filterByLevel, smallestLevelGroup } from '../../src/lib/collection';
import { CANT_JUDGE, type Answers } from '../../src/lib/instrument';
import { scoreAnswers } from '../../src/lib/scoring';
import { loadInstrument } from '../fixtures/instrument';
import { PEOPLE, uniformAnswers } from '../fixtures/team';

const instrument = loadInstrument();
const people = (...keys: (keyof typeof PEOPLE)[]) =>
  keys.map((k) => ({ answers: uniformAnswers(instrument, PEOPLE[k]) }));
const figuresOf = (profile: ReturnType<typeof aggregateResults>) =>
  Object.fromEntries(profile.dimensions.map((d) => [d.id, d.figures]));

describe('aggregateResults on fixture people', () => {
  test('three people: group means and population SDs worked out by hand; lowest and highest withheld', () => {
    const profile = aggregateResults(instrument, people('a', 'b', 'c'));
    expect(profile).toMatchObject({ count: 3, threshold: 3, shown: true, needed: 0 });
    const f = figuresOf(profile);
    // Collective Vision: 4, 6, 8 → mean 18/3 = 6; squares 4 + 0 + 4 = 8; SD = √(8/3) ≈ 1.633.
    // Lowest and highest with the mean would give the middle score (3 × 6 − 4 − 8 = 6): withheld below 5.
    expect(f['collective-vision']).toMatchObject({ n: 3, mean: 6, lowest: null, highest: null });
    expect(f['collective-vision']!.sd).toBeCloseTo(Math.sqrt(8 / 3), 12);
    // 1.633 / 11 ≈ 0.148: from 0.1 to below 0.2.
    expect(f['collective-vision']!.agreement).toBe('some');
    // Outcome Focus: 6, 6, 6 → mean 6, SD exactly 0.
    expect(f['outcome-focus']).toMatchObject({ mean: 6, lowest: null, highest: null, sd: 0, agreement: 'high' });
    // Multiple Level Leadership: 8, 10, 12 → mean 10; squares 4 + 0 + 4 → SD √(8/3).
    expect(f['multiple-level-leadership']).toMatchObject({ mean: 10, lowest: null, highest: null });
    expect(f['multiple-level-leadership']!.sd).toBeCloseTo(Math.sqrt(8 / 3), 12);
    // Partnership Working: 10, 4, 7 → mean 7; squares 9 + 9 + 0 = 18; SD √6 ≈ 2.449; 2.449 / 11 ≈ 0.223.
    expect(f['partnership-working']!.mean).toBe(7);
    expect(f['partnership-working']!.sd).toBeCloseTo(Math.sqrt(6), 12);
    expect(f['partnership-working']!.agreement).toBe('wide');
    // Systems and Structures: 5, 9, 10 → mean 8; squares 9 + 1 + 4 = 14; SD √(14/3) ≈ 2.160; /11 ≈ 0.196.
    expect(f['systems-and-structures']!.mean).toBe(8);
    expect(f['systems-and-structures']!.sd).toBeCloseTo(Math.sqrt(14 / 3), 12);
    expect(f['systems-and-structures']!.agreement).toBe('some');
    // Overall: people's overall means 42/7, 44/7, 52/7 → group mean 138/21 ≈ 6.571.
    expect(profile.overall!.mean).toBeCloseTo(138 / 21, 12);
    expect(profile.overall).toMatchObject({ n: 3, lowest: null, highest: null });
  });

  test('five people: lowest and highest shown', () => {
    const rows = [...people('a', 'b', 'c', 'd'), { answers: uniformAnswers(instrument, [10, 6, 6, 5, 2, 7, 7]) }];
    const profile = aggregateResults(instrument, rows);
    // Collective Vision: 4, 6, 8, 2, 10 → mean 6, lowest 2, highest 10.
    expect(profile.dimensions[0]!.figures).toMatchObject({ n: 5, mean: 6, lowest: 2, highest: 10 });
    // Overall: 42/7, 44/7, 52/7, 30/7, 43/7 → lowest 30/7, highest 52/7.
    expect(profile.overall!.lowest).toBeCloseTo(30 / 7, 12);
    expect(profile.overall!.highest).toBeCloseTo(52 / 7, 12);
  });

  test('four people: means 5, 6, 9, 6, 2, 7, 7 and overall exactly 6', () => {
    const profile = aggregateResults(instrument, people('a', 'b', 'c', 'd'));
    expect(profile.dimensions.map((d) => d.figures!.mean)).toEqual([5, 6, 9, 6, 2, 7, 7]);
    // Collective Vision: 4, 6, 8, 2 → mean 5; squares 1 + 1 + 9 + 9 = 20; SD √(20/4) = √5.
    expect(profile.dimensions[0]!.figures!.sd).toBeCloseTo(Math.sqrt(5), 12);
    // Partnership Working: 10, 4, 7, 3 → mean 6; squares 16 + 4 + 1 + 9 = 30; SD √7.5.
    expect(profile.dimensions[3]!.figures!.sd).toBeCloseTo(Math.sqrt(7.5), 12);
    // Overall: (42 + 44 + 52 + 30) / 7 / 4 = 168 / 28 = 6.
    expect(profile.overall!.mean).toBeCloseTo(6, 12);
  });

  test('strengths, development areas and where views differ most; ties go to framework order', () => {
    const profile = aggregateResults(instrument, people('a', 'b', 'c'));
    // Means 6, 6, 10, 7, 2, 8, 7: highest 10 and 8; lowest 2, then 6 and 6 tied → Collective Vision first.
    expect(profile.strengths).toEqual(['multiple-level-leadership', 'systems-and-structures']);
    expect(profile.developmentAreas).toEqual(['action-oriented-and-adaptive', 'collective-vision']);
    // SDs: Partnership Working √6 > Systems and Structures √(14/3) > Collective Vision = Multiple Level √(8/3).
    expect(profile.differMost).toEqual(['partnership-working', 'systems-and-structures']);
  });

  test('tied SDs are named in framework order, and agreeing dimensions never "differ"', () => {
    // Collective Vision and Multiple Level Leadership both 4, 6, 8; everything else agrees.
    const rows = [4, 6, 8].map((v) => ({ answers: uniformAnswers(instrument, [v, 5, v, 5, 5, 5, 5]) }));
    const profile = aggregateResults(instrument, rows);
    expect(profile.differMost).toEqual(['collective-vision', 'multiple-level-leadership']);
    const flat = aggregateResults(
      instrument,
      [1, 2, 3].map(() => ({ answers: uniformAnswers(instrument, [5, 5, 5, 5, 5, 5, 5]) })),
    );
    expect(flat.differMost).toEqual([]);
  });

  test('"can’t judge" is left out: a dimension counts only the people who scored it', () => {
    const rows = people('a', 'b', 'c', 'd');
    // D marks every Collective Vision question "can't judge".
    for (const item of instrument.dimensions[0]!.items) rows[3]!.answers[item.id] = CANT_JUDGE;
    const profile = aggregateResults(instrument, rows);
    // Collective Vision from A, B, C only: 4, 6, 8 → mean 6, n 3.
    expect(profile.dimensions[0]).toMatchObject({ n: 3, figures: { n: 3, mean: 6 } });
    expect(profile.dimensions[1]!.n).toBe(4);
  });
});

describe('the anonymity threshold', () => {
  test('below the threshold there are no figures at all, and it says how many more are needed', () => {
    const profile = aggregateResults(instrument, people('a', 'b'));
    expect(profile).toMatchObject({
      count: 2,
      shown: false,
      needed: 1,
      overall: null,
      strengths: [],
      developmentAreas: [],
      differMost: [],
    });
    expect(profile.dimensions.every((d) => d.figures === null && d.n === 0)).toBe(true);
    expect(aggregateResults(instrument, []).needed).toBe(3);
  });

  test('a configured threshold of 5 needs five results', () => {
    const five = loadInstrument({ anonymityThreshold: 5 });
    const rows = ['a', 'b', 'c', 'd'].map((k) => ({ answers: uniformAnswers(five, PEOPLE[k as keyof typeof PEOPLE]) }));
    expect(aggregateResults(five, rows)).toMatchObject({ shown: false, needed: 1 });
    expect(aggregateResults(five, [...rows, rows[0]!])).toMatchObject({ shown: true, needed: 0 });
  });

  test('a dimension scored by fewer than the threshold shows no figures, even when the profile does', () => {
    const rows = people('a', 'b', 'c', 'd');
    for (const r of rows.slice(0, 2))
      for (const item of instrument.dimensions[0]!.items) r.answers[item.id] = CANT_JUDGE;
    const profile = aggregateResults(instrument, rows);
    expect(profile.shown).toBe(true);
    expect(profile.dimensions[0]).toMatchObject({ n: 2, figures: null });
    expect(profile.strengths).not.toContain('collective-vision');
  });

  test('the level filter applies before the threshold', () => {
    const rows = [
      { answers: uniformAnswers(instrument, PEOPLE.a), level: 'team' as const },
      { answers: uniformAnswers(instrument, PEOPLE.b), level: 'team' as const },
      { answers: uniformAnswers(instrument, PEOPLE.c), level: 'team' as const },
      { answers: uniformAnswers(instrument, PEOPLE.d), level: 'partnership' as const },
      { answers: uniformAnswers(instrument, PEOPLE.d) },
    ];
    const team = aggregateResults(instrument, filterByLevel(rows, 'team'));
    expect(team.count).toBe(3);
    expect(team.dimensions.map((d) => d.figures!.mean)).toEqual([6, 6, 10, 7, 2, 8, 7]);
    expect(aggregateResults(instrument, filterByLevel(rows, 'partnership'))).toMatchObject({
      count: 1,
      shown: false,
      needed: 2,
    });
    expect(filterByLevel(rows, 'not-stated')).toHaveLength(1);
    expect(filterByLevel(rows, 'organisation')).toHaveLength(0);
    expect(filterByLevel(rows, 'all')).toHaveLength(5);
  });

  test('a level with fewer results than the threshold withholds every level view, so no difference gives it away', () => {
    const at = (level: 'team' | 'partnership' | undefined, key: keyof typeof PEOPLE) =>
      level === undefined
        ? { answers: uniformAnswers(instrument, PEOPLE[key]) }
        : { answers: uniformAnswers(instrument, PEOPLE[key]), level };
    // Three at team level and one at partnership level: the whole group minus the team view is D.
    const four = [at('team', 'a'), at('team', 'b'), at('team', 'c'), at('partnership', 'd')];
    expect(smallestLevelGroup(four, 3)).toBe(1);
    const means = (rows: typeof four) => rows.map((r) => individualMeans(instrument, r.answers));
    expect(aggregateMeans(instrument, means(filterByLevel(four, 'team')), 1)).toMatchObject({
      count: 3,
      shown: false,
      needed: 0,
      smallGroup: 1,
      overall: null,
    });
    // With three at each level, every group is large enough: the team view shows.
    const six = [...four, at('partnership', 'a'), at('partnership', 'b')];
    expect(smallestLevelGroup(six, 3)).toBe(0);
    expect(aggregateMeans(instrument, means(filterByLevel(six, 'team')), 0)).toMatchObject({
      shown: true,
      smallGroup: 0,
    });
    // Results with no level stated form a group of their own.
    expect(smallestLevelGroup([...six, at(undefined, 'c'), at(undefined, 'd')], 3)).toBe(2);
    expect(smallestLevelGroup([], 3)).toBe(0);
  });
});

describe('agreement levels', () => {
  test('are set by SD as a share of the scale range, at 0.1 and 0.2', () => {
    // Range 11: below 1.1 high, from 1.1 to below 2.2 some, from 2.2 wide.
    expect(agreementFor(instrument, 1.09).id).toBe('high');
    expect(agreementFor(instrument, 1.1).id).toBe('some');
    expect(agreementFor(instrument, 2.19).id).toBe('some');
    expect(agreementFor(instrument, 2.2).id).toBe('wide');
    expect(AGREEMENT_LEVELS.map((l) => l.label)).toEqual([
      'High agreement',
      'Some disagreement',
      'Views differ widely',
    ]);
  });
});

const means = fc.array(fc.double({ min: 1, max: 12, noNaN: true }), { minLength: 1, maxLength: 60 });
const person = fc
  .array(fc.oneof(fc.constant(null), fc.double({ min: 1, max: 12, noNaN: true })), { minLength: 7, maxLength: 7 })
  .chain((dims) =>
    fc
      .oneof(fc.constant(null), fc.double({ min: 1, max: 12, noNaN: true }))
      .map((overall): IndividualMeans => ({ dimensions: dims, overall })),
  );

describe('properties of the group figures', () => {
  test('the group mean lies between the lowest and the highest (shown from five), and the SD is at least 0', () => {
    fc.assert(
      fc.property(means, (values) => {
        const f = groupFigures(instrument, values);
        if (values.length < 5) expect([f.lowest, f.highest]).toEqual([null, null]);
        else {
          expect(f.lowest).toBe(Math.min(...values));
          expect(f.highest).toBe(Math.max(...values));
          expect(f.lowest).toBeLessThanOrEqual(f.mean);
          expect(f.mean).toBeLessThanOrEqual(f.highest!);
        }
        expect(f.sd).toBeGreaterThanOrEqual(0);
        expect(f.n).toBe(values.length);
      }),
      { numRuns: 2000 },
    );
  });

  test('when everyone gives the same score the SD is exactly 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 12, noNaN: true }), fc.integer({ min: 1, max: 200 }), (v, n) => {
        const f = groupFigures(
          instrument,
          Array.from({ length: n }, () => v),
        );
        expect(f.sd).toBe(0);
        expect(f.mean).toBe(v);
      }),
    );
  });

  test('the order of the results does not matter', () => {
    fc.assert(
      fc.property(
        fc
          .array(person, { minLength: 0, maxLength: 12 })
          .chain((rows) =>
            fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
          ),
        ([rows, shuffled]) => {
          const a = aggregateMeans(instrument, rows);
          const b = aggregateMeans(instrument, shuffled);
          expect(b.count).toBe(a.count);
          expect(b.strengths).toEqual(a.strengths);
          expect(b.developmentAreas).toEqual(a.developmentAreas);
          b.dimensions.forEach((d, i) => {
            const e = a.dimensions[i]!;
            expect(d.n).toBe(e.n);
            if (e.figures === null) expect(d.figures).toBeNull();
            else {
              expect(d.figures!.mean).toBeCloseTo(e.figures.mean, 9);
              expect(d.figures!.sd).toBeCloseTo(e.figures.sd, 9);
              expect(d.figures!.lowest).toBe(e.figures.lowest);
              expect(d.figures!.highest).toBe(e.figures.highest);
            }
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('individualMeans', () => {
  test('gives exactly the dimension and overall means of scoreAnswers, for any answers (including invalid ones)', () => {
    const items = instrument.dimensions.flatMap((d) => d.items);
    const anyValue = fc.oneof(
      fc.constant(undefined),
      fc.constant(CANT_JUDGE),
      fc.integer({ min: -2, max: 15 }),
      fc.double({ noNaN: true, min: 0, max: 13 }),
      fc.constant('7'),
    );
    fc.assert(
      fc.property(fc.array(anyValue, { minLength: items.length, maxLength: items.length }), (values) => {
        const answers: Record<string, unknown> = {};
        values.forEach((v, i) => {
          if (v !== undefined) answers[items[i]!.id] = v;
        });
        const scores = scoreAnswers(instrument, answers as Answers);
        expect(individualMeans(instrument, answers as Answers)).toStrictEqual({
          dimensions: scores.dimensions.map((d) => d.mean),
          overall: scores.overall?.mean ?? null,
        });
      }),
      { numRuns: 500 },
    );
  });

  test('worked example: one dimension too thin to score is left out of the overall mean', () => {
    const [first, second] = instrument.dimensions;
    const answers: Answers = {};
    // Every item of the first dimension at 5 and 8 alternately; only one item of the second.
    first!.items.forEach((item, i) => (answers[item.id] = i % 2 === 0 ? 5 : 8));
    answers[second!.items[0]!.id] = 12;
    const n = first!.items.length;
    const expected = (5 * Math.ceil(n / 2) + 8 * Math.floor(n / 2)) / n;
    const means = individualMeans(instrument, answers);
    expect(means.dimensions[0]).toBe(expected);
    expect(means.dimensions.slice(1)).toStrictEqual(instrument.dimensions.slice(1).map(() => null));
    expect(means.overall).toBe(expected);
  });
});

describe('questionFigures, read in one pass', () => {
  /** The figures one question at a time, as they were first written: the reference. */
  const oneAtATime = (answers: readonly Answers[], shown: boolean) =>
    instrument.dimensions.flatMap((d) =>
      d.items.map((item) => {
        const ratings: number[] = [];
        let cantJudge = 0;
        for (const a of answers) {
          const v = Object.hasOwn(a, item.id) ? a[item.id] : undefined;
          if (v === CANT_JUDGE) cantJudge++;
          else if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 12) ratings.push(v);
        }
        const enough = shown && ratings.length >= instrument.anonymityThreshold;
        const counts = enough ? Array.from({ length: 12 }, (_, i) => ratings.filter((r) => r === i + 1).length) : null;
        return {
          item,
          results: shown ? answers.length : 0,
          rated: shown ? ratings.length : 0,
          cantJudge: shown ? cantJudge : 0,
          unanswered: shown ? answers.length - ratings.length - cantJudge : 0,
          figures: enough ? groupFigures(instrument, ratings) : null,
          counts,
        };
      }),
    );

  test('the same figures as one question at a time, to the last digit, for any group (invalid answers too)', () => {
    expect(instrument.scale).toMatchObject({ min: 1, max: 12 });
    const items = instrument.dimensions.flatMap((d) => d.items);
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constant(CANT_JUDGE),
      fc.integer({ min: 0, max: 13 }),
      fc.constant(2.5),
    );
    const person = fc.array(value, { minLength: items.length, maxLength: items.length }).map((values) => {
      const answers: Record<string, unknown> = {};
      values.forEach((v, i) => {
        if (v !== undefined) answers[items[i]!.id] = v;
      });
      return answers as Answers;
    });
    const cut = fc.integer({ min: 0, max: items.length });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), fc.boolean(), cut, cut, (group, shown, a, b) => {
        expect(questionFigures(instrument, group, shown)).toStrictEqual(oneAtATime(group, shown));
        // What the collective page computes from each result's vector, kept as the result was read.
        const vectors = group.map((answers) => answerVector(instrument, answers));
        expect(questionFiguresOfVectors(instrument, vectors, shown)).toStrictEqual(oneAtATime(group, shown));
        // A few questions at a time (the page's slices), any cut: the same figures, part by part.
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect([
          ...questionFiguresInRange(instrument, vectors, shown, 0, from),
          ...questionFiguresInRange(instrument, vectors, shown, from, to),
          ...questionFiguresInRange(instrument, vectors, shown, to, items.length),
        ]).toStrictEqual(oneAtATime(group, shown));
      }),
      { numRuns: 300 },
    );
  });

  test('an answer vector holds each question’s rating in framework order, can’t judge, or nothing', () => {
    const items = instrument.dimensions.flatMap((d) => d.items);
    const answers = {
      [items[0]!.id]: 7,
      [items[1]!.id]: CANT_JUDGE,
      [items[2]!.id]: 13,
      [items[4]!.id]: 2.5,
      [items[26]!.id]: 1,
    } as unknown as Answers;
    const vector = [...answerVector(instrument, answers)];
    expect(vector).toHaveLength(27);
    expect(vector.slice(0, 5)).toEqual([7, Number.NEGATIVE_INFINITY, Number.NaN, Number.NaN, Number.NaN]);
    expect(vector[26]).toBe(1);
    expect(vector.slice(5, 26).every((v) => Number.isNaN(v))).toBe(true);
    expect(VECTOR_CANT_JUDGE).toBe(Number.NEGATIVE_INFINITY);
  });
});
