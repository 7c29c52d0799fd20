/**
 * The collective profile: descriptive figures of the group whose results were brought together.
 * Each person's answers are scored exactly as the results view scores them; the group figures are
 * then taken over those individual dimension means. Pure: no DOM, no storage, no Chart.js.
 */
import {
  CANT_JUDGE,
  instrumentItems,
  isValidAnswer,
  type Answers,
  type Instrument,
  type InstrumentItem,
} from './instrument';
import type { Level } from './result';
import { t } from '../i18n/t';
import { SCORING_EPSILON, toPercent } from './scoring';

/**
 * The anonymity rule, in one place: every group figure on screen, in print, in present mode and in
 * the JSON and CSV files comes from `groupFigures`, which applies it.
 *
 * - No figures for fewer than `anonymityThreshold` results (default 3), per level and per
 *   dimension or question too.
 * - The mean and the SD give away two sums: of the scores and of their squares. Each lowest or
 *   highest shown is one score more. With n results, the n − 2 scores that are neither lowest nor
 *   highest then meet two equations: for n = 3 the middle score is 3 × mean − lowest − highest, and
 *   for n = 4 the two middle scores follow from their sum and sum of squares. From n = 5, three or
 *   more unknown scores meet two equations, and always more than one set of scores fits. So lowest
 *   and highest are shown only from `extremesFrom(threshold)` = max(5, threshold + 2) results.
 *   Without them, the mean and the SD alone leave at least three unknown scores (n ≥ 3) with two
 *   equations: never one answer.
 * - A question's ratings (how many gave each point of the scale) are shown from the threshold:
 *   they show which ratings were given, never who gave which.
 * - When everyone gives the same score, the mean is everyone's score: that is agreement and tells
 *   no one apart.
 */
export function extremesFrom(threshold: number): number {
  return Math.max(5, threshold + 2);
}

/**
 * How far apart views are, from the standard deviation as a share of the scale's range
 * (SD / (max − min)). A population SD on a bounded scale is at most half the range (0.5), when
 * the group is split between the two ends. Below 0.1 the individual means mostly sit within about
 * a tenth of the scale of each other; from 0.2 a typical person is a fifth of the scale or more
 * away from the group mean. These are the only agreement thresholds in the code.
 */
export const AGREEMENT_LEVELS = [
  {
    below: 0.1,
    id: 'high',
    get label() {
      return t('team.agreementHigh');
    },
  },
  {
    below: 0.2,
    id: 'some',
    get label() {
      return t('team.agreementSome');
    },
  },
  {
    below: Number.POSITIVE_INFINITY,
    id: 'wide',
    get label() {
      return t('team.agreementWide');
    },
  },
] as const;

/** The id of an agreement level: 'high', 'some' or 'wide'. */
export type Agreement = (typeof AGREEMENT_LEVELS)[number]['id'];

/** The agreement level for a standard deviation on this instrument's scale. */
export function agreementFor(instrument: Instrument, sd: number): (typeof AGREEMENT_LEVELS)[number] {
  const ratio = sd / (instrument.scale.max - instrument.scale.min);
  return AGREEMENT_LEVELS.find((l) => ratio < l.below) ?? AGREEMENT_LEVELS[2];
}

/** Figures over a set of individual means. */
export interface GroupFigures {
  /** How many results contributed (scored this dimension). */
  n: number;
  /** The group mean of the individual means, on the scale. */
  mean: number;
  /** The group mean as 0–100. */
  percent: number;
  /** The lowest individual value, or null below `extremesFrom(threshold)` results (see above). */
  lowest: number | null;
  /** The highest individual value, or null below `extremesFrom(threshold)` results. */
  highest: number | null;
  /** Population standard deviation of the individual means (see `groupFigures`). */
  sd: number;
  agreement: Agreement;
  agreementLabel: string;
}

/** One dimension of the profile; figures are null when fewer than the threshold scored it. */
export interface GroupDimension {
  id: string;
  title: string;
  n: number;
  figures: GroupFigures | null;
}

/** The collective profile of a set of results. */
export interface GroupProfile {
  /** Results in the set. */
  count: number;
  /** The anonymity threshold that applied. */
  threshold: number;
  /** False below the threshold, or when a filtered view would give away the few outside it. */
  shown: boolean;
  /** How many more results are needed before figures are shown (0 when there are enough). */
  needed: number;
  /**
   * For a view of one level: the size of a level group with too few results to stay anonymous
   * (see `smallestLevelGroup`), which withholds the view; else 0.
   */
  smallGroup: number;
  dimensions: GroupDimension[];
  /** Figures over each person's overall mean. */
  overall: GroupFigures | null;
  /** Ids of the dimensions with the highest group means, highest first. */
  strengths: string[];
  /** Ids of the dimensions with the lowest group means, lowest first. */
  developmentAreas: string[];
  /** Ids of the dimensions whose views differ most (largest SD, above zero), largest first. */
  differMost: string[];
}

