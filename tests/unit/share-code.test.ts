import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CANT_JUDGE, instrumentItems, type Answers } from '../../src/lib/instrument';
import {
  canonicalShareCode,
  decodeShareCode,
  encodeShareCode,
  mixedRadixDigits,
  shareCodeChecksOut,
} from '../../src/lib/share-code';
import { answerSets as arbitraryAnswers } from '../fixtures/arbitraries';
import { loadInstrument } from '../fixtures/instrument';

const instrument = loadInstrument();
const items = instrumentItems(instrument);
const answerSets = arbitraryAnswers(instrument);
const levels = fc.constantFrom(undefined, 'team' as const, 'organisation' as const, 'partnership' as const);

describe('share codes', () => {
  test('for the default instrument, every answer set fits in under 40 characters', () => {
    const all12: Answers = Object.fromEntries(items.map((i) => [i.id, 12]));
    expect(encodeShareCode(instrument, all12, 'partnership').length).toBeLessThan(40);
    fc.assert(
      fc.property(answerSets, levels, (a, l) => encodeShareCode(instrument, a, l).length < 40),
      { numRuns: 2000 },
    );
  }, 120_000);

  test('any valid answer set and level survives a round trip exactly', () => {
    fc.assert(
      fc.property(answerSets, levels, (answers, level) => {
        const decoded = decodeShareCode(instrument, encodeShareCode(instrument, answers, level));
        expect(decoded).toEqual({ ok: true, value: level === undefined ? { answers } : { answers, level } });
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  test('reads codes typed in lower case, with spaces, hyphens and look-alike letters', () => {
    const answers: Answers = { [items[0]!.id]: 7, [items[5]!.id]: CANT_JUDGE };
    const code = encodeShareCode(instrument, answers);
    const typed = ` ${code
      .toLowerCase()
      .replace(/0/g, 'o')
      .replace(/1/g, 'l')
      .replace(/(.{5})/g, '$1 ')} `;
    expect(decodeShareCode(instrument, typed)).toEqual({ ok: true, value: { answers } });
  });

  test('refuses a code with one character changed, naming a typo', () => {
    fc.assert(
      fc.property(answerSets, fc.nat(), fc.nat(31), (answers, at, shift) => {
        const code = encodeShareCode(instrument, answers);
        const body = code.slice(4);
        const i = at % body.length;
        const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
        const replaced = alphabet[(alphabet.indexOf(body[i]!) + 1 + shift) % 32];
        fc.pre(replaced !== body[i]);
        const result = decodeShareCode(instrument, `CL1-${body.slice(0, i)}${replaced}${body.slice(i + 1)}`);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  test('refuses a code from another instrument version, and says so', () => {
    const other = loadInstrument({ scale: { min: 1, max: 5, anchors: [{ value: 1, label: 'None' }] } });
    const code = encodeShareCode(other, { [items[0]!.id]: 3 });
    const result = decodeShareCode(instrument, code);
    expect(result).toMatchObject({ ok: false, code: 'other-instrument-version' });
  });

  test('never throws on random input, and refuses it with a reason', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = decodeShareCode(instrument, text);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 10_000 },
    );
    expect(decodeShareCode(instrument, '')).toMatchObject({ ok: false, code: 'empty' });
    expect(decodeShareCode(instrument, 'CL1-!!!')).toMatchObject({ ok: false, code: 'bad-code' });
  }, 120_000);
});

describe('share codes from answers that are not valid', () => {
  test('leave an out-of-range answer out instead of corrupting the answers next to it', () => {
    const answers = { [items[0]!.id]: 13, [items[1]!.id]: 4 } as Answers;
    expect(decodeShareCode(instrument, encodeShareCode(instrument, answers))).toEqual({
      ok: true,
      value: { answers: { [items[1]!.id]: 4 } },
    });
  });
});

describe('share codes carrying a workshop tag (CL2)', () => {
  const tags = fc
    .array(fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'), { minLength: 4, maxLength: 4 })
    .map((a) => a.join(''));

  test('any answer set, level and tag survives a round trip exactly, as a CL2 code under 45 characters', () => {
    fc.assert(
      fc.property(answerSets, levels, tags, (answers, level, tag) => {
        const code = encodeShareCode(instrument, answers, level, tag);
        expect(code).toMatch(/^CL2-[0-9A-HJKMNP-TV-Z]+$/);
        expect(code.length).toBeLessThan(45);
        expect(canonicalShareCode(code.toLowerCase())).toBe(code);
        const value = level === undefined ? { answers, tag } : { answers, level, tag };
        expect(decodeShareCode(instrument, code)).toEqual({ ok: true, value });
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  test('a code without a tag is the CL1 code it always was', () => {
    const all12: Answers = Object.fromEntries(items.map((i) => [i.id, 12]));
    expect(encodeShareCode(instrument, all12, 'team', undefined)).toBe(encodeShareCode(instrument, all12, 'team'));
    expect(encodeShareCode(instrument, all12, 'team')).toMatch(/^CL1-/);
  });

  test('refuses every one-character change, the tag included', () => {
    const answers: Answers = { [items[0]!.id]: 7, [items[5]!.id]: CANT_JUDGE, [items[26]!.id]: 12 };
    const code = encodeShareCode(instrument, answers, 'partnership', 'K7Q2');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let refused = 0;
    for (let i = 4; i < code.length; i++) {
      for (const ch of alphabet) {
        if (ch === code[i]) continue;
        expect(decodeShareCode(instrument, code.slice(0, i) + ch + code.slice(i + 1))).toMatchObject({
          ok: false,
          code: 'bad-checksum',
        });
        refused++;
      }
    }
    expect(refused).toBe((code.length - 4) * 31);
    // The same body read as an untagged code is refused too.
    expect(decodeShareCode(instrument, `CL1-${code.slice(4)}`).ok).toBe(false);
  });

  test('a CL2 code of another instrument version is refused as such', () => {
    const other = loadInstrument({ scale: { min: 1, max: 5, anchors: [{ value: 1, label: 'None' }] } });
    expect(decodeShareCode(instrument, encodeShareCode(other, { [items[0]!.id]: 3 }, undefined, 'AAAA'))).toMatchObject(
      {
        ok: false,
        code: 'other-instrument-version',
      },
    );
  });

  test('only a four-symbol tag is accepted', () => {
    expect(() => encodeShareCode(instrument, {}, undefined, 'ABC')).toThrow();
    expect(() => encodeShareCode(instrument, {}, undefined, 'ABCU')).toThrow();
  });

  test('shareCodeChecksOut tells codes from other text without the instrument', () => {
    const code = encodeShareCode(instrument, { [items[0]!.id]: 7 });
    const tagged = encodeShareCode(instrument, { [items[0]!.id]: 7 }, undefined, '0000');
    expect([code, tagged, code.toLowerCase(), 'CL1-ABC', 'CL2-ABCDEFGH', 'hello'].map(shareCodeChecksOut)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('mixedRadixDigits', () => {
  test('worked example: 1,234 in base 10 is 4, 3, 2, 1 (lowest first), and 5 digits of it leave 0', () => {
    expect(mixedRadixDigits(1234n, 10, 3)).toStrictEqual({ digits: [4, 3, 2], rest: 1n });
    expect(mixedRadixDigits(1234n, 10, 5)).toStrictEqual({ digits: [4, 3, 2, 1, 0], rest: 0n });
  });

  test('the same digits and rest as dividing one digit at a time, for any value, radix and count', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 2n ** 200n }),
        fc.integer({ min: 2, max: 40 }),
        fc.nat(60),
        (value, radix, count) => {
          const digits: number[] = [];
          let rest = value;
          for (let i = 0; i < count; i++) {
            digits.push(Number(rest % BigInt(radix)));
            rest /= BigInt(radix);
          }
          expect(mixedRadixDigits(value, radix, count)).toStrictEqual({ digits, rest });
        },
      ),
      { numRuns: 500 },
    );
  });
});
