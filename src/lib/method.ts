/**
 * Figures for the method page, derived from the instrument so that the page always describes
 * the settings the site was built with. Pure functions.
 */
import type { Band, Instrument } from './instrument';
import { bandFor, toPercent } from './scoring';

/** A band with the range of 0–100 scores it covers: `from` up to, not including, `below`. */
export interface BandRange {
  label: string;
  from: number;
  /** The next band's start, or null for the last band (which runs up to and including 100). */
  below: number | null;
}

/** The bands as ranges, in ascending order. */
export function bandRanges(bands: readonly Band[]): BandRange[] {
  return bands.map((band, i) => ({ label: band.label, from: band.from, below: bands[i + 1]?.from ?? null }));
}

/** The fewest rated items a dimension of `items` items needs for a score (never fewer than one). */
export function minimumRated(items: number, minAnsweredShare: number): number {
  return Math.max(1, Math.ceil(items * minAnsweredShare - 1e-9));
}

/** A worked example on the instrument's own scale: two ratings, their mean, its 0–100 form and band. */
export function workedExample(instrument: Instrument): {
  ratings: [number, number];
  mean: number;
  percent: number;
  band: string;
} {
  const { min, max } = instrument.scale;
  const ratings: [number, number] = [min + Math.round(0.75 * (max - min)), min + Math.round(0.5 * (max - min))];
  const mean = (ratings[0] + ratings[1]) / 2;
  const percent = toPercent(instrument, mean);
  return { ratings, mean, percent, band: bandFor(instrument.bands, percent) };
}

/** A number as the method page shows it: at most one decimal, with a decimal point. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
