/**
 * Workshop invitations: what a facilitator sends to participants, carried in the inventory link's
 * fragment (never sent to a server), short enough for a link and checked like a share code.
 *
 * Code layout: "CLW1-", then Crockford base 32 (src/lib/base32.ts) of: the workshop tag (4
 * symbols), the payload bytes (5 bits a symbol, the last padded with zeros), and six symbols of
 * the Bech32 checksum over the tag and payload, which refuses every one-character change. The
 * payload: one byte for the level (0 = participants choose, 1 team, 2 organisation,
 * 3 partnership), then name, partnership, email and message, each as its UTF-8 length (LEB128)
 * and its UTF-8 bytes; an absent field has length 0. Pure: no DOM, no storage.
 */
import {
  bytesToSymbols,
  CHECK_SYMBOLS,
  checksumSymbols,
  CROCKFORD,
  normaliseSymbols,
  symbolsToBytes,
  symbolsToText,
  textToSymbols,
  verifyChecksum,
} from './base32';
import { LEVELS, MAX_PARTNERSHIP_LENGTH, refuse, type Level, type Parsed } from './result';
import { WORKSHOP_TAG_PATTERN } from './share-code';

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

export const INVITATION_PREFIX = 'CLW1-';
const DOMAIN = 'CLW1';
/** Field limits, in UTF-16 code units (what a text field's maxlength counts). */
export const INVITATION_LIMITS = { name: 120, partnership: MAX_PARTNERSHIP_LENGTH, email: 254, message: 500 } as const;
/** Longest text `decodeInvitation` reads; a longer one is refused before any work. */
export const MAX_INVITATION_TEXT = 8000;

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

function checkText(label: string, value: unknown, max: number, multiline = false): Parsed<string | undefined> {
  if (value === undefined || value === '') return { ok: true, value: undefined };
  if (typeof value !== 'string') return refuse('bad-field', `The ${label} must be text.`);
  if (value.length > max) return refuse('bad-field', `The ${label} is longer than ${max} characters.`);
  if ((multiline ? CONTROL_BUT_NEWLINE : CONTROL).test(value) || LONE_SURROGATE.test(value)) {
    return refuse('bad-field', `The ${label} has characters that cannot be shown.`);
  }
  return { ok: true, value };
}

/** Check an invitation's fields (from a form, a file or a decoded link); the first problem is named. */
export function validateInvitation(input: Partial<Record<keyof Invitation, unknown>>): Parsed<Invitation> {
  if (typeof input.tag !== 'string' || !isWorkshopTag(input.tag)) {
    return refuse('bad-field', 'The workshop tag must be four letters or digits of Crockford base 32.');
  }
  const name = checkText('workshop name', input.name, INVITATION_LIMITS.name);
  if (!name.ok) return name;
  if (name.value === undefined || name.value.trim() === '') return refuse('bad-field', 'The workshop needs a name.');
  const inv: Invitation = { tag: input.tag, name: name.value };
  if (input.level !== undefined) {
    if (typeof input.level !== 'string' || !(LEVELS as readonly string[]).includes(input.level)) {
      return refuse('bad-field', `The level must be one of ${LEVELS.join(', ')}, or left for participants to choose.`);
    }
    inv.level = input.level as Level;
  }
  const partnership = checkText('partnership name', input.partnership, INVITATION_LIMITS.partnership);
  if (!partnership.ok) return partnership;
  if (partnership.value !== undefined) inv.partnership = partnership.value;
  const email = checkText('return email address', input.email, INVITATION_LIMITS.email);
  if (!email.ok) return email;
  if (email.value !== undefined) {
    if (!isEmailAddress(email.value)) return refuse('bad-field', `“${email.value.slice(0, 60)}” is not an email address.`);
    inv.email = email.value;
  }
  const message = checkText('message', input.message, INVITATION_LIMITS.message, true);
  if (!message.ok) return message;
  if (message.value !== undefined) inv.message = message.value;
  return { ok: true, value: inv };
}

function pushText(out: number[], text: string | undefined): void {
  const bytes = new TextEncoder().encode(text ?? '');
  let n = bytes.length;
  do {
    out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n >>>= 7;
  } while (n > 0);
  out.push(...bytes);
}

/** Encode a valid invitation as a code (throws on an invalid one: validate form input first). */
export function encodeInvitation(inv: Invitation): string {
  const checked = validateInvitation(inv);
  if (!checked.ok) throw new Error(checked.message);
  const bytes: number[] = [inv.level === undefined ? 0 : LEVELS.indexOf(inv.level) + 1];
  pushText(bytes, inv.name);
  pushText(bytes, inv.partnership);
  pushText(bytes, inv.email);
  pushText(bytes, inv.message);
  const symbols = [...textToSymbols(inv.tag)!, ...bytesToSymbols(Uint8Array.from(bytes))];
  return INVITATION_PREFIX + symbolsToText([...symbols, ...checksumSymbols(DOMAIN, symbols)]);
}

const NOT_INVITATION = 'This is not a workshop invitation: an invitation link ends in “#CLW1-” and letters and digits.';

/** Read an invitation code, or a link ending in one; anything else, or any typo, is refused with a reason. */
export function decodeInvitation(text: string): Parsed<Invitation> {
  if (text.length > MAX_INVITATION_TEXT) return refuse('too-large', 'This is too long to be a workshop invitation.');
  const hash = text.lastIndexOf('#');
  const raw = normaliseSymbols(hash === -1 ? text : text.slice(hash + 1));
  if (raw === '') return refuse('empty', 'The invitation is empty.');
  if (!/^C1W1/.test(raw)) return refuse('bad-code', NOT_INVITATION);
  const symbols = textToSymbols(raw.slice(4));
  if (symbols === null) return refuse('bad-code', 'This invitation has characters an invitation never has.');
  if (symbols.length < 4 + 2 + CHECK_SYMBOLS || !verifyChecksum(DOMAIN, symbols)) {
    return refuse('bad-checksum', 'This invitation does not check out: a character is probably mistyped or missing.');
  }
  const tag = symbolsToText(symbols.slice(0, 4));
  const bytes = symbolsToBytes(symbols.slice(4, -CHECK_SYMBOLS));
  const damaged = refuse('bad-code', 'This invitation is damaged: it checks out but cannot be read.');
  if (bytes === null || bytes.length === 0 || bytes[0]! > LEVELS.length) return damaged;
  let at = 1;
  const readText = (): string | null => {
    let n = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++];
      if (b === undefined || shift > 21) return null;
      n |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) break;
    }
    if (at + n > bytes.length) return null;
    try {
      const s = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(at, at + n));
      at += n;
      return s;
    } catch {
      return null;
    }
  };
  const fields = [readText(), readText(), readText(), readText()];
  if (fields.includes(null) || at !== bytes.length) return damaged;
  const [name, partnership, email, message] = fields as string[];
  const level = LEVELS[bytes[0]! - 1];
  return validateInvitation({ tag, name, level, partnership, email, message });
}

/**
 * The link participants open: the inventory page with the invitation in the fragment, built from
 * the page's own address at run time (works under any base path and host).
 */
export function invitationLink(siteRootUrl: string, code: string): string {
  return `${siteRootUrl.endsWith('/') ? siteRootUrl : `${siteRootUrl}/`}inventory/#${code}`;
}
