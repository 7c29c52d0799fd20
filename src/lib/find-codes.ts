/**
 * Finding share codes and result links in any text: an email thread, a chat export, a document.
 * A code is "CL1-" or "CL2-" and base-32 symbols, wherever it sits (in a link after "#", in angle
 * brackets, after a colon, wrapped over lines, with quoted-printable soft breaks or "> " reply
 * marks); it counts only when its checksum holds, so words that merely start like a code are
 * ignored, never reported as broken codes. Pure: no DOM, no storage.
 */
import { canonicalShareCode, shareCodeChecksOut } from './share-code';

/** A code found in a text, canonical, with where it sits. */
export interface FoundCode {
  code: string;
  /** Index of its first character in the text (the "C" of "CL1"). */
  start: number;
  /** Index just after its last character. */
  end: number;
}

// "CL1" (also typed "CLI" or "CLL") or "CL2", in any case.
const PREFIX = /CL[12IL]/gi;
// A run of symbols a code may hold, in any case (I, L, O are read as 1, 1, 0; U never appears).
const CHUNK = /[0-9A-TV-Za-tv-z]+/y;
// What may split a code: a hyphen or a few spaces, or a line break (with a quoted-printable "="
// before it, and reply marks ">" after it).
const SEPARATOR = /[ \t]{0,2}(?:-|=?\r?\n(?:[ \t]*>)*)?[ \t]{0,2}/y;
const MAX_PIECES = 12;
const MAX_BODY = 160;

/** Fewest symbols after "CL1-" for a text that does not check out to be called a mistyped code. */
const SUSPECT_LENGTH = 8;

/**
 * Every share code (or result link's code) in the text, in order, each once per occurrence; and
 * `suspects`: "CL1-" or "CL2-" (with that digit and hyphen) followed by at least 8 symbols that
 * do not check out, which is a code with a typo, not ordinary text.
 */
export function scanText(text: string): { codes: FoundCode[]; suspects: FoundCode[] } {
  const { codes, suspects } = scanTextPart(text, 0);
  return { codes, suspects };
}

/**
 * `scanText` in parts, for long texts: scans from index `from` and stops at the end, or as soon as
 * `stop()` returns true (asked after each possible code); `next` is where the next part starts
 * (the text's length when done). The parts' codes and suspects, put together, are `scanText`'s.
 */
export function scanTextPart(
  text: string,
  from: number,
  stop: () => boolean = () => false,
): { codes: FoundCode[]; suspects: FoundCode[]; next: number } {
  const found: FoundCode[] = [];
  const suspects: FoundCode[] = [];
  PREFIX.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = PREFIX.exec(text)) !== null) {
    const start = match.index;
    const prefix = match[0];
    let pos = start + prefix.length;
    let body = '';
    let end = -1;
    let firstPiece: FoundCode | null = null;
    for (let piece = 0; piece < MAX_PIECES && body.length <= MAX_BODY; piece++) {
      SEPARATOR.lastIndex = pos;
      const sep = SEPARATOR.exec(text);
      if (sep !== null) pos += sep[0].length;
      CHUNK.lastIndex = pos;
      const chunk = CHUNK.exec(text);
      if (chunk === null) break;
      body += chunk[0];
      pos += chunk[0].length;
      if (
        piece === 0 &&
        chunk[0].length >= SUSPECT_LENGTH &&
        /^CL[12]-$/i.test(text.slice(start, start + 4)) &&
        pos - chunk[0].length === start + 4
      )
        firstPiece = { code: text.slice(start, pos), start, end: pos };
      // The shortest run of pieces that checks out: the words after a code never join it.
      if (shareCodeChecksOut(prefix + body)) {
        end = pos;
        break;
      }
    }
    if (end !== -1) {
      found.push({ code: canonicalShareCode(prefix + body), start, end });
      PREFIX.lastIndex = end;
    } else if (firstPiece !== null) {
      suspects.push(firstPiece);
      PREFIX.lastIndex = firstPiece.end;
    } else {
      PREFIX.lastIndex = start + 1;
    }
    // The loop's only state is the expression's position: the next part goes on from there.
    if (stop()) return { codes: found, suspects, next: PREFIX.lastIndex };
  }
  return { codes: found, suspects, next: text.length };
}

/** Every share code (or result link's code) in the text, in order, each once per occurrence. */
export function findCodeMatches(text: string): FoundCode[] {
  return scanText(text).codes;
}

/** Every share code in the text, canonical, in order (a code that appears twice is listed twice). */
export function findCodes(text: string): string[] {
  return findCodeMatches(text).map((f) => f.code);
}
