import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  compareLevels,
  extremesFrom,
  groupFigures,
  individualMeans,
  mostCantJudge,
  questionFigures,
  widestSpread,
  type GroupFigures,
} from '../../src/lib/aggregate';
import { CANT_JUDGE, type Answers } from '../../src/lib/instrument';
import type { Level } from '../../src/lib/result';
import { fileFigure, roundTo, screenPercent, screenScale } from '../../src/lib/rounding';
import en from '../../content/i18n/en.json';
import { setLanguage } from '../../src/i18n/t';
import { loadInstrument } from '../fixtures/instrument';
import { PEOPLE, uniformAnswers } from '../fixtures/team';

const instrument = loadInstrument();
const E = [10, 6, 6, 5, 2, 7, 7] as const;

/** Five people; question-level twists on Collective Vision and Outcome Focus. */
function fivePeople(): Answers[] {
  const rows = [PEOPLE.a, PEOPLE.b, PEOPLE.c, PEOPLE.d, E].map((m) => uniformAnswers(instrument, m));
  // needs-identified: D can't judge, E leaves it unanswered → rated by A, B, C: 4, 6, 8.
  rows[3]!['needs-identified'] = CANT_JUDGE;
  delete rows[4]!['needs-identified'];
  // bring-others-on-board: C, D and E can't judge → only two ratings.
  for (const r of rows.slice(2)) r['bring-others-on-board'] = CANT_JUDGE;
  // key-outcomes: 1, 12, 6, 6, 6.
  rows[0]!['key-outcomes'] = 1;
  rows[1]!['key-outcomes'] = 12;
  return rows;
}

describe('every question, for the group', () => {
  const questions = questionFigures(instrument, fivePeople());
  const byId = (id: string) => questions.find((q) => q.item.id === id)!;

  test('27 questions in framework order, each with its wording and the framework question', () => {
    expect(questions).toHaveLength(27);
    expect(questions.slice(0, 3).map((q) => q.item.id)).toEqual([
      'stakeholders-understand-challenges',
      'needs-identified',
      'bring-others-on-board',
    ]);
    expect(questions.at(-1)!.item.id).toBe('culture-of-reflection');
    expect(byId('bring-others-on-board').item.label).not.toBe(byId('bring-others-on-board').item.question);
  });

  test('five ratings: mean, SD, lowest, highest and how the ratings fall on the scale', () => {
    // 4, 6, 8, 2, 10 → mean 6; squares 4 + 0 + 4 + 16 + 16 = 40; SD √8.
    const q = byId('stakeholders-understand-challenges');
    expect(q).toMatchObject({ results: 5, rated: 5, cantJudge: 0, unanswered: 0 });
    expect(q.figures).toMatchObject({ n: 5, mean: 6, lowest: 2, highest: 10 });
    expect(q.figures!.sd).toBeCloseTo(Math.sqrt(8), 12);
    expect(q.counts).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0]);
  });

  test('"can’t judge" and unanswered are counted apart and left out of the figures', () => {
    const q = byId('needs-identified');
    expect(q).toMatchObject({ results: 5, rated: 3, cantJudge: 1, unanswered: 1 });
    // 4, 6, 8: mean 6, SD √(8/3); three ratings are too few for lowest and highest.
    expect(q.figures).toMatchObject({ n: 3, mean: 6, lowest: null, highest: null });
    expect(q.figures!.sd).toBeCloseTo(Math.sqrt(8 / 3), 12);
    expect(q.counts).toEqual([0, 0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0]);
  });

  test('a question rated by fewer than the threshold shows counts of answers only', () => {
    expect(byId('bring-others-on-board')).toMatchObject({
      rated: 2,
      cantJudge: 3,
      unanswered: 0,
      figures: null,
      counts: null,
    });
  });

  test('below the threshold, or when the set is withheld, nothing at all', () => {
    const two = questionFigures(instrument, fivePeople().slice(0, 2));
    expect(two.every((q) => q.figures === null && q.counts === null && q.rated === 0 && q.results === 0)).toBe(true);
    const withheld = questionFigures(instrument, fivePeople(), false);
    expect(withheld.every((q) => q.figures === null && q.cantJudge === 0)).toBe(true);
  });

  test('widest spread: largest SD first, ties in framework order, agreeing questions never named', () => {
    // key-outcomes 1, 12, 6, 6, 6 → mean 6.2, SD √12.16 ≈ 3.49; then Collective Vision's four
    // fully rated questions at √8 ≈ 2.83, in framework order.
    expect(widestSpread(questions).map((q) => q.item.id)).toEqual([
      'key-outcomes',
      'stakeholders-understand-challenges',
      'communicate-vision-to-partners',
      'communicate-priorities',
      'leader-of-place',
    ]);
    expect(widestSpread(questions)[0]!.figures!.sd).toBeCloseTo(Math.sqrt(12.16), 12);
    // Outcome Focus's other questions: everyone 6, SD 0.
    expect(widestSpread(questions, 27).map((q) => q.item.id)).not.toContain('positioned-to-achieve-outcomes');
  });

  test('most often "can’t judge": most first, only questions marked at least once', () => {
    expect(mostCantJudge(questions).map((q) => [q.item.id, q.cantJudge])).toEqual([
      ['bring-others-on-board', 3],
      ['needs-identified', 1],
    ]);
  });
});

