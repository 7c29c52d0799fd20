/**
 * The workshop file: it moves one workshop (its invitation, its collected results and its group
 * plan) to another device. Loaded only when a workshop file is written or read. A workshop file is
 * JSON:
 *
 *   { "format": "collective-leadership-workshop", "formatVersion": 1,
 *     "instrument": { "id", "version" }, "exportedAt": ISO date-time,
 *     "workshop": { "tag", "name", "level"?, "partnership"?, "email"?, "message"? },
 *     "results": [share codes], "keptApart": [share codes of another inventory version],
 *     "plan"?: { dimension id: [actions] } }
 *
 * No other fields; results hold answers and level (and workshop tag) only, as share codes; `plan`
 * is the group plan as a result file writes a plan, present only when it has actions. Pure.
 */
import { ordered, planToJson, validatePlan, type ActionPlan } from './action-plan';
import type { CollectedResult, KeptApart } from './collection';
import { parseCodeEntry } from './collection';
import type { Instrument } from './instrument';
import { refuse, type Parsed, type Refusal } from './result';
import { ISO_DATE_TIME } from './file-limits';
import { WORKSHOP_FILE_FORMAT } from './file-formats';
import { t } from '../i18n/t';
import { decodeShareCode, shareCodeChecksOut } from './share-code';
import type { Invitation } from './invitation-fields';
import {
  INVITATION_KEYS,
  invitationOf,
  isPlainObject,
  readInvitationFields,
  type WorkshopRecord,
} from './workshop-index';

export const WORKSHOP_FILE_VERSION = 1;
/** Largest workshop file read: room for tens of thousands of results. */
export const MAX_WORKSHOP_FILE_BYTES = 5_000_000;

const dimensionIds = (instrument: Instrument) => instrument.dimensions.map((d) => d.id);

/** A workshop file's text: the invitation, the results' share codes and the group plan, nothing else. */
export function stringifyWorkshopFile(
  instrument: Instrument,
  record: WorkshopRecord,
  results: readonly { code: string }[],
  keptApart: readonly KeptApart[],
  exportedAt: Date,
  plan: ActionPlan = {},
): string {
  const actions = ordered(dimensionIds(instrument), plan);
  const file = {
    format: WORKSHOP_FILE_FORMAT,
    formatVersion: WORKSHOP_FILE_VERSION,
    instrument: { id: instrument.id, version: instrument.version },
    exportedAt: exportedAt.toISOString(),
    workshop: invitationOf(record),
    results: results.map((r) => r.code),
    keptApart: keptApart.map((k) => k.code),
    // Without actions there is no plan field, so that such a file opens on a site of before.
    ...(Object.keys(actions).length === 0 ? {} : { plan: planToJson(actions) }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** What a workshop file holds, read and checked. */
export interface WorkshopFile {
  invitation: Invitation;
  results: CollectedResult[];
  keptApart: KeptApart[];
  /** The group plan; empty when the file has none. */
  plan: ActionPlan;
}

const FILE_KEYS = new Set([
  'format',
  'formatVersion',
  'instrument',
  'exportedAt',
  'workshop',
  'results',
  'keptApart',
  'plan',
]);

/** Read a workshop file against this instrument; anything wrong is refused, saying what and where. */
export function parseWorkshopFile(text: string, instrument: Instrument): Parsed<WorkshopFile> {
  if (text.length > MAX_WORKSHOP_FILE_BYTES) return refuse('too-large', t('workshop.fileTooLarge'));
  if (text.trim() === '') return refuse('empty', t('workshop.fileEmpty'));
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('not-json', t('workshop.fileNotJson'));
  }
  if (!isPlainObject(data) || data['format'] !== WORKSHOP_FILE_FORMAT) {
    return refuse('wrong-format', t('workshop.fileWrongFormat', { format: WORKSHOP_FILE_FORMAT }));
  }
  if (data['formatVersion'] !== WORKSHOP_FILE_VERSION) {
    return refuse(
      'unsupported-format-version',
      t('workshop.fileFormatVersion', {
        found: String(JSON.stringify(data['formatVersion'])?.slice(0, 20)),
        version: String(WORKSHOP_FILE_VERSION),
      }),
    );
  }
  const extra = Object.keys(data).find((k) => !FILE_KEYS.has(k));
  if (extra !== undefined) return refuse('bad-field', t('workshop.fileExtraField', { field: extra.slice(0, 40) }));
  const inst = data['instrument'];
  if (!isPlainObject(inst) || inst['id'] !== instrument.id) {
    return refuse('other-instrument', t('workshop.fileOtherInventory'));
  }
  if (inst['version'] !== instrument.version) {
    return refuse(
      'other-instrument-version',
      t('workshop.fileOtherVersion', { found: String(inst['version']).slice(0, 20), version: instrument.version }),
      typeof inst['version'] === 'string' ? { instrumentVersion: inst['version'].slice(0, 20) } : {},
    );
  }
  if (
    data['exportedAt'] !== undefined &&
    (typeof data['exportedAt'] !== 'string' || !ISO_DATE_TIME.test(data['exportedAt']))
  ) {
    return refuse('bad-field', t('workshop.fileBadDate'));
  }
  const workshop = data['workshop'];
  if (!isPlainObject(workshop)) return refuse('bad-field', t('workshop.fileNoWorkshop'));
  const extraField = Object.keys(workshop).find((k) => !(INVITATION_KEYS as readonly string[]).includes(k));
  if (extraField !== undefined)
    return refuse('bad-field', t('workshop.fileUnknownField', { field: extraField.slice(0, 40) }));
  const invitation = readInvitationFields(workshop);
  if (!invitation.ok)
    return { ...invitation, message: t('workshop.fileInvalidWorkshop', { reason: invitation.message }) };
  const results: CollectedResult[] = [];
  const seen = new Set<string>();
  const list = data['results'] ?? [];
  if (!Array.isArray(list)) return refuse('bad-field', t('workshop.fileResultsNotList'));
  for (const [i, item] of list.entries()) {
    const parsed: Parsed<CollectedResult> =
      typeof item === 'string' ? parseCodeEntry(instrument, item) : refuse('bad-field', t('workshop.fileItemNotCode'));
    if (!parsed.ok) return refuseEntry(i, parsed);
    if (seen.has(parsed.value.code)) continue;
    seen.add(parsed.value.code);
    results.push(parsed.value);
  }
  const apart = data['keptApart'] ?? [];
  if (!Array.isArray(apart)) return refuse('bad-field', t('workshop.fileKeptApartNotList'));
  const keptApart: KeptApart[] = [];
  for (const [i, item] of apart.entries()) {
    if (typeof item !== 'string' || !shareCodeChecksOut(item)) {
      return refuse('bad-code', t('workshop.fileKeptApartNotCode', { number: i + 1 }));
    }
    const decoded = decodeShareCode(instrument, item);
    keptApart.push({ code: item, version: decoded.ok ? undefined : decoded.instrumentVersion });
  }
  const plan = validatePlan(dimensionIds(instrument), data['plan']);
  if (!plan.ok) return refuse('bad-field', t('workshop.filePlanInvalid', { reason: plan.message }));
  return { ok: true, value: { invitation: invitation.value, results, keptApart, plan: plan.value } };
}

function refuseEntry(i: number, parsed: Refusal): Refusal {
  return { ...parsed, message: t('workshop.fileResultUnreadable', { number: i + 1, reason: parsed.message }) };
}
