/** Scoring: pure functions from an instrument and answers to scores. No DOM, no storage. */
import { CANT_JUDGE, isValidAnswer, type Answers, type Band, type Instrument } from './instrument';

export interface DimensionScore {
  id: string;
  title: string;
  /** Items in the dimension. */
  items: number;
  /** Items rated on the scale. */
  answered: number;
  /** Items marked "can't judge". */
  cantJudge: number;
  /** Mean of the rated items on the scale, or null when too few were rated. */
  mean: number | null;
  /** The mean as 0–100: (mean − min) / (max − min) × 100, or null. */
  percent: number | null;
  /** The band label for `percent`, or null. */
  band: string | null;
}

export interface Scores {
  dimensions: DimensionScore[];
  /** Mean of the scored dimensions' means (each dimension weighted equally), or null if none scored. */
  overall: { mean: number; percent: number; band: string } | null;
  /** Ids of the highest-scoring dimensions, highest first. */
  strengths: string[];
  /** Ids of the lowest-scoring dimensions, lowest first. */
  developmentAreas: string[];
  /** Totals across the instrument. */
  totals: { items: number; answered: number; cantJudge: number; unanswered: number };
}

/** 0–100 form of a mean on the scale. */
export function toPercent(instrument: Instrument, mean: number): number {
  const { min, max } = instrument.scale;
  return ((mean - min) / (max - min)) * 100;
}

/** Slack for floating-point error: a mean of 14/5 on 1–5 is 45 but computes as 44.99999999999999. */
export const SCORING_EPSILON = 1e-9;
const EPSILON = SCORING_EPSILON;

/** The band a 0–100 score falls in: the last band whose `from` is not above it. */
export function bandFor(bands: readonly Band[], percent: number): string {
  let label = bands[0]?.label ?? '';
  for (const band of bands) if (percent + EPSILON >= band.from) label = band.label;
  return label;
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/** Score every dimension and the whole. Invalid or unknown answers are ignored. */
export function scoreAnswers(instrument: Instrument, answers: Answers): Scores {
  const own = (id: string) => (Object.hasOwn(answers, id) ? answers[id] : undefined);
  const dimensions: DimensionScore[] = instrument.dimensions.map((d) => {
    const ratings: number[] = [];
    let cantJudge = 0;
    for (const item of d.items) {
      const value = own(item.id);
      if (!isValidAnswer(instrument, value)) continue;
      if (value === CANT_JUDGE) cantJudge++;
      else ratings.push(value);
    }
    // The slack keeps 7 of 25 items enough for a share of 0.28 (25 × 0.28 computes as 7.000000000000001).
    const enough = ratings.length > 0 && ratings.length + EPSILON >= d.items.length * instrument.minAnsweredShare;
    const m = enough ? mean(ratings) : null;
    const percent = m === null ? null : toPercent(instrument, m);
    return {
      id: d.id,
      title: d.title,
      items: d.items.length,
      answered: ratings.length,
      cantJudge,
      mean: m,
      percent,
      band: percent === null ? null : bandFor(instrument.bands, percent),
    };
  });
  const scored = dimensions.filter((d): d is DimensionScore & { mean: number } => d.mean !== null);
  const overallMean = scored.length > 0 ? mean(scored.map((d) => d.mean)) : null;
  const overall =
    overallMean === null
      ? null
      : {
          mean: overallMean,
          percent: toPercent(instrument, overallMean),
          band: bandFor(instrument.bands, toPercent(instrument, overallMean)),
        };
  // Ties are broken by framework order, so the same answers always name the same dimensions.
  const byHighest = [...scored].sort((a, b) => b.mean - a.mean || order(a.id) - order(b.id));
  const byLowest = [...scored].sort((a, b) => a.mean - b.mean || order(a.id) - order(b.id));
  function order(id: string) {
    return instrument.dimensions.findIndex((d) => d.id === id);
  }
  const strengths = byHighest.slice(0, Math.min(instrument.highlights, Math.ceil(scored.length / 2))).map((d) => d.id);
  const developmentAreas = byLowest
    .filter((d) => !strengths.includes(d.id))
    .slice(0, instrument.highlights)
    .map((d) => d.id);
  const items = dimensions.reduce((s, d) => s + d.items, 0);
  const answered = dimensions.reduce((s, d) => s + d.answered, 0);
  const cantJudge = dimensions.reduce((s, d) => s + d.cantJudge, 0);
  return {
    dimensions,
    overall,
    strengths,
    developmentAreas,
    totals: { items, answered, cantJudge, unanswered: items - answered - cantJudge },
  };
}
