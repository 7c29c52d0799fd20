import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CROCKFORD } from '../../src/lib/base32';
import {
  decodeInvitation,
  encodeInvitation,
  INVITATION_LIMITS,
  INVITATION_PREFIX,
  invitationLink,
  isEmailAddress,
  validateInvitation,
  workshopTagFrom,
  type Invitation,
} from '../../src/lib/workshop';

const tags = fc.array(fc.constantFrom(...CROCKFORD), { minLength: 4, maxLength: 4 }).map((a) => a.join(''));
// Any Unicode text without control characters (well-formed: no lone surrogates).
const text = (max: number, multiline = false) =>
  fc
    .string({ unit: 'binary', maxLength: max })
    .map((s) => s.replace(multiline ? /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g : /[\u0000-\u001f\u007f-\u009f]/g, ''))
    .filter((s) => s.length <= max);
const emails = fc.constantFrom('facilitator@northshire.example', 'a.b+workshop@x.co.uk', 'x@y.zz');
const invitations: fc.Arbitrary<Invitation> = fc
  .record(
    {
      tag: tags,
      name: text(INVITATION_LIMITS.name).filter((s) => s.trim() !== ''),
      level: fc.constantFrom('team' as const, 'organisation' as const, 'partnership' as const),
      partnership: text(INVITATION_LIMITS.partnership).filter((s) => s !== ''),
      email: emails,
      message: text(INVITATION_LIMITS.message, true).filter((s) => s !== ''),
    },
    { requiredKeys: ['tag', 'name'] },
  )
  .map((r) => r as Invitation);

const northshire: Invitation = {
  tag: 'K7Q2',
  name: 'Northshire Partnership, March 2027',
  level: 'partnership',
  partnership: 'Northshire Partnership',
  email: 'facilitator@northshire.example',
  message: 'Please take the inventory before Thursday’s workshop.',
};

