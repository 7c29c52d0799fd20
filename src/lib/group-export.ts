/**
 * Exports of the collective profile: a small documented JSON format and a CSV, both holding group
 * figures only (never anyone's answers), and only when the profile is shown at all. Both take
 * their figures from `aggregate.ts`, so the anonymity rule (lowest and highest withheld below
 * `extremesFrom(threshold)` results) holds in files as on screen, and round through `rounding.ts`.
 *
 * JSON, format "collective-leadership-group", version 2:
 *   format, version, instrument {id, version}, scale {min, max}, levelFilter ("all", "team",
 *   "organisation", "partnership" or "not-stated"), n (results in the set), anonymityThreshold,
 *   extremesFrom (fewest results for which lowest and highest are given), sd ("population"),
 *   overall (figures or null), dimensions [{id, title, n, mean, percent, lowest, highest, sd,
 *   agreement}] with null figures where fewer than the threshold scored a dimension, questions
 *   [{id, dimensionId, wording, question?, rated, cantJudge, unanswered, mean, percent, lowest,
 *   highest, sd, agreement, ratings}] (`wording` is what was rated, `question` the framework's
 *   question where it differs; `ratings` how many gave each point from min to max, or null), and
 *   strengths, developmentAreas, differMost (dimension ids), and plan: the group's action plan
 *   (dimension id → [{id, what, who?, due?, status}], as result files hold it).
 * Version 1 had no questions and gave lowest and highest at any n, to 3 decimals.
 * Every figure is rounded to 1 decimal place (`fileFigure`); means, lowest, highest and SD are on
 * the instrument's scale, percent is the mean as 0–100.
 */
import { extremesFrom, type GroupFigures, type GroupProfile, type QuestionFigures } from './aggregate';
import type { LevelFilter } from './collection';
import { ordered, planToJson, type ActionPlan } from './action-plan';
import type { Instrument } from './instrument';
import { fileFigure } from './rounding';
import { fileSlug } from './file-slug';
import { t } from '../i18n/t';

/** The `format` field of a group summary file. */
export const GROUP_FORMAT = 'collective-leadership-group';
/** The `version` field: raised when the format changes in a way readers must know. */
export const GROUP_FORMAT_VERSION = 2;

/** Figures as exported: rounded, with the agreement level's id. */
function exportFigures(f: GroupFigures | null) {
  if (f === null) return { mean: null, percent: null, lowest: null, highest: null, sd: null, agreement: null };
  return {
    mean: fileFigure(f.mean),
    percent: fileFigure(f.percent),
    lowest: fileFigure(f.lowest),
    highest: fileFigure(f.highest),
    sd: fileFigure(f.sd),
    agreement: f.agreement,
  };
}

/** The framework's question when it differs from the wording that was rated, else null. */
export function frameworkQuestionIfDifferent(q: QuestionFigures): string | null {
  return q.item.question === q.item.label ? null : q.item.question;
}

/**
 * The group summary as a JSON-ready object; null when the profile is below the anonymity
 * threshold. With a plan, `plan` holds the group's actions as result files write them; with a
 * workshop's name, `workshop` names the group.
 */
