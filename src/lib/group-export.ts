/**
 * Exports of the collective profile: a small documented JSON format and a CSV, both holding group
 * figures only (never anyone's answers), and only when the profile is shown at all.
 *
 * JSON, format "collective-leadership-group", version 1:
 *   format, version, instrument {id, version}, scale {min, max}, levelFilter ("all", "team",
 *   "organisation", "partnership" or "not-stated"), n (results in the set), anonymityThreshold,
 *   sd ("population"), overall (figures or null), dimensions [{id, title, n, mean, percent,
 *   lowest, highest, sd, agreement}] with null figures where fewer than the threshold scored a
 *   dimension, and strengths, developmentAreas, differMost (dimension ids), and plan: the
 *   group's action plan (dimension id → [{id, what, who?, due?, status}], as result files hold it).
 * Means, lowest, highest and SD are on the instrument's scale and rounded to 3 decimal places;
 * percent is the mean as 0–100, rounded to 1 decimal place.
 */
import type { GroupFigures, GroupProfile } from './aggregate';
import type { LevelFilter } from './collection';
import { ordered, planToJson, type ActionPlan } from './action-plan';
import type { Instrument } from './instrument';

/** The `format` field of a group summary file. */
export const GROUP_FORMAT = 'collective-leadership-group';
/** The `version` field: raised when the format changes in a way readers must know. */
export const GROUP_FORMAT_VERSION = 1;

const round = (value: number, places: number) => {
  const f = 10 ** places;
  return Math.round(value * f) / f;
};

/** Figures as exported: rounded, with the agreement level's id. */
function exportFigures(f: GroupFigures | null) {
  if (f === null) return { mean: null, percent: null, lowest: null, highest: null, sd: null, agreement: null };
  return {
    mean: round(f.mean, 3),
    percent: round(f.percent, 1),
    lowest: round(f.lowest, 3),
    highest: round(f.highest, 3),
    sd: round(f.sd, 3),
    agreement: f.agreement,
  };
}

/**
 * The group summary as a JSON-ready object; null when the profile is below the anonymity
 * threshold. With a plan, `plan` holds the group's actions as result files write them.
 */
export function groupSummary(
  instrument: Instrument,
  profile: GroupProfile,
  levelFilter: LevelFilter,
  plan: ActionPlan = {},
): object | null {
  if (!profile.shown) return null;
  return {
    format: GROUP_FORMAT,
    version: GROUP_FORMAT_VERSION,
    instrument: { id: instrument.id, version: instrument.version },
    scale: { min: instrument.scale.min, max: instrument.scale.max },
    levelFilter,
    n: profile.count,
    anonymityThreshold: profile.threshold,
    sd: 'population',
    overall: profile.overall === null ? null : { n: profile.overall.n, ...exportFigures(profile.overall) },
    dimensions: profile.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      n: d.figures === null ? null : d.n,
      ...exportFigures(d.figures),
    })),
    strengths: profile.strengths,
    developmentAreas: profile.developmentAreas,
    differMost: profile.differMost,
    plan: planToJson(
      ordered(
        instrument.dimensions.map((d) => d.id),
        plan,
      ),
    ),
  };
}

/** The group summary as the text of a .json file, or null below the threshold. */
export function groupSummaryJson(
  instrument: Instrument,
  profile: GroupProfile,
  levelFilter: LevelFilter,
  plan: ActionPlan = {},
): string | null {
  const summary = groupSummary(instrument, profile, levelFilter, plan);
  return summary === null ? null : `${JSON.stringify(summary, null, 2)}\n`;
}

/** One CSV field, quoted as RFC 4180 requires when it holds a comma, quote or line break. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV header row. */
export const CSV_HEADER = ['dimension_id', 'dimension', 'n', 'mean', 'percent', 'lowest', 'highest', 'sd', 'agreement'];

/**
 * The group summary as CSV (RFC 4180: CRLF line ends, quoted fields; with a UTF-8 byte order
 * mark so that spreadsheet programs read the dashes and quotes right), one row per dimension;
 * null below the threshold.
 */
export function groupSummaryCsv(profile: GroupProfile): string | null {
  if (!profile.shown) return null;
  const rows = profile.dimensions.map((d) => {
    const f = exportFigures(d.figures);
    return [d.id, d.title, d.figures === null ? null : d.n, f.mean, f.percent, f.lowest, f.highest, f.sd, f.agreement];
  });
  return `\uFEFF${[CSV_HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A file name for an export, naming the level shown. */
export function groupFileName(levelFilter: LevelFilter, extension: 'json' | 'csv'): string {
  return `collective-profile-${levelFilter}.${extension}`;
}
