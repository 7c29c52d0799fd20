/**
 * Workshops on the facilitator's device: the stored list of workshops, and the workshop file
 * that moves one workshop (its invitation and its collected results) to another device. A
 * workshop file is JSON:
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
import { ISO_DATE_TIME } from './result-file';
import { decodeShareCode, shareCodeChecksOut } from './share-code';
import { validateInvitation, type Invitation } from './workshop';

export const WORKSHOP_FILE_FORMAT = 'collective-leadership-workshop';
export const WORKSHOP_FILE_VERSION = 1;
/** Largest workshop file read: room for tens of thousands of results. */
export const MAX_WORKSHOP_FILE_BYTES = 5_000_000;
const ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** A workshop as kept on this device: its invitation, an id for its storage, and when it was made. */
export interface WorkshopRecord extends Invitation {
  id: string;
  created: string;
}

/** The stored list of workshops and which one is open. */
export interface WorkshopIndex {
  active: string;
  workshops: WorkshopRecord[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Whether text is a workshop id (eight Crockford symbols). */
export function isWorkshopId(text: unknown): text is string {
  return typeof text === 'string' && ID_PATTERN.test(text);
}

const INVITATION_KEYS = ['tag', 'name', 'level', 'partnership', 'email', 'message'] as const;

function readInvitationFields(data: Record<string, unknown>): Parsed<Invitation> {
  return validateInvitation(Object.fromEntries(INVITATION_KEYS.map((k) => [k, data[k]])));
}

/** Read the stored list: valid workshops kept, the others counted; null when it is not a list at all. */
export function parseWorkshopIndex(raw: string): { index: WorkshopIndex | null; dropped: number } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { index: null, dropped: 0 };
  }
  if (!isPlainObject(data) || !Array.isArray(data['workshops'])) return { index: null, dropped: 0 };
  const workshops: WorkshopRecord[] = [];
  const ids = new Set<string>();
  let dropped = 0;
  for (const item of data['workshops']) {
    const inv = isPlainObject(item) ? readInvitationFields(item) : null;
    if (inv === null || !inv.ok || !isPlainObject(item) || !isWorkshopId(item['id']) || ids.has(item['id'])) {
      dropped++;
      continue;
    }
    const created = typeof item['created'] === 'string' && ISO_DATE_TIME.test(item['created']) ? item['created'] : '';
    ids.add(item['id']);
    workshops.push({ id: item['id'], created, ...inv.value });
  }
  const active = typeof data['active'] === 'string' && ids.has(data['active']) ? data['active'] : (workshops[0]?.id ?? '');
  return { index: { active, workshops }, dropped };
}

/** The stored form of the list. */
export function stringifyWorkshopIndex(index: WorkshopIndex): string {
  return JSON.stringify(index);
}

/** The invitation part of a workshop record. */
export function invitationOf(record: WorkshopRecord): Invitation {
  const inv: Invitation = { tag: record.tag, name: record.name };
  if (record.level !== undefined) inv.level = record.level;
  if (record.partnership !== undefined) inv.partnership = record.partnership;
  if (record.email !== undefined) inv.email = record.email;
  if (record.message !== undefined) inv.message = record.message;
  return inv;
}

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
  if (text.length > MAX_WORKSHOP_FILE_BYTES) return refuse('too-large', 'This file is larger than 5 MB: it is not a workshop file.');
  if (text.trim() === '') return refuse('empty', 'This file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('not-json', 'This is not a workshop file: it is not valid JSON.');
  }
  if (!isPlainObject(data) || data['format'] !== WORKSHOP_FILE_FORMAT) {
    return refuse('wrong-format', 'This is not a workshop file (a workshop file says “collective-leadership-workshop”). A result file is added under “Bring results together” instead.');
  }
  if (data['formatVersion'] !== WORKSHOP_FILE_VERSION) {
    return refuse('unsupported-format-version', `This workshop file has format version ${JSON.stringify(data['formatVersion'])?.slice(0, 20)}; this site reads version ${WORKSHOP_FILE_VERSION}.`);
  }
  const extra = Object.keys(data).find((k) => !FILE_KEYS.has(k));
  if (extra !== undefined) return refuse('bad-field', `This workshop file has a field a workshop file never has: “${extra.slice(0, 40)}”.`);
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
  if (data['exportedAt'] !== undefined && (typeof data['exportedAt'] !== 'string' || !ISO_DATE_TIME.test(data['exportedAt']))) {
    return refuse('bad-field', 'The date in this workshop file is not a date and time.');
  }
  const workshop = data['workshop'];
  if (!isPlainObject(workshop)) return refuse('bad-field', 'This workshop file has no workshop.');
  const extraField = Object.keys(workshop).find((k) => !(INVITATION_KEYS as readonly string[]).includes(k));
  if (extraField !== undefined) return refuse('bad-field', `The workshop in this file has an unknown field: “${extraField.slice(0, 40)}”.`);
  const invitation = readInvitationFields(workshop);
  if (!invitation.ok) return { ...invitation, message: `The workshop in this file is not valid: ${invitation.message}` };
  const results: CollectedResult[] = [];
  const seen = new Set<string>();
  const list = data['results'] ?? [];
  if (!Array.isArray(list)) return refuse('bad-field', 'The results in this workshop file are not a list of share codes.');
  for (const [i, item] of list.entries()) {
    const parsed: Parsed<CollectedResult> =
      typeof item === 'string' ? parseCodeEntry(instrument, item) : refuse('bad-field', 'It is not a share code.');
    if (!parsed.ok) return refuseEntry(i, parsed);
    if (seen.has(parsed.value.code)) continue;
    seen.add(parsed.value.code);
    results.push(parsed.value);
  }
  const apart = data['keptApart'] ?? [];
  if (!Array.isArray(apart)) return refuse('bad-field', 'The kept-apart results in this workshop file are not a list of share codes.');
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