/**
 * Descriptive figures of a list of values, with the anonymity rule applied: lowest and highest
 * only from `extremesFrom(threshold)` values. The SD is the population SD (divide by n, not
 * n − 1): the figures describe the people whose results are here, not an estimate for a wider
 * population they were sampled from, and the population SD is 0 exactly when everyone agrees.
 * Callers check the threshold itself (a set below it gets no figures at all).
 */
export function groupFigures(instrument: Instrument, values: readonly number[] | Float64Array): GroupFigures {
  const n = values.length;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  let sum = 0;
  // Indexed loops here and below, not for…of: a page runs these once, on thousands of values,
  // mostly before the engine has optimised them, and an iterator costs calls on every value.
  for (let k = 0; k < n; k++) {
    const v = values[k]!;
    sum += v;
    if (v < lowest) lowest = v;
    if (v > highest) highest = v;
  }
  // Rounding in the sum can put the mean one ulp outside the range when all values are equal.
  const mean = Math.min(highest, Math.max(lowest, sum / n));
  let squares = 0;
  for (let k = 0; k < n; k++) squares += (values[k]! - mean) ** 2;
  const sd = Math.sqrt(squares / n);
  const agreement = agreementFor(instrument, sd);
  const extremes = n >= extremesFrom(instrument.anonymityThreshold);
  return {
    n,
    mean,
    percent: toPercent(instrument, mean),
    lowest: extremes ? lowest : null,
    highest: extremes ? highest : null,
    sd,
    agreement: agreement.id,
    agreementLabel: agreement.label,
  };
}

/** The individual figures the group figures are built from: one person's dimension and overall means. */
export interface IndividualMeans {
  /** Means by dimension, in framework order; null where too few items were rated. */
  dimensions: (number | null)[];
  overall: number | null;
}

/**
 * Score one person's answers into the means the profile needs: exactly `scoreAnswers`'s dimension
 * and overall means (the same sums in the same order), without its bands, strengths and totals,
 * since thousands of results are scored at once.
 */
export function individualMeans(instrument: Instrument, answers: Answers): IndividualMeans {
  const dimensions: (number | null)[] = [];
  let overallSum = 0;
  let scored = 0;
  for (const d of instrument.dimensions) {
    let sum = 0;
    let rated = 0;
    for (const item of d.items) {
      const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
      if (value === CANT_JUDGE || !isValidAnswer(instrument, value)) continue;
      sum += value;
      rated++;
    }
    // The same test of enough answers as scoreAnswers (with its slack for floating-point error).
    const enough = rated > 0 && rated + SCORING_EPSILON >= d.items.length * instrument.minAnsweredShare;
    const m = enough ? sum / rated : null;
    dimensions.push(m);
    if (m !== null) {
      overallSum += m;
      scored++;
    }
  }
  return { dimensions, overall: scored > 0 ? overallSum / scored : null };
}

/** Results still needed before the group's figures can be shown. */
export function resultsNeeded(instrument: Instrument, count: number): number {
  return Math.max(0, instrument.anonymityThreshold - count);
}

/**
 * Aggregate already-scored individuals (see `aggregateResults`). `smallGroup`, for a view of one
 * level, is the size of a level group too small to stay anonymous: it withholds the view.
 */