export function groupSummary(
  instrument: Instrument,
  profile: GroupProfile,
  levelFilter: LevelFilter,
  questions: readonly QuestionFigures[] = [],
  plan: ActionPlan = {},
  workshop?: string,
): object | null {
  if (!profile.shown) return null;
  return {
    format: GROUP_FORMAT,
    version: GROUP_FORMAT_VERSION,
    ...(workshop === undefined ? {} : { workshop }),
    instrument: { id: instrument.id, version: instrument.version },
    scale: { min: instrument.scale.min, max: instrument.scale.max },
    levelFilter,
    n: profile.count,
    anonymityThreshold: profile.threshold,
    extremesFrom: extremesFrom(profile.threshold),
    sd: 'population',
    overall: profile.overall === null ? null : { n: profile.overall.n, ...exportFigures(profile.overall) },
    dimensions: profile.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      n: d.figures === null ? null : d.n,
      ...exportFigures(d.figures),
    })),
    questions: questions.map((q) => {
      const question = frameworkQuestionIfDifferent(q);
      return {
        id: q.item.id,
        dimensionId: q.item.dimensionId,
        wording: q.item.label,
        ...(question === null ? {} : { question }),
        rated: q.rated,
        cantJudge: q.cantJudge,
        unanswered: q.unanswered,
        ...exportFigures(q.figures),
        ratings: q.counts,
      };
    }),
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
  questions: readonly QuestionFigures[] = [],
  plan: ActionPlan = {},
  workshop?: string,
): string | null {
  const summary = groupSummary(instrument, profile, levelFilter, questions, plan, workshop);
  return summary === null ? null : `${JSON.stringify(summary, null, 2)}\n`;
}

/** One CSV field, quoted as RFC 4180 requires when it holds a comma, quote or line break. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe. */
const safeText = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);

/** The CSV header row; `rating_<point>` columns follow, one per point of the scale. */
export const CSV_HEADER = [
  'type',
  'dimension_id',
  'dimension',
  'item_id',
  'wording',
  'framework_question',
  'n',
  'rated',
  'cant_judge',
  'unanswered',
  'mean',
  'percent',
  'lowest',
  'highest',
  'sd',
  'agreement',
];

/**
 * The group summary as CSV (RFC 4180: CRLF line ends, quoted fields; with a UTF-8 byte order
 * mark so that spreadsheet programs read the dashes and quotes right): one `dimension` row per
 * dimension, one `overall` row, then one `question` row per question with how many gave each point
 * of the scale; the same figures, rounded the same way, as the JSON. Null below the threshold.
 */
export function groupSummaryCsv(
  instrument: Instrument,
  profile: GroupProfile,
  questions: readonly QuestionFigures[] = [],
): string | null {
  if (!profile.shown) return null;
  const points = Array.from(
    { length: instrument.scale.max - instrument.scale.min + 1 },
    (_, i) => instrument.scale.min + i,
  );
  const blanks = points.map(() => null);
  const figureCells = (f: GroupFigures | null) => {
    const e = exportFigures(f);
    return [e.mean, e.percent, e.lowest, e.highest, e.sd, e.agreement];
  };
  const header = [...CSV_HEADER, ...points.map((p) => `rating_${p}`)];
  const rows: (string | number | null)[][] = profile.dimensions.map((d) => [
    'dimension',
    d.id,
    d.title,
    null,
    null,
    null,
    d.figures === null ? null : d.n,
    null,
    null,
    null,
    ...figureCells(d.figures),
    ...blanks,
  ]);
  rows.push([
    'overall',
    null,
    t('team.overall'),
    null,
    null,
    null,
    profile.overall === null ? null : profile.overall.n,
    null,
    null,
    null,
    ...figureCells(profile.overall),
    ...blanks,
  ]);
  const titles = new Map(instrument.dimensions.map((d) => [d.id, d.title]));
  for (const q of questions) {
    rows.push([
      'question',
      q.item.dimensionId,
      titles.get(q.item.dimensionId) ?? null,
      q.item.id,
      safeText(q.item.label),
      safeText(frameworkQuestionIfDifferent(q) ?? ''),
      q.results,
      q.rated,
      q.cantJudge,
      q.unanswered,
      ...figureCells(q.figures),
      ...(q.counts ?? blanks),
    ]);
  }
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A file name for an export, naming the workshop (when it has a name of its own) and the level shown. */
export function groupFileName(levelFilter: LevelFilter, extension: 'json' | 'csv', workshop?: string): string {
  const named = workshop === undefined ? '' : `${fileSlug(workshop, 'workshop')}-`;
  return `collective-profile-${named}${levelFilter}.${extension}`;
}
