import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  canonicalShareCode,
  classifyEntries,
  parseCodeEntry,
  parseFileEntry,
  refuseOversizedFile,
  splitCodeLines,
  stringifyCollection,
  summariseOutcomes,
  type ReadEntry,
} from '../../src/lib/collection';
import { unseenResults } from '../../src/lib/unseen-results';
import { instrumentItems } from '../../src/lib/instrument';
import { parseStoredCollection } from '../../src/lib/stored-collection';
import { parseResultFile } from '../../src/lib/result-file';
import { encodeShareCode } from '../../src/lib/share-code';
import { loadInstrument } from '../fixtures/instrument';
import { mistype, otherVersionFile, PEOPLE, resultFile, shareCode, uniformAnswers } from '../fixtures/team';

const instrument = loadInstrument();
/** A JSON result file read as the collective page reads it. */
const readFile = (text: string) => parseFileEntry(instrument, text, '', parseResultFile);
const file = (name: string, text: string): ReadEntry => ({
  source: { kind: 'file', name },
  parsed: readFile(text),
});
const line = (n: number, text: string): ReadEntry => ({
  source: { kind: 'line', line: n },
  parsed: parseCodeEntry(instrument, text),
});

describe('reading one entry', () => {
  test('a result file gives its answers and level, keyed by its share code', () => {
    const parsed = readFile(resultFile(instrument, PEOPLE.a, 'team'));
    expect(parsed).toEqual({
      ok: true,
      value: {
        code: shareCode(instrument, PEOPLE.a, 'team'),
        answers: uniformAnswers(instrument, PEOPLE.a),
        level: 'team',
      },
    });
  });

  test('a share link is read from the part after "#"', () => {
    const code = shareCode(instrument, PEOPLE.b, 'partnership');
    const parsed = parseCodeEntry(instrument, `https://example.org/inventory/results/#${code}`);
    expect(parsed).toEqual({
      ok: true,
      value: { code, answers: uniformAnswers(instrument, PEOPLE.b), level: 'partnership' },
    });
  });

  test('each refusal carries its own reason', () => {
    const refusal = (p: ReturnType<typeof readFile>) => (p.ok ? null : [p.code, p.message]);
    expect(refusal(readFile(''))).toEqual(['empty', 'This file is empty.']);
    expect(refusal(readFile('{not json'))).toEqual(['not-json', 'This is not a result file: it is not valid JSON.']);
    expect(refusal(readFile('{"format":"something-else"}'))?.[0]).toBe('wrong-format');
    const badAnswer = resultFile(instrument, PEOPLE.a).replace(
      '"answers": {\n    "',
      '"answers": {\n    "unknown-item": 3,\n    "',
    );
    expect(refusal(readFile(badAnswer))?.[0]).toBe('bad-answers');
    expect(refusal(parseCodeEntry(instrument, mistype(shareCode(instrument, PEOPLE.c))))).toEqual([
      'bad-checksum',
      'This share code does not check out: a character is probably mistyped or missing.',
    ]);
    expect(refusal(parseCodeEntry(instrument, 'CL1-!!!'))?.[0]).toBe('bad-code');
    expect(refusal(parseCodeEntry(instrument, 'https://example.org/inventory/results/#'))).toEqual([
      'empty',
      'This link has no share code after “#”.',
    ]);
    expect(refusal(parseCodeEntry(instrument, 'https://example.org/#%E0%A4%A'))?.[0]).toBe('bad-code');
    expect(refusal(parseCodeEntry(instrument, 'Ann from the housing team'))).toEqual([
      'bad-code',
      'This line is not a share code: a share code starts with “CL1-” or “CL2-”, and a link ends in “#CL1-…” or “#CL2-…”.',
    ]);
    expect(refusal(parseCodeEntry(instrument, 'https://example.org/inventory/#outcome-focus'))).toEqual([
      'bad-code',
      'This link does not carry a share code: a share link ends in “#CL1-…” or “#CL2-…”.',
    ]);
    expect(refuseOversizedFile(1_000_001)?.code).toBe('too-large');
    expect(refuseOversizedFile(4_000)).toBeNull();
    expect(refusal(readFile(' '.repeat(1_000_001)))?.[0]).toBe('too-large');
    const doc = () => JSON.parse(resultFile(instrument, PEOPLE.a, 'team')) as Record<string, unknown>;
    expect(refusal(readFile(JSON.stringify({ ...doc(), formatVersion: 3 })))).toEqual([
      'unsupported-format-version',
      'This result file uses format version 3; this site reads versions 1 and 2.',
    ]);
    expect(refusal(readFile(JSON.stringify({ ...doc(), instrument: { id: 'other', version: 'x' } })))?.[0]).toBe(
      'other-instrument',
    );
    expect(refusal(readFile(JSON.stringify({ ...doc(), context: { level: 'everyone' } })))).toEqual([
      'bad-field',
      'The level must be one of team, organisation, partnership.',
    ]);
  });

  test('a pasted block is split into its non-blank lines, keeping line numbers', () => {
    expect(splitCodeLines('CL1-A\r\n\n  CL1-B  \n')).toEqual([
      { line: 1, text: 'CL1-A' },
      { line: 3, text: 'CL1-B' },
    ]);
  });

  test('the canonical form of any decodable code, however typed, is what encoding writes', () => {
    const items = instrumentItems(instrument);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: items.length, maxLength: items.length }),
        (values) => {
          const answers = Object.fromEntries(items.map((item, i) => [item.id, values[i]!]));
          const code = encodeShareCode(instrument, answers, 'team');
          const typed = ` ${code
            .toLowerCase()
            .replace(/(.{5})/g, '$1 ')
            .replace(/0/g, 'o')} `;
          expect(canonicalShareCode(typed)).toBe(code);
        },
      ),
    );
  });
});

