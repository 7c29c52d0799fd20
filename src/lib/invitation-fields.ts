/**
 * The fields of a workshop invitation and their checks: what a facilitator types, what the
 * workshop list keeps, what an invitation code carries (src/lib/workshop.ts encodes it). Small on
 * purpose: the collective page needs it on first load, the encoder only later. Pure.
 */
import { CROCKFORD } from './base32';
import { LEVELS, MAX_PARTNERSHIP_LENGTH, refuse, type Level, type Parsed } from './result';
import { WORKSHOP_TAG_PATTERN } from './share-code';
import { t, type MessageKey } from '../i18n/t';

/** What an invitation carries: who invites, to what, and where to send the result. */
export interface Invitation {
  /** Short workshop tag (4 Crockford base-32 symbols), random per workshop: names the workshop, not a person. */
  tag: string;
  /** The workshop's name, e.g. "Northshire Partnership, March 2027". */
  name: string;
  /** The level to assess; absent: participants choose. */
  level?: Level;
  /** The partnership's name. */
  partnership?: string;
  /** The address participants may email their result to. */
  email?: string;
  /** A short message to participants. */
  message?: string;
}

/** Field limits, in UTF-16 code units (what a text field's maxlength counts). */
export const INVITATION_LIMITS = { name: 120, partnership: MAX_PARTNERSHIP_LENGTH, email: 254, message: 500 } as const;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Whether text is an email address a mail program can write to (ASCII, with a dotted domain). */
export function isEmailAddress(text: string): boolean {
  return text.length <= INVITATION_LIMITS.email && EMAIL.test(text);
}

/** Whether text is a workshop tag. */
export function isWorkshopTag(text: string): boolean {
  return WORKSHOP_TAG_PATTERN.test(text);
}

/** A new random workshop tag from 20 random bits (pass crypto.getRandomValues output). */
export function workshopTagFrom(random: Uint32Array | readonly number[]): string {
  const bits = (random[0] ?? 0) & 0xfffff;
  return [15, 10, 5, 0].map((shift) => CROCKFORD[(bits >>> shift) & 31]).join('');
}

function checkText(labelKey: MessageKey, value: unknown, max: number, multiline = false): Parsed<string | undefined> {
  if (value === undefined || value === '') return { ok: true, value: undefined };
  if (typeof value !== 'string') return refuse('bad-field', t('workshop.fieldNotText', { field: t(labelKey) }));
  if (value.length > max) return refuse('bad-field', t('workshop.fieldTooLong', { field: t(labelKey), max }));
  if ((multiline ? CONTROL_BUT_NEWLINE : CONTROL).test(value) || LONE_SURROGATE.test(value)) {
    return refuse('bad-field', t('workshop.fieldBadCharacters', { field: t(labelKey) }));
  }
  return { ok: true, value };
}

/** Check an invitation's fields (from a form, a file or a decoded link); the first problem is named. */
export function validateInvitation(input: Partial<Record<keyof Invitation, unknown>>): Parsed<Invitation> {
  if (typeof input.tag !== 'string' || !isWorkshopTag(input.tag)) {
    return refuse('bad-field', t('workshop.badTag'));
  }
  const name = checkText('workshop.fieldName', input.name, INVITATION_LIMITS.name);
  if (!name.ok) return name;
  if (name.value === undefined || name.value.trim() === '') return refuse('bad-field', t('workshop.needsName'));
  const inv: Invitation = { tag: input.tag, name: name.value };
  if (input.level !== undefined) {
    if (typeof input.level !== 'string' || !(LEVELS as readonly string[]).includes(input.level)) {
      return refuse('bad-field', t('workshop.badLevel', { levels: LEVELS.join(', ') }));
    }
    inv.level = input.level as Level;
  }
  const partnership = checkText('workshop.fieldPartnership', input.partnership, INVITATION_LIMITS.partnership);
  if (!partnership.ok) return partnership;
  if (partnership.value !== undefined) inv.partnership = partnership.value;
  const email = checkText('workshop.fieldEmail', input.email, INVITATION_LIMITS.email);
  if (!email.ok) return email;
  if (email.value !== undefined) {
    if (!isEmailAddress(email.value))
      return refuse('bad-field', t('workshop.notEmail', { email: email.value.slice(0, 60) }));
    inv.email = email.value;
  }
  const message = checkText('workshop.fieldMessage', input.message, INVITATION_LIMITS.message, true);
  if (!message.ok) return message;
  if (message.value !== undefined) inv.message = message.value;
  return { ok: true, value: inv };
}
