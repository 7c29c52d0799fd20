/**
 * Crockford base 32 and a checksum over its symbols, shared by the tagged share codes and the
 * workshop invitations. The checksum is Bech32's (BIP 173): a BCH code over 5-bit symbols that
 * catches every change of one character at any length, and any four changes in codes under 90
 * characters; each kind of code mixes its own name in first, so one kind never checks out as
 * another. Pure: no DOM, no storage.
 */

/** The 32 symbols, in value order: no I, L, O or U, which look like 1, 1, 0 and V. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** How many symbols the checksum adds. */
export const CHECK_SYMBOLS = 6;

const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GENERATOR[i]!) >>> 0;
  }
  return chk;
}

function domainSymbols(domain: string): number[] {
  const out: number[] = [];
  for (const ch of domain) out.push(ch.charCodeAt(0) >> 5);
  out.push(0);
  for (const ch of domain) out.push(ch.charCodeAt(0) & 31);
  return out;
}

/** The checksum symbols for `symbols` in this domain (the kind of code). */
export function checksumSymbols(domain: string, symbols: readonly number[]): number[] {
  const mod = polymod([...domainSymbols(domain), ...symbols, 0, 0, 0, 0, 0, 0]) ^ 1;
  return Array.from({ length: CHECK_SYMBOLS }, (_, i) => (mod >>> (5 * (CHECK_SYMBOLS - 1 - i))) & 31);
}

/** True when the last six symbols are the checksum of the others in this domain. */
export function verifyChecksum(domain: string, symbolsWithCheck: readonly number[]): boolean {
  return symbolsWithCheck.length > CHECK_SYMBOLS && polymod([...domainSymbols(domain), ...symbolsWithCheck]) === 1;
}

/** Symbols to Crockford text. */
export function symbolsToText(symbols: readonly number[]): string {
  let out = '';
  for (const s of symbols) out += CROCKFORD[s];
  return out;
}

/** Crockford text (already upper case, look-alikes mapped) to symbols, or null on any other character. */
export function textToSymbols(text: string): number[] | null {
  const out: number[] = [];
  for (const ch of text) {
    const s = CROCKFORD.indexOf(ch);
    if (s === -1) return null;
    out.push(s);
  }
  return out;
}

/** Upper case, without spaces or hyphens, with O read as 0 and I, L as 1. */
export function normaliseSymbols(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Bytes to 5-bit symbols, the last one padded with zero bits. */
export function bytesToSymbols(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) out.push((acc << (5 - bits)) & 31);
  return out;
}

/** 5-bit symbols back to bytes, or null when the padding is not what `bytesToSymbols` writes. */
export function symbolsToBytes(symbols: readonly number[]): Uint8Array | null {
  const out = new Uint8Array(Math.floor((symbols.length * 5) / 8));
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (const s of symbols) {
    acc = ((acc << 5) | s) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >>> bits) & 0xff;
    }
  }
  if (bits >= 5 || (acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

/** A bigint as symbols, most significant first (at least one symbol). */
export function bigintToSymbols(value: bigint): number[] {
  const out: number[] = [];
  do {
    out.unshift(Number(value & 31n));
    value >>= 5n;
  } while (value > 0n);
  return out;
}

/** Symbols as a bigint, most significant first. */
export function symbolsToBigint(symbols: readonly number[]): bigint {
  let value = 0n;
  for (const s of symbols) value = (value << 5n) | BigInt(s);
  return value;
}