describe('workshop invitations', () => {
  test('a typical invitation is a short code that reads back exactly', () => {
    const code = encodeInvitation(northshire);
    expect(code.startsWith(INVITATION_PREFIX)).toBe(true);
    expect(code).toMatch(/^CLW1-[0-9A-HJKMNP-TV-Z]+$/);
    expect(code.length).toBeLessThan(260);
    expect(decodeInvitation(code)).toEqual({ ok: true, value: northshire });
    expect(decodeInvitation(encodeInvitation({ tag: '0000', name: 'W' }))).toEqual({ ok: true, value: { tag: '0000', name: 'W' } });
  });

  test('any valid invitation, in any script, survives a round trip exactly', () => {
    fc.assert(
      fc.property(invitations, (inv) => {
        expect(decodeInvitation(encodeInvitation(inv))).toEqual({ ok: true, value: inv });
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  test('reads an invitation inside a link, typed in lower case, with look-alikes and a line break', () => {
    const code = encodeInvitation(northshire);
    const link = invitationLink('https://example.org/leadership/', code);
    expect(link).toBe(`https://example.org/leadership/inventory/#${code}`);
    expect(invitationLink('https://example.org', code)).toBe(`https://example.org/inventory/#${code}`);
    expect(decodeInvitation(link)).toEqual({ ok: true, value: northshire });
    const typed = code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeInvitation(`${typed.slice(0, 40)}\n${typed.slice(40)}`)).toEqual({ ok: true, value: northshire });
  });

  test('refuses every one-character change of a code, with a reason', () => {
    const code = encodeInvitation(northshire);
    let changes = 0;
    for (let i = INVITATION_PREFIX.length; i < code.length; i++) {
      for (const ch of CROCKFORD) {
        if (ch === code[i]) continue;
        const result = decodeInvitation(code.slice(0, i) + ch + code.slice(i + 1));
        expect(result).toMatchObject({ ok: false, code: 'bad-checksum' });
        changes++;
      }
    }
    expect(changes).toBe((code.length - INVITATION_PREFIX.length) * 31);
  });

  test('refuses a dropped, doubled or swapped character of any random invitation', () => {
    fc.assert(
      fc.property(invitations, fc.nat(), fc.nat(2), (inv, at, kind) => {
        const code = encodeInvitation(inv);
        const i = INVITATION_PREFIX.length + (at % (code.length - INVITATION_PREFIX.length - 1));
        const changed =
          kind === 0
            ? code.slice(0, i) + code.slice(i + 1)
            : kind === 1
              ? code.slice(0, i) + code[i] + code.slice(i)
              : code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        fc.pre(changed !== code);
        expect(decodeInvitation(changed).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  test('refuses what is not an invitation, saying why', () => {
    expect(decodeInvitation('')).toMatchObject({ ok: false, code: 'empty' });
    expect(decodeInvitation('https://example.org/inventory/#')).toMatchObject({ ok: false, code: 'empty' });
    expect(decodeInvitation('CL1-1430YTRZHQPSG84EMW1J0JC71ZNAW3DE')).toEqual({
      ok: false,
      code: 'bad-code',
      message: 'This is not a workshop invitation: an invitation link ends in “#CLW1-” and letters and digits.',
    });
    expect(decodeInvitation('CLW1-K7Q2!!')).toMatchObject({ ok: false, code: 'bad-code' });
    expect(decodeInvitation(`CLW1-${'A'.repeat(9000)}`)).toMatchObject({ ok: false, code: 'too-large' });
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const result = decodeInvitation(`CLW1-${s}`);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 3000 },
    );
  });

  test('validates every field, to its limit and not one character more', () => {
    const base = { tag: 'K7Q2', name: 'W' };
    expect(validateInvitation({ ...base, name: 'x'.repeat(120) }).ok).toBe(true);
    expect(validateInvitation({ ...base, name: 'x'.repeat(121) })).toEqual({
      ok: false,
      code: 'bad-field',
      message: 'The workshop name is longer than 120 characters.',
    });
    expect(validateInvitation({ ...base, partnership: 'p'.repeat(200) }).ok).toBe(true);
    expect(validateInvitation({ ...base, partnership: 'p'.repeat(201) }).ok).toBe(false);
    expect(validateInvitation({ ...base, message: 'm\n'.repeat(250) }).ok).toBe(true);
    expect(validateInvitation({ ...base, message: 'm'.repeat(501) })).toMatchObject({
      message: 'The message is longer than 500 characters.',
    });
    expect(validateInvitation({ ...base, name: '   ' })).toMatchObject({ message: 'The workshop needs a name.' });
    expect(validateInvitation({ ...base, name: 'a\nb' })).toMatchObject({
      message: 'The workshop name has characters that cannot be shown.',
    });
    expect(validateInvitation({ ...base, name: 'a\uD800b' }).ok).toBe(false);
    expect(validateInvitation({ ...base, tag: 'K7QU' }).ok).toBe(false);
    expect(validateInvitation({ ...base, tag: 'k7q2' }).ok).toBe(false);
    expect(validateInvitation({ ...base, level: 'everyone' }).ok).toBe(false);
    expect(validateInvitation({ ...base, email: 'not an address' })).toMatchObject({
      message: '“not an address” is not an email address.',
    });
    // The longest invitation still reads back, and is refused one character over.
    const longest: Invitation = {
      tag: 'ZZZZ',
      name: '語'.repeat(120),
      level: 'team',
      partnership: '😀'.repeat(100),
      email: `${'a'.repeat(64)}@${'b'.repeat(60)}.example`,
      message: 'é'.repeat(500),
    };
    expect(decodeInvitation(encodeInvitation(longest))).toEqual({ ok: true, value: longest });
    expect(() => encodeInvitation({ ...longest, message: 'é'.repeat(501) })).toThrow('The message is longer than 500 characters.');
  });

  test('email addresses: ASCII with a dotted domain', () => {
    expect(['a@b.co', 'first.last+tag@sub.example.org'].map(isEmailAddress)).toEqual([true, true]);
    expect(['a@b', 'a b@c.de', '@c.de', 'a@c..de', 'a@-c.de', `${'a'.repeat(250)}@c.de`].map(isEmailAddress)).toEqual(
      [false, false, false, false, false, false],
    );
  });

  test('tags come from 20 random bits as four base-32 symbols', () => {
    expect(workshopTagFrom([0])).toBe('0000');
    expect(workshopTagFrom([0xfffff])).toBe('ZZZZ');
    // The low 20 bits, 0xdef12 = 11011 11011 11000 10010.
    expect(workshopTagFrom(Uint32Array.of(0xabcdef12))).toBe('VVRJ');
    fc.assert(fc.property(fc.nat(), (n) => /^[0-9A-HJKMNP-TV-Z]{4}$/.test(workshopTagFrom([n]))));
  });
});