export function aggregateMeans(
  instrument: Instrument,
  people: readonly IndividualMeans[],
  smallGroup = 0,
): GroupProfile {
  const threshold = instrument.anonymityThreshold;
  const count = people.length;
  const shown = count >= threshold && smallGroup === 0;
  const dimensions: GroupDimension[] = instrument.dimensions.map((d, i) => {
    const values: number[] = [];
    for (let k = 0; k < count; k++) {
      const m = people[k]!.dimensions[i];
      if (m !== null && m !== undefined) values.push(m);
    }
    // A dimension that fewer than the threshold could score would give those few away.
    const figures = shown && values.length >= threshold ? groupFigures(instrument, values) : null;
    return { id: d.id, title: d.title, n: shown ? values.length : 0, figures };
  });
  const overallValues: number[] = [];
  for (let k = 0; k < count; k++) {
    const m = people[k]!.overall;
    if (m !== null) overallValues.push(m);
  }
  const overall = shown && overallValues.length >= threshold ? groupFigures(instrument, overallValues) : null;

  const scored = dimensions.flatMap((d, index) => (d.figures === null ? [] : [{ id: d.id, index, f: d.figures }]));
  // Ties are broken by framework order, as for one person's result.
  const byHighest = [...scored].sort((a, b) => b.f.mean - a.f.mean || a.index - b.index);
  const byLowest = [...scored].sort((a, b) => a.f.mean - b.f.mean || a.index - b.index);
  const strengths = byHighest.slice(0, Math.min(instrument.highlights, Math.ceil(scored.length / 2))).map((d) => d.id);
  const developmentAreas = byLowest
    .filter((d) => !strengths.includes(d.id))
    .slice(0, instrument.highlights)
    .map((d) => d.id);
  const differMost = scored
    .filter((d) => d.f.sd > 0)
    .sort((a, b) => b.f.sd - a.f.sd || a.index - b.index)
    .slice(0, instrument.highlights)
    .map((d) => d.id);
  return {
    count,
    threshold,
    shown,
    needed: resultsNeeded(instrument, count),
    smallGroup,
    dimensions,
    overall,
    strengths,
    developmentAreas,
    differMost,
  };
}

/**
 * The collective profile of these results: per dimension, how many scored it, the group mean of
 * their dimension means, lowest, highest, population SD and agreement; overall; strengths,
 * development areas and where views differ most. Below the anonymity threshold, no figures.
 */
export function aggregateResults(instrument: Instrument, results: readonly { answers: Answers }[]): GroupProfile {
  return aggregateMeans(
    instrument,
    results.map((r) => individualMeans(instrument, r.answers)),
  );
}

/** One question's figures for the group. */
export interface QuestionFigures {
  item: InstrumentItem;
  /** Results in the set. */
  results: number;
  /** How many rated it on the scale. */
  rated: number;
  /** How many chose "can't judge". */
  cantJudge: number;
  /** How many left it unanswered. */
  unanswered: number;
  /** Figures over the ratings; null when fewer than the threshold rated it (or the set is withheld). */
  figures: GroupFigures | null;
  /** How many gave each point of the scale, from min to max; null when `figures` is. */
  counts: number[] | null;
}

/**
 * One person's answers in framework order, one number per question: the rating, `VECTOR_CANT_JUDGE`
 * for "can't judge", or NaN for no valid answer. A collection keeps each result's vector (made as it
 * is read, in slices), so that every question's figures over thousands of results read numbers in
 * arrays instead of thousands of answer objects, each with its own set of keys.
 */
export type AnswerVector = Float64Array;

/** "Can't judge" in an answer vector. */
export const VECTOR_CANT_JUDGE = Number.NEGATIVE_INFINITY;

/** The answer vector of these answers (see `AnswerVector`). */
export function answerVector(instrument: Instrument, answers: Answers): AnswerVector {
  const items = instrument.dimensions.flatMap((d) => d.items);
  const vector = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.id;
    const v = Object.hasOwn(answers, id) ? answers[id] : undefined;
    vector[i] =
      v === undefined || !isValidAnswer(instrument, v) ? Number.NaN : v === CANT_JUDGE ? VECTOR_CANT_JUDGE : v;
  }
  return vector;
}

/**
 * The figures of every question, in framework order, over these people's answers. With `shown`
 * false (the set is below the threshold or withheld), counts and figures are all withheld.
 */
export function questionFigures(
  instrument: Instrument,
  answers: readonly Answers[],
  shown = answers.length >= instrument.anonymityThreshold,
): QuestionFigures[] {
  return questionFiguresOfVectors(
    instrument,
    answers.map((a) => answerVector(instrument, a)),
    shown,
  );
}

/** `questionFigures` over the people's answer vectors. */
export function questionFiguresOfVectors(
  instrument: Instrument,
  vectors: readonly AnswerVector[],
  shown = vectors.length >= instrument.anonymityThreshold,
): QuestionFigures[] {
  return questionFiguresInRange(instrument, vectors, shown, 0, instrumentItems(instrument).length);
}

/**
 * The figures of the questions from `from` up to (not including) `to`, in framework order: the same
 * as that part of `questionFiguresOfVectors`, so that a page can work out every question's figures
 * a few questions at a time, in tasks of their own.
 */
