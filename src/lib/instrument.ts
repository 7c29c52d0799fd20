/**
 * The instrument: the framework's questions as inventory items, with the scale and bands from
 * content. Built once at build time and embedded in pages as JSON; everything here is pure.
 */
import type { DimensionData, InventorySettings } from './schemas';

/** The answer someone gives when they cannot judge an item; left out of every mean. */
export const CANT_JUDGE = 'cant-judge';

/** One answer: a point on the scale, or "can't judge". An unanswered item has no entry. */
export type AnswerValue = number | typeof CANT_JUDGE;

/** Answers by item id. */
export type Answers = Record<string, AnswerValue>;

export interface Scale {
  min: number;
  max: number;
  anchors: { value: number; label: string }[];
  /** Label of the "can't judge" option, or false where the deployment leaves it out. */
  cantJudge: string | false;
}

export interface Band {
  from: number;
  label: string;
}

export interface InstrumentItem {
  /** Stable id, unique across the instrument. */
  id: string;
  dimensionId: string;
  /** The wording shown when rating (the question, or its rating wording). */
  label: string;
  /** The question as the framework asks it. */
  question: string;
}

export interface InstrumentDimension {
  id: string;
  title: string;
  order: number;
  keyStatement: string;
  leadIn?: string;
  prompt: string;
  items: InstrumentItem[];
}

export interface Instrument {
  id: string;
  /** Derived from the item ids and the scale: answers carry it so that they are never misread. */
  version: string;
  scale: Scale;
  bands: Band[];
  minAnsweredShare: number;
  highlights: number;
  anonymityThreshold: number;
  dimensions: InstrumentDimension[];
}

/** A dimension as read from the content collection: its file id, its file path and its data. */
export interface DimensionEntry {
  id: string;
  filePath?: string | undefined;
  data: DimensionData;
}

/** A content error that names the file and the field, so that a build failure says what to fix. */
export class ContentError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'ContentError';
  }
}

/** 32-bit FNV-1a hash as 8 hex digits: small, stable, and enough to tell instrument versions apart. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The instrument version: what changes it is what changes how answers must be read. */
export function instrumentVersion(id: string, scale: Scale, itemIds: readonly string[]): string {
  const key = [id, scale.min, scale.max, scale.cantJudge === false ? 'no-cj' : 'cj', ...itemIds].join('|');
  return fnv1a(key);
}

/**
 * Build the instrument from the framework's dimensions and the inventory settings, checking what
 * a single file's schema cannot: unique orders and question ids across files.
 */
export function buildInstrument(entries: readonly DimensionEntry[], settings: InventorySettings): Instrument {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  const orders = new Map<number, string>();
  const itemOwners = new Map<string, string>();
  const fileOf = (e: DimensionEntry) => e.filePath ?? `content/framework/${e.id}.mdx`;
  for (const entry of sorted) {
    const other = orders.get(entry.data.order);
    if (other !== undefined) {
      throw new ContentError(fileOf(entry), 'order', `${entry.data.order} is also the order of ${other}`);
    }
    orders.set(entry.data.order, fileOf(entry));
    entry.data.questions.forEach((q, i) => {
      const owner = itemOwners.get(q.id);
      if (owner !== undefined) {
        throw new ContentError(fileOf(entry), `questions[${i}].id`, `duplicate question id "${q.id}", also used in ${owner}`);
      }
      itemOwners.set(q.id, fileOf(entry));
    });
  }
  const dimensions: InstrumentDimension[] = sorted.map(({ id, data }) => ({
    id,
    title: data.title,
    order: data.order,
    keyStatement: data.keyStatement,
    ...(data.leadIn === undefined ? {} : { leadIn: data.leadIn }),
    prompt: data.prompt,
    items: data.questions.map((q) => ({ id: q.id, dimensionId: id, label: q.rating ?? q.text, question: q.text })),
  }));
  const scale: Scale = { ...settings.scale };
  return {
    id: settings.id,
    version: instrumentVersion(settings.id, scale, dimensions.flatMap((d) => d.items.map((i) => i.id))),
    scale,
    bands: settings.bands,
    minAnsweredShare: settings.minAnsweredShare,
    highlights: settings.highlights,
    anonymityThreshold: settings.anonymityThreshold,
    dimensions,
  };
}

/** Every item of the instrument, in order. */
export function instrumentItems(instrument: Instrument): InstrumentItem[] {
  return instrument.dimensions.flatMap((d) => d.items);
}

/** Whether a value is a valid answer on this instrument's scale. */
export function isValidAnswer(instrument: Instrument, value: unknown): value is AnswerValue {
  if (value === CANT_JUDGE) return instrument.scale.cantJudge !== false;
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= instrument.scale.min &&
    value <= instrument.scale.max
  );
}
