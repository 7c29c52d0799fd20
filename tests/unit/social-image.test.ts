import { describe, expect, test } from 'vitest';
import { socialImageSvg, wrapText } from '../../src/lib/social-image';

describe('wrapText', () => {
  test('breaks between words at the width', () => {
    expect(wrapText('Learn the framework and take its inventory', 16, 4)).toEqual([
      'Learn the',
      'framework and',
      'take its',
      'inventory',
    ]);
  });

  test('ends with an ellipsis when the text needs more lines than allowed', () => {
    expect(wrapText('one two three four five six', 7, 2)).toEqual(['one two', 'three…']);
  });

  test('cuts a single word longer than the width', () => {
    expect(wrapText('Supercalifragilistic', 8, 2)).toEqual(['Supercal…']);
  });
});

describe('socialImageSvg', () => {
  test('escapes the settings text and uses the accent colour', () => {
    const svg = socialImageSvg({ name: 'A & B <Partners>', tagline: 'Say "hello"', accent: '#7a1f5c' });
    expect(svg).toContain('>A &#38; B &#60;Partners&#62;</text>');
    expect(svg).toContain('>Say &#34;hello&#34;</text>');
    expect(svg).toContain('fill="#7a1f5c"');
    expect(svg).not.toContain('<Partners>');
  });
});
