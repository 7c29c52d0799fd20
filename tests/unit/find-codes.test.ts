import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { instrumentItems } from '../../src/lib/instrument';
import { findCodeMatches, findCodes, scanText, scanTextPart } from '../../src/lib/find-codes';
import { encodeShareCode } from '../../src/lib/share-code';
import { answerSets } from '../fixtures/arbitraries';
import { loadInstrument } from '../fixtures/instrument';

const instrument = loadInstrument();
const items = instrumentItems(instrument);
const tags = fc
  .array(fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ'), { minLength: 4, maxLength: 4 })
  .map((a) => a.join(''));
const codes = fc
  .tuple(
    answerSets(instrument),
    fc.constantFrom(undefined, 'team' as const, 'partnership' as const),
    fc.option(tags, { nil: undefined }),
  )
  .map(([answers, level, tag]) => encodeShareCode(instrument, answers, level, tag));
const a = encodeShareCode(instrument, { [items[0]!.id]: 7, [items[1]!.id]: 3 }, 'team');
const b = encodeShareCode(instrument, { [items[2]!.id]: 12 }, undefined, 'K7Q2');

describe('finding codes in any text', () => {
  test('finds codes and result links in an email thread and a chat export', () => {
    const thread = [
      'From: Ann <ann@example.org>',
      'Hi! My result: ' + a + '. Thanks for organising.',
      '> On Monday, Bob wrote:',
      `> the link is <https://example.org/leadership/inventory/results/#${b}>`,
      'CLIENT meeting is at CL10 tomorrow; see https://example.org/cl1-page',
    ].join('\r\n');
    expect(findCodes(thread)).toEqual([a, b]);
    const chat = `[10:02] Ann: ${a.toLowerCase()}\n[10:03] Bob: (${b}), and again ${a}!`;
    expect(findCodes(chat)).toEqual([a, b, a]);
    expect(findCodeMatches(`x ${a} y`)).toEqual([{ code: a, start: 2, end: 2 + a.length }]);
  });

  test('joins a code wrapped over lines, split by spaces or hyphens, or by quoted-printable soft breaks', () => {
    expect(findCodes(`Code:\n${a.slice(0, 20)}\n${a.slice(20)}\nbye`)).toEqual([a]);
    expect(findCodes(`> ${b.slice(0, 15)}\n> ${b.slice(15)} ok`)).toEqual([b]);
    expect(findCodes(`link: https://x.org/#${a.slice(0, 30)}=\r\n${a.slice(30)} more`)).toEqual([a]);
    const grouped = `${a.slice(0, 4)} ${a
      .slice(4)
      .replace(/(.{5})/g, '$1 ')
      .trim()}`;
    expect(findCodes(`my code is ${grouped} thanks`)).toEqual([a]);
    expect(findCodes(`CL1 - ${a.slice(4)}`)).toEqual([a]);
  });

  test('ignores text that only looks like a code', () => {
    expect(findCodes('CL1-1430YTRZHQPSG84EMW1J0JC71ZNAW3DX and CL2- and cl1 and CLW1-ABCD')).toEqual([]);
    expect(findCodes('')).toEqual([]);
  });

  test('any text with k valid codes embedded yields exactly those k, in order', () => {
    const filler = fc.string({ maxLength: 40 });
    // What separates a code from the text after it: anything that cannot be part of a code.
    const edge = fc.constantFrom(' ', '\n', '.', ',', ')', '>', '"', '!', '\t', '\u00a0', '#', '<');
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, codes, edge, edge), { maxLength: 6 }), filler, (parts, tail) => {
        const text = parts.map(([before, code, e1, e2]) => `${before}${e1}${code}${e2}`).join('') + tail;
        expect(findCodes(text)).toEqual(parts.map(([, code]) => code));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  test('random text yields none', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(findCodes(text)).toEqual([]);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('CL1-', 'cl2-', 'CLI', 'A', 'Z', '7', ' ', '\n', '-', '0'), { maxLength: 80 }),
        (p) => {
          expect(findCodes(p.join(''))).toEqual([]);
        },
      ),
      { numRuns: 5000 },
    );
  }, 120_000);

  test('finds 1,000 codes in a pasted block quickly', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `Person ${i}: ${i % 2 ? a : b} — thanks`).join('\n');
    const started = performance.now();
    expect(findCodes(text)).toHaveLength(1000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('codes with a typo', () => {
  test('a code-length text after "CL1-" that does not check out is a suspect, not ignored', () => {
    const typo = `${a.slice(0, 10)}${a[10] === 'Z' ? 'Y' : 'Z'}${a.slice(11)}`;
    expect(scanText(`here: ${typo}, and ${b}`)).toEqual({
      codes: [{ code: b, start: 12 + typo.length, end: 12 + typo.length + b.length }],
      suspects: [{ code: typo, start: 6, end: 6 + typo.length }],
    });
    // Short look-alikes are ordinary text.
    expect(scanText('CLIENT CL1-ABC CL10')).toEqual({ codes: [], suspects: [] });
  });
});

describe('scanning a long text in parts', () => {
  /** Scan `text` in parts, each stopped after `every` possible codes; returns the parts' results joined. */
  const inParts = (text: string, every: number) => {
    const all = {
      codes: [] as ReturnType<typeof scanText>['codes'],
      suspects: [] as ReturnType<typeof scanText>['suspects'],
    };
    let from = 0;
    let parts = 0;
    while (from < text.length) {
      let asked = 0;
      const part = scanTextPart(text, from, () => ++asked >= every);
      all.codes.push(...part.codes);
      all.suspects.push(...part.suspects);
      expect(part.next).toBeGreaterThan(from);
      from = part.next;
      parts++;
    }
    return { ...all, parts };
  };

  test('worked example: two codes, a typo and other text, one possible code per part', () => {
    const text = `Ann: ${a}\nBob: CL1-ABCDEFGHJK\nCLIENT\n${b}`;
    const whole = scanText(text);
    expect(whole.codes.map((c) => c.code)).toEqual([a, b]);
    expect(whole.suspects.map((c) => c.code)).toEqual(['CL1-ABCDEFGHJK']);
    const parts = inParts(text, 1);
    // One part per possible code ("CL" of a, the typo, CLIENT and b), the last running to the end.
    expect(parts.parts).toBe(4);
    expect({ codes: parts.codes, suspects: parts.suspects }).toEqual(whole);
  });

  test('parts put together are the whole scan, wherever they stop', () => {
    const noise = fc.constantFrom('\n', ' ', '> ', 'cl', 'CL1-', 'CL2-ABCDEFGH', 'hello ', '#', '=\n');
    const text = fc.array(fc.oneof(codes, noise), { maxLength: 12 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 4 }), (t, every) => {
        const { codes: found, suspects } = inParts(t, every);
        expect({ codes: found, suspects }).toEqual(scanText(t));
      }),
      { numRuns: 300 },
    );
  });
});
