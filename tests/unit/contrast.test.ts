import { describe, expect, test } from 'vitest';
import { contrastRatio, formatRatio, parseHexColor, relativeLuminance } from '../../src/lib/contrast';

describe('contrastRatio', () => {
  test('black on white is 21:1 and a colour on itself is 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#0b5cad', '#0b5cad')).toBe(1);
  });

  test('#777777 on white is 4.48:1, just short of AA', () => {
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.4781, 4);
    expect(formatRatio(contrastRatio('#777777', '#ffffff'))).toBe('4.48:1');
  });

  test('known pairs from the WCAG examples match to two decimals', () => {
    expect(formatRatio(contrastRatio('#767676', '#ffffff'))).toBe('4.54:1');
    expect(formatRatio(contrastRatio('#595959', '#ffffff'))).toBe('7.00:1');
    expect(formatRatio(contrastRatio('#ff0000', '#ffffff'))).toBe('4.00:1');
  });

  test('does not depend on the order of the colours', () => {
    expect(contrastRatio('#ffffff', '#0b5cad')).toBe(contrastRatio('#0b5cad', '#ffffff'));
  });

  test('reads three-digit hex colours and any case', () => {
    expect(contrastRatio('#FFF', '#000')).toBe(21);
    expect(parseHexColor('#0B5CAD')).toEqual([11, 92, 173]);
  });
});

describe('relativeLuminance', () => {
  test('is 0 for black, 1 for white and 0.2126 for pure red', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 10);
  });
});

describe('formatRatio', () => {
  test('never rounds a failing ratio up to the threshold it misses', () => {
    expect(formatRatio(4.497)).toBe('4.49:1');
    expect(formatRatio(4.5)).toBe('4.50:1');
    expect(formatRatio(12.345)).toBe('12.35:1');
  });
});

test('parseHexColor rejects what is not a hex colour', () => {
  expect(() => parseHexColor('red')).toThrow('"red" is not a hex colour such as #0b5cad');
  expect(() => parseHexColor('#12345')).toThrow();
});
