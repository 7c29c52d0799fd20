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
  normaliseSymbols,
  symbolsToBytes,
  symbolsToText,
  textToSymbols,
  verifyChecksum,
} from './base32';
import { validateInvitation, type Invitation } from './invitation-fields';
import { LEVELS, refuse, type Parsed } from './result';
import { t } from '../i18n/t';

export {
  INVITATION_LIMITS,
  isEmailAddress,
  isWorkshopTag,
  validateInvitation,
  workshopTagFrom,
  type Invitation,
} from './invitation-fields';

export const INVITATION_PREFIX = 'CLW1-';
const DOMAIN = 'CLW1';
/** Longest text `decodeInvitation` reads; a longer one is refused before any work. */
export const MAX_INVITATION_TEXT = 8000;

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

const notInvitation = () => t('workshop.notInvitation');

/** Read an invitation code, or a link ending in one; anything else, or any typo, is refused with a reason. */
export function decodeInvitation(text: string): Parsed<Invitation> {
  if (text.length > MAX_INVITATION_TEXT) return refuse('too-large', t('workshop.invitationTooLong'));
  const hash = text.lastIndexOf('#');
  const raw = normaliseSymbols(hash === -1 ? text : text.slice(hash + 1));
  if (raw === '') return refuse('empty', t('workshop.invitationEmpty'));
  if (!/^C1W1/.test(raw)) return refuse('bad-code', notInvitation());
  const symbols = textToSymbols(raw.slice(4));
  if (symbols === null) return refuse('bad-code', t('workshop.invitationBadCharacters'));
  if (symbols.length < 4 + 2 + CHECK_SYMBOLS || !verifyChecksum(DOMAIN, symbols)) {
    return refuse('bad-checksum', t('workshop.invitationMistyped'));
  }
  const tag = symbolsToText(symbols.slice(0, 4));
  const bytes = symbolsToBytes(symbols.slice(4, -CHECK_SYMBOLS));
  const damaged = () => refuse('bad-code', t('workshop.invitationDamaged'));
  if (bytes === null || bytes.length === 0 || bytes[0]! > LEVELS.length) return damaged();
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
  if (fields.includes(null) || at !== bytes.length) return damaged();
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
