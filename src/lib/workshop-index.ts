/**
 * The facilitator's workshops as kept on this device: the stored list (each workshop's invitation,
 * an id for its storage and when it was made) and which one is open. Pure: no DOM, no storage.
 */
import { ISO_DATE_TIME } from './file-limits';
import type { Parsed } from './result';
import { validateInvitation, type Invitation } from './invitation-fields';

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

/** A JSON object: not an array, not null, not a class instance. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Whether text is a workshop id (eight Crockford symbols). */
export function isWorkshopId(text: unknown): text is string {
  return typeof text === 'string' && ID_PATTERN.test(text);
}

/** The fields of an invitation, as a workshop record and a workshop file hold them. */
export const INVITATION_KEYS = ['tag', 'name', 'level', 'partnership', 'email', 'message'] as const;

/** Check an object's invitation fields (other fields are not looked at). */
export function readInvitationFields(data: Record<string, unknown>): Parsed<Invitation> {
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
  const active =
    typeof data['active'] === 'string' && ids.has(data['active']) ? data['active'] : (workshops[0]?.id ?? '');
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