describe('levels side by side', () => {
  const at = (level: Level | undefined, means: readonly number[]) => {
    const m = individualMeans(instrument, uniformAnswers(instrument, means));
    return level === undefined ? { means: m } : { means: m, level };
  };

  test('two levels at or above the threshold: both compared per dimension', () => {
    const rows = [
      at('team', PEOPLE.a),
      at('team', PEOPLE.b),
      at('team', PEOPLE.c),
      at('partnership', PEOPLE.d),
      at('partnership', E),
      at('partnership', PEOPLE.a),
    ];
    const c = compareLevels(instrument, rows);
    expect(c.status).toBe('shown');
    expect(c.withheld).toEqual([]);
    expect(c.levels.map((l) => [l.level, l.count])).toEqual([
      ['team', 3],
      ['partnership', 3],
    ]);
    expect(c.levels[0]!.profile!.dimensions.map((d) => d.figures!.mean)).toEqual([6, 6, 10, 7, 2, 8, 7]);
    // Partnership: D, E, A → 2 + 10 + 4 = 16, 6, 6 + 6 + 8 = 20, 3 + 5 + 10 = 18, 2, 4 + 7 + 5 = 16, 7 (over 3).
    const p = c.levels[1]!.profile!.dimensions.map((d) => d.figures!.mean);
    [16 / 3, 6, 20 / 3, 6, 2, 16 / 3, 7].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 12));
    // Three results per level: lowest and highest withheld there too.
    expect(c.levels[0]!.profile!.dimensions[0]!.figures).toMatchObject({ lowest: null, highest: null });
  });

  test('a level below the threshold is named as withheld, and then no level is shown', () => {
    const rows = [
      at('team', PEOPLE.a),
      at('team', PEOPLE.b),
      at('team', PEOPLE.c),
      at('partnership', PEOPLE.d),
      at(undefined, E),
    ];
    const c = compareLevels(instrument, rows);
    expect(c.status).toBe('withheld');
    expect(c.withheld).toEqual([
      { level: 'partnership', count: 1 },
      { level: 'not-stated', count: 1 },
    ]);
    expect(c.levels.every((l) => l.profile === null)).toBe(true);
  });

  test('results at one level only: nothing to compare', () => {
    const c = compareLevels(instrument, [at('team', PEOPLE.a), at('team', PEOPLE.b), at('team', PEOPLE.c)]);
    expect(c).toMatchObject({ status: 'single', withheld: [] });
  });
});

describe('one rounding rule', () => {
  test('half away from zero on the decimal value', () => {
    expect(roundTo(2.25, 1)).toBe(2.3);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(44.45, 1)).toBe(44.5);
    expect(roundTo(-2.25, 1)).toBe(-2.3);
    expect(roundTo(1e-7, 1)).toBe(0);
  });

  test('files keep one decimal; the screen shows whole percents; each rounded once from the exact figure', () => {
    expect(fileFigure(Math.sqrt(5))).toBe(2.2);
    expect(fileFigure((4 / 11) * 100)).toBe(36.4);
    expect(fileFigure(null)).toBeNull();
    expect(screenPercent((4 / 11) * 100)).toBe('36%');
    // 5 / 11 = 45.45…%: 45.5 in the file, 45% on screen (not 46%, the file's figure rounded again).
    expect(fileFigure((5 / 11) * 100)).toBe(45.5);
    expect(screenPercent((5 / 11) * 100)).toBe('45%');
    expect(screenPercent(44.5)).toBe('45%');
    expect(screenScale(6)).toBe('6.0');
    // Written for the page's language.
    setLanguage('fr', {});
    expect([screenScale(6.25), screenPercent(44.5)]).toEqual(['6,3', '45\u00a0%']);
    setLanguage('en', en);
    expect(screenScale(6.25)).toBe('6.3');
    expect(screenScale(138 / 21)).toBe('6.6');
  });
});

/**
 * What someone could work out from a figure set: the mean and SD give the sum and the sum of
 * squares; lowest and highest are one score each. One or two unknown scores left are solved.
 */
function solveHidden(f: Pick<GroupFigures, 'n' | 'mean' | 'sd' | 'lowest' | 'highest'>): number[] | null {
  const known = [f.lowest, f.highest].filter((v): v is number => v !== null);
  const k = f.n - known.length;
  const sum = f.n * f.mean - known.reduce((s, v) => s + v, 0);
  const squares = f.n * (f.sd ** 2 + f.mean ** 2) - known.reduce((s, v) => s + v * v, 0);
  if (k === 1) return [sum];
  if (k === 2) {
    // x + y = sum, x² + y² = squares → x, y = (sum ± √(2 squares − sum²)) / 2.
    const root = Math.sqrt(Math.max(0, 2 * squares - sum * sum));
    return [(sum - root) / 2, (sum + root) / 2];
  }
  return null;
}