describe('classifying a batch', () => {
  const batch = [
    file('a.json', resultFile(instrument, PEOPLE.a, 'team')),
    file('broken.json', '{not json'),
    file('a-copy.json', resultFile(instrument, PEOPLE.a, 'team')),
    file('old.json', otherVersionFile(instrument, PEOPLE.b)),
    line(1, shareCode(instrument, PEOPLE.c, 'team')),
    line(2, mistype(shareCode(instrument, PEOPLE.c))),
    line(4, shareCode(instrument, PEOPLE.a, 'team')),
    line(5, shareCode(instrument, PEOPLE.a, 'organisation')),
  ];

  test('good entries are added, bad ones refused with their reason, without blocking each other', () => {
    const { outcomes, added } = classifyEntries(new Set(), batch);
    expect(outcomes.map((o) => o.status)).toEqual([
      'added',
      'refused',
      'duplicate',
      'other-version',
      'added',
      'refused',
      'duplicate',
      'added',
    ]);
    expect(added.map((r) => r.code)).toEqual([
      shareCode(instrument, PEOPLE.a, 'team'),
      shareCode(instrument, PEOPLE.c, 'team'),
      shareCode(instrument, PEOPLE.a, 'organisation'),
    ]);
    expect(summariseOutcomes(outcomes)).toBe('3 added, 2 duplicates, 1 from another version (kept apart), 2 refused');
  });

  test('a duplicate names the entry it repeats; a code and the file of the same result are one result', () => {
    const { outcomes } = classifyEntries(new Set(), batch);
    expect(outcomes[2]).toMatchObject({ message: 'Not counted twice: the same answers and level as a.json.' });
    expect(outcomes[6]).toMatchObject({ message: 'Not counted twice: the same answers and level as a.json.' });
  });

  test('a result already in the collection is a duplicate', () => {
    const { outcomes, added } = classifyEntries(new Set([shareCode(instrument, PEOPLE.c, 'team')]), [batch[4]!]);
    expect(added).toEqual([]);
    expect(outcomes[0]).toMatchObject({
      status: 'duplicate',
      message: 'Not counted twice: a result with the same answers and level is already in the collection.',
    });
  });

  test('another version is kept apart with its version, and explained', () => {
    const { outcomes } = classifyEntries(new Set(), [batch[3]!]);
    expect(outcomes[0]).toMatchObject({
      status: 'other-version',
      version: 'deadbeef',
      source: { kind: 'file', name: 'old.json' },
    });
    expect(outcomes[0]!.status === 'other-version' && outcomes[0]!.message).toMatch(
      /^Kept apart, not counted: This result was made with another version of the inventory \(deadbeef; this site has [0-9a-f]{8}\)/,
    );
  });
});

describe('results joining a collection', () => {
  const parsed = (code: string) => {
    const read = parseCodeEntry(instrument, code);
    if (!read.ok) throw new Error(read.message);
    return read.value;
  };
  test('each once, whatever workshop tag its code carries, and none already known', () => {
    const a = shareCode(instrument, PEOPLE.a, 'team');
    const b = shareCode(instrument, PEOPLE.b, 'team');
    const c = shareCode(instrument, PEOPLE.c, 'team');
    const aTagged = encodeShareCode(instrument, uniformAnswers(instrument, PEOPLE.a), 'team', 'AB12');
    const cTagged = encodeShareCode(instrument, uniformAnswers(instrument, PEOPLE.c), 'team', 'AB12');
    const joining = unseenResults(instrument, [a], [aTagged, b, cTagged, b, c].map(parsed));
    // A's tagged code is A's result, already known; B's second copy and C's untagged code are repeats.
    expect(joining.map((r) => r.code)).toEqual([b, cTagged]);
  });
});

describe('the stored collection', () => {
  const a = shareCode(instrument, PEOPLE.a, 'team');
  const b = shareCode(instrument, PEOPLE.b);

  test('round-trips as a JSON array of share codes, nothing else', () => {
    const stored = parseStoredCollection(instrument, JSON.stringify([a, b]));
    expect(stored.results.map((r) => [r.code, r.level])).toEqual([
      [a, 'team'],
      [b, undefined],
    ]);
    expect(stringifyCollection(stored.results)).toBe(JSON.stringify([a, b]));
    expect(stored).toMatchObject({ dropped: 0, unreadable: false, keptApart: [] });
  });

  test('keeps what is valid and counts what was dropped', () => {
    const stored = parseStoredCollection(instrument, JSON.stringify([a, 42, 'CL1-XYZ', mistype(b), b, a]));
    expect(stored.results.map((r) => r.code)).toEqual([a, b]);
    expect(stored.dropped).toBe(3);
  });

  test('a value that is not a list is unreadable, and nothing is thrown', () => {
    expect(parseStoredCollection(instrument, '{"codes":')).toMatchObject({ results: [], unreadable: true });
    expect(parseStoredCollection(instrument, '{"a":1}')).toMatchObject({ results: [], unreadable: true });
    expect(parseStoredCollection(instrument, null)).toMatchObject({ results: [], unreadable: false, dropped: 0 });
  });

  test('codes of another instrument version are kept apart, not dropped', () => {
    const other = loadInstrument({
      scale: { min: 1, max: 7, anchors: [{ value: 1, label: 'No evidence' }], cantJudge: "Can't judge" },
    });
    const old = encodeShareCode(other, {}, 'team');
    const stored = parseStoredCollection(instrument, JSON.stringify([a, old]));
    expect(stored.results).toHaveLength(1);
    expect(stored.keptApart).toEqual([{ code: old, version: other.version.slice(0, 5) }]);
    expect(stringifyCollection(stored.results, stored.keptApart)).toBe(JSON.stringify([a, old]));
  });
});
