/**
 * The workshop file: it moves one workshop (its invitation and its collected results) to another
 * device. Loaded only when a workshop file is written or read. A workshop file is JSON:
 *
 *   { "format": "collective-leadership-workshop", "formatVersion": 1,
 *     "instrument": { "id", "version" }, "exportedAt": ISO date-time,
 *     "workshop": { "tag", "name", "level"?, "partnership"?, "email"?, "message"? },
 *     "results": [share codes], "keptApart": [share codes of another inventory version] }
 *
 * No other fields; results hold answers and level (and workshop tag) only, as share codes. Pure.
 */
import type { CollectedResult, KeptApart } from './collection';
import { parseCodeEntry } from './collection';
import type { Instrument } from './instrument';
import { refuse, type Parsed, type Refusal } from './result';
import { ISO_DATE_TIME } from './file-limits';
import { decodeShareCode, shareCodeChecksOut } from './share-code';
import type { Invitation } from './invitation-fields';
import {
  INVITATION_KEYS,
  invitationOf,
  isPlainObject,
  readInvitationFields,
  type WorkshopRecord,
} from './workshop-index';

export const WORKSHOP_FILE_FORMAT = 'collective-leadership-workshop';
export const WORKSHOP_FILE_VERSION = 1;
/** Largest workshop file read: room for tens of thousands of results. */
export const MAX_WORKSHOP_FILE_BYTES = 5_000_000;

/** A workshop file's text: the invitation and the results' share codes, nothing else. */
export function stringifyWorkshopFile(
  instrument: Instrument,
  record: WorkshopRecord,
  results: readonly { code: string }[],
  keptApart: readonly KeptApart[],
  exportedAt: Date,
): string {
  const file = {
    format: WORKSHOP_FILE_FORMAT,
    formatVersion: WORKSHOP_FILE_VERSION,
    instrument: { id: instrument.id, version: instrument.version },
    exportedAt: exportedAt.toISOString(),
    workshop: invitationOf(record),
    results: results.map((r) => r.code),
    keptApart: keptApart.map((k) => k.code),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** What a workshop file holds, read and checked. */
export interface WorkshopFile {
  invitation: Invitation;
  results: CollectedResult[];
  keptApart: KeptApart[];
}

const FILE_KEYS = new Set(['format', 'formatVersion', 'instrument', 'exportedAt', 'workshop', 'results', 'keptApart']);

/** Read a workshop file against this instrument; anything wrong is refused, saying what and where. */
export function parseWorkshopFile(text: string, instrument: Instrument): Parsed<WorkshopFile> {
  if (text.length > MAX_WORKSHOP_FILE_BYTES)
    return refuse('too-large', 'This file is larger than 5 MB: it is not a workshop file.');
  if (text.trim() === '') return refuse('empty', 'This file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('not-json', 'This is not a workshop file: it is not valid JSON.');
  }
  if (!isPlainObject(data) || data['format'] !== WORKSHOP_FILE_FORMAT) {
    return refuse(
      'wrong-format',
      'This is not a workshop file (a workshop file says “collective-leadership-workshop”). A result file is added under “Bring results together” instead.',
    );
  }
  if (data['formatVersion'] !== WORKSHOP_FILE_VERSION) {
    return refuse(
      'unsupported-format-version',
      `This workshop file has format version ${JSON.stringify(data['formatVersion'])?.slice(0, 20)}; this site reads version ${WORKSHOP_FILE_VERSION}.`,
    );
  }
  const extra = Object.keys(data).find((k) => !FILE_KEYS.has(k));
  if (extra !== undefined)
    return refuse('bad-field', `This workshop file has a field a workshop file never has: “${extra.slice(0, 40)}”.`);
  const inst = data['instrument'];
  if (!isPlainObject(inst) || inst['id'] !== instrument.id) {
    return refuse('other-instrument', 'This workshop file is for another inventory.');
  }
  if (inst['version'] !== instrument.version) {
    return refuse(
      'other-instrument-version',
      `This workshop file was made with another version of the inventory (${String(inst['version']).slice(0, 20)}; this one is ${instrument.version}): its results cannot be read here.`,
      typeof inst['version'] === 'string' ? { instrumentVersion: inst['version'].slice(0, 20) } : {},
    );
  }
  if (
    data['exportedAt'] !== undefined &&
    (typeof data['exportedAt'] !== 'string' || !ISO_DATE_TIME.test(data['exportedAt']))
  ) {
    return refuse('bad-field', 'The date in this workshop file is not a date and time.');
  }
  const workshop = data['workshop'];
  if (!isPlainObject(workshop)) return refuse('bad-field', 'This workshop file has no workshop.');
  const extraField = Object.keys(workshop).find((k) => !(INVITATION_KEYS as readonly string[]).includes(k));
  if (extraField !== undefined)
    return refuse('bad-field', `The workshop in this file has an unknown field: “${extraField.slice(0, 40)}”.`);
  const invitation = readInvitationFields(workshop);
  if (!invitation.ok)
    return { ...invitation, message: `The workshop in this file is not valid: ${invitation.message}` };
  const results: CollectedResult[] = [];
  const seen = new Set<string>();
  const list = data['results'] ?? [];
  if (!Array.isArray(list))
    return refuse('bad-field', 'The results in this workshop file are not a list of share codes.');
  for (const [i, item] of list.entries()) {
    const parsed: Parsed<CollectedResult> =
      typeof item === 'string' ? parseCodeEntry(instrument, item) : refuse('bad-field', 'It is not a share code.');
    if (!parsed.ok) return refuseEntry(i, parsed);
    if (seen.has(parsed.value.code)) continue;
    seen.add(parsed.value.code);
    results.push(parsed.value);
  }
  const apart = data['keptApart'] ?? [];
  if (!Array.isArray(apart))
    return refuse('bad-field', 'The kept-apart results in this workshop file are not a list of share codes.');
  const keptApart: KeptApart[] = [];
  for (const [i, item] of apart.entries()) {
    if (typeof item !== 'string' || !shareCodeChecksOut(item)) {
      return refuse('bad-code', `Kept-apart result ${i + 1} in this workshop file is not a share code.`);
    }
    const decoded = decodeShareCode(instrument, item);
    keptApart.push({ code: item, version: decoded.ok ? undefined : decoded.instrumentVersion });
  }
  return { ok: true, value: { invitation: invitation.value, results, keptApart } };
}

function refuseEntry(i: number, parsed: Refusal): Refusal {
  return { ...parsed, message: `Result ${i + 1} in this workshop file cannot be read: ${parsed.message}` };
}