describe('anonymity: no figure set lets anyone’s score be worked out', () => {
  test('lowest and highest appear from max(5, threshold + 2) results', () => {
    expect([3, 4, 5, 6].map(extremesFrom)).toEqual([5, 6, 7, 8]);
    const values = [2, 4, 7, 9, 11, 12, 3];
    const at = (n: number, t = instrument) => groupFigures(t, values.slice(0, n));
    expect([3, 4].map((n) => [at(n).lowest, at(n).highest])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect([at(5).lowest, at(5).highest]).toEqual([2, 11]);
    const five = loadInstrument({ anonymityThreshold: 5 });
    expect([at(6, five).lowest, at(7, five).lowest, at(7, five).highest]).toEqual([null, 2, 12]);
  });

  test('why: with lowest and highest, n = 3 gives the middle score and n = 4 the two middle ones', () => {
    const three = [3, 7.5, 10];
    const f3 = groupFigures(instrument, three);
    expect(solveHidden({ ...f3, lowest: 3, highest: 10 })![0]).toBeCloseTo(7.5, 9);
    const four = [2, 5.25, 8, 11];
    const f4 = groupFigures(instrument, four);
    const middle = solveHidden({ ...f4, lowest: 2, highest: 11 })!;
    expect(middle[0]).toBeCloseTo(5.25, 9);
    expect(middle[1]).toBeCloseTo(8, 9);
    // As shown, without them, three or four unknowns meet two equations.
    expect(solveHidden(f3)).toBeNull();
    expect(solveHidden(f4)).toBeNull();
  });

  test('the threshold is at least 3: two results’ mean and SD would give both scores', () => {
    expect(() => loadInstrument({ anonymityThreshold: 2 })).toThrow();
    const two = groupFigures(loadInstrument(), [4, 9]);
    expect(solveHidden({ ...two, lowest: null, highest: null })).toEqual([4, 9]);
  });

  test('at any n from the threshold, another set of scores gives exactly the figures shown', () => {
    const { min, max } = instrument.scale;
    const scores = fc.array(fc.double({ min, max, noNaN: true }), { minLength: 3, maxLength: 12 });
    const byThreshold = new Map([3, 4, 5, 6].map((n) => [n, loadInstrument({ anonymityThreshold: n })]));
    fc.assert(
      fc.property(scores, fc.integer({ min: 3, max: 6 }), (values, threshold) => {
        fc.pre(values.length >= threshold);
        const t = byThreshold.get(threshold)!;
        const shown = groupFigures(t, values);
        const sorted = [...values].sort((a, b) => a - b);
        // The scores not shown: all of them, or all but one lowest and one highest, that lie
        // inside the range they could take. (Scores all equal are agreement; scores at the very
        // ends of that range show only that they are there: see the method page.)
        const [lo, hi] = shown.lowest === null ? [min, max] : [shown.lowest, shown.highest!];
        const first = shown.lowest === null ? 0 : 1;
        const last = shown.lowest === null ? sorted.length - 1 : sorted.length - 2;
        const inner: number[] = [];
        for (let i = first; i <= last; i++) if (sorted[i]! > lo + 1e-3 && sorted[i]! < hi - 1e-3) inner.push(i);
        fc.pre(inner.length >= 3);
        const idx = [inner[0]!, inner[Math.floor(inner.length / 2)]!, inner.at(-1)!];
        const trio = idx.map((i) => sorted[i]!);
        fc.pre(trio[2]! - trio[0]! > 1e-3);
        // Turn the three about their mean: the sum and the sum of squares stay, the scores change.
        const c = (trio[0]! + trio[1]! + trio[2]!) / 3;
        const d = trio.map((v) => v - c);
        const norm = Math.hypot(...d);
        const margin = Math.min(...trio.map((v) => Math.min(v - lo, hi - v)));
        const angle = margin / (2 * norm);
        const a = (d[0]! - d[1]!) / Math.SQRT2;
        const b = (d[0]! + d[1]! - 2 * d[2]!) / Math.sqrt(6);
        const a2 = a * Math.cos(angle) - b * Math.sin(angle);
        const b2 = a * Math.sin(angle) + b * Math.cos(angle);
        const turned = [
          c + a2 / Math.SQRT2 + b2 / Math.sqrt(6),
          c - a2 / Math.SQRT2 + b2 / Math.sqrt(6),
          c - (2 * b2) / Math.sqrt(6),
        ];
        const other = [...sorted];
        idx.forEach((at, i) => (other[at] = turned[i]!));
        const again = groupFigures(t, other);
        expect(again.n).toBe(shown.n);
        expect(again.mean).toBeCloseTo(shown.mean, 9);
        expect(again.sd).toBeCloseTo(shown.sd, 9);
        expect(again.lowest).toBe(shown.lowest);
        expect(again.highest).toBe(shown.highest);
        // …and the unshown scores differ: they cannot be solved for.
        expect(Math.max(...turned.map((v, i) => Math.abs(v - trio[i]!)))).toBeGreaterThan(1e-6);
      }),
      { numRuns: 500 },
    );
  });
});