export function questionFiguresInRange(
  instrument: Instrument,
  vectors: readonly AnswerVector[],
  shown: boolean,
  from: number,
  to: number,
): QuestionFigures[] {
  const { min, max } = instrument.scale;
  const threshold = instrument.anonymityThreshold;
  const items = instrumentItems(instrument).slice(from, to);
  // One pass over the people, each question's ratings in the people's order, so that every sum is
  // the same as one question at a time. Each question's ratings go into an array of their own made
  // once at full size (growing 27 arrays to thousands of numbers each cost more than the sums).
  const results = vectors.length;
  const questions = items.length;
  const ratings = items.map(() => new Float64Array(results));
  const ratedCount = new Uint32Array(questions);
  const cantJudge = new Uint32Array(questions);
  for (let p = 0; p < results; p++) {
    const vector = vectors[p]!;
    for (let i = 0; i < questions; i++) {
      const v = vector[from + i]!;
      if (v === VECTOR_CANT_JUDGE) cantJudge[i]!++;
      else if (v === v) ratings[i]![ratedCount[i]!++] = v; // not NaN: a rating
    }
  }
  return items.map((item, i): QuestionFigures => {
    const rated = ratings[i]!.subarray(0, ratedCount[i]);
    const enough = shown && rated.length >= threshold;
    let counts: number[] | null = null;
    if (enough) {
      counts = Array.from({ length: max - min + 1 }, () => 0);
      for (let k = 0; k < rated.length; k++) counts[rated[k]! - min]!++;
    }
    return {
      item,
      results: shown ? results : 0,
      rated: shown ? rated.length : 0,
      cantJudge: shown ? cantJudge[i]! : 0,
      unanswered: shown ? results - rated.length - cantJudge[i]! : 0,
      figures: enough ? groupFigures(instrument, rated) : null,
      counts,
    };
  });
}

/** How many questions each talking-point list names. */
export const TALKING_POINTS = 5;

/** Questions with the widest spread (largest SD, above zero), widest first; ties in framework order. */
export function widestSpread(questions: readonly QuestionFigures[], count = TALKING_POINTS): QuestionFigures[] {
  return questions
    .map((q, index) => ({ q, index }))
    .filter(({ q }) => q.figures !== null && q.figures.sd > 0)
    .sort((a, b) => b.q.figures!.sd - a.q.figures!.sd || a.index - b.index)
    .slice(0, count)
    .map(({ q }) => q);
}

/** Questions most often marked "can't judge" (at least once), most first; ties in framework order. */
export function mostCantJudge(questions: readonly QuestionFigures[], count = TALKING_POINTS): QuestionFigures[] {
  return questions
    .map((q, index) => ({ q, index }))
    .filter(({ q }) => q.cantJudge > 0)
    .sort((a, b) => b.q.cantJudge - a.q.cantJudge || a.index - b.index)
    .slice(0, count)
    .map(({ q }) => q);
}

/** A level group: one of the levels assessed, or results that did not state one. */
export type LevelGroup = Level | 'not-stated';

/** The level groups, in the order they are compared. */
export const LEVEL_GROUPS: readonly LevelGroup[] = ['team', 'organisation', 'partnership', 'not-stated'];

/** Levels side by side: each level group with results, and whether the comparison can be shown. */
export interface LevelComparison {
  /**
   * 'shown': two or more groups, each at or above the threshold. 'withheld': some group has
   * results but fewer than the threshold, so no level is shown (the whole group's figures minus the
   * others would be that group's). 'single': results at one level only, nothing to compare.
   */
  status: 'shown' | 'withheld' | 'single';
  /** Every level group with results, in `LEVEL_GROUPS` order; `profile` is null unless shown. */
  levels: { level: LevelGroup; count: number; profile: GroupProfile | null }[];
  /** The groups with results but fewer than the threshold. */
  withheld: { level: LevelGroup; count: number }[];
}

/** Compare the level groups of a collection per dimension, under the same anonymity rule. */
export function compareLevels(
  instrument: Instrument,
  entries: readonly { means: IndividualMeans; level?: Level }[],
): LevelComparison {
  const threshold = instrument.anonymityThreshold;
  const byLevel = new Map<LevelGroup, IndividualMeans[]>(LEVEL_GROUPS.map((l) => [l, []]));
  for (const e of entries) byLevel.get(e.level ?? 'not-stated')!.push(e.means);
  const present = LEVEL_GROUPS.filter((l) => byLevel.get(l)!.length > 0);
  const withheld = present
    .filter((l) => byLevel.get(l)!.length < threshold)
    .map((level) => ({ level, count: byLevel.get(level)!.length }));
  const status = withheld.length > 0 ? 'withheld' : present.length < 2 ? 'single' : 'shown';
  return {
    status,
    levels: present.map((level) => {
      const means = byLevel.get(level)!;
      return { level, count: means.length, profile: status === 'shown' ? aggregateMeans(instrument, means) : null };
    }),
    withheld,
  };
}
