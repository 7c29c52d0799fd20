import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { qrPath, resultLink, returnBody, returnMailto } from '../../src/lib/return-result';
import { isInvitationFragment } from '../../src/lib/result-view';

describe('resultLink', () => {
  test('is built from the page address and the base path, never another host', () => {
    expect(resultLink('http://127.0.0.1:4321/inventory/', '/', 'CL2-ABC')).toBe(
      'http://127.0.0.1:4321/inventory/results/#CL2-ABC',
    );
    expect(resultLink('https://example.org/leadership/inventory/results/#CL1-X', '/leadership/', 'CL2-ABC')).toBe(
      'https://example.org/leadership/inventory/results/#CL2-ABC',
    );
    expect(resultLink('https://example.org/leadership/inventory/?q=1', '/leadership', 'CL2-ABC')).toBe(
      'https://example.org/leadership/inventory/results/#CL2-ABC',
    );
  });
});

describe('returnMailto', () => {
  const invitation = { name: 'Northshire Partnership, March 2027', email: 'facilitator+cl@northshire.example' };
  const link = 'https://example.org/inventory/results/#CL2-ABC';

  test('none without an address', () => {
    expect(returnMailto({ name: 'W' }, 'CL2-ABC', link)).toBeNull();
  });

  test('addresses the facilitator, with the subject and a body holding the code and the link', () => {
    const mailto = returnMailto(invitation, 'CL2-ABC', link)!;
    expect(mailto.startsWith('mailto:facilitator%2Bcl@northshire.example?subject=')).toBe(true);
    const url = new URL(mailto);
    expect(decodeURIComponent(url.pathname)).toBe('facilitator+cl@northshire.example');
    expect(url.searchParams.get('subject')).toBe('My inventory result for Northshire Partnership, March 2027');
    expect(url.searchParams.get('body')).toBe(
      [
        'Here is my inventory result for Northshire Partnership, March 2027.',
        '',
        'Code: CL2-ABC',
        `Link: ${link}`,
        '',
        'It holds my answers and the level I assessed, and the workshop’s tag; not my name.',
      ].join('\r\n'),
    );
  });

  test('no workshop name can add a header or a recipient', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const mailto = returnMailto({ name, email: 'f@x.example' }, 'CL2-ABC', link)!;
        const query = mailto.slice(mailto.indexOf('?') + 1);
        expect(query.split('&').map((p) => p.split('=')[0])).toEqual(['subject', 'body']);
        expect(new URL(mailto).searchParams.get('body')).toBe(
          returnBody({ name }, 'CL2-ABC', link).replace(/\n/g, '\r\n'),
        );
      }),
    );
  });
});

describe('isInvitationFragment', () => {
  test('an invitation, even a damaged one, but not a dimension or a share code', () => {
    expect(isInvitationFragment('#CLW1-0ABC')).toBe(true);
    expect(isInvitationFragment('#clw1-zz')).toBe(true);
    expect(isInvitationFragment('#coproduction')).toBe(false);
    expect(isInvitationFragment('#CL2-0ABC')).toBe(false);
    expect(isInvitationFragment('')).toBe(false);
  });
});

describe('qrPath', () => {
  test('one rectangle per run of dark modules in a row', () => {
    expect(
      qrPath([
        [true, true, false, true],
        [false, false, false, false],
        [false, true, true, true],
      ]),
    ).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
  });

  test('covers exactly the dark modules', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), { minLength: 5, maxLength: 5 }),
        (m) => {
          const dark = new Set<string>();
          for (const [, x, y, w] of qrPath(m).matchAll(/M(\d+) (\d+)h(\d+)/g)) {
            for (let i = 0; i < Number(w); i++) dark.add(`${Number(x) + i},${y}`);
          }
          const expected = m.flatMap((row, y) => row.flatMap((d, x) => (d ? [`${x},${y}`] : [])));
          expect([...dark].sort()).toEqual(expected.sort());
        },
      ),
    );
  });
});
