import { describe, expect, test } from 'vitest';
import { buildInstrument, type Instrument } from '../../src/lib/instrument';
import { bandRanges, formatNumber, minimumRated, workedExample } from '../../src/lib/method';
import { inventorySettingsSchema } from '../../src/lib/schemas';

const instrumentWith = (settings: object): Instrument => buildInstrument([], inventorySettingsSchema.parse(settings));

describe('bandRanges', () => {
  test('each band runs up to the next one; the last has no upper bound', () => {
    expect(
      bandRanges([
        { from: 0, label: 'Little evidence' },
        { from: 25, label: 'Some evidence' },
        { from: 75, label: 'Strong evidence' },
      ]),
    ).toEqual([
      { label: 'Little evidence', from: 0, below: 25 },
      { label: 'Some evidence', from: 25, below: 75 },
      { label: 'Strong evidence', from: 75, below: null },
    ]);
  });
});

describe('minimumRated', () => {
  test('half of 3, 4, 5 and 6 items is 2, 2, 3 and 3', () => {
    expect([3, 4, 5, 6].map((n) => minimumRated(n, 0.5))).toEqual([2, 2, 3, 3]);
  });

  test('is at least one, and all items when the share is 1', () => {
    expect(minimumRated(4, 0.1)).toBe(1);
    expect(minimumRated(4, 1)).toBe(4);
    expect(minimumRated(10, 0.3)).toBe(3);
  });
});

describe('workedExample', () => {
  test('on the 1–12 scale: ratings 9 and 7, mean 8, 63.6 out of 100, "Good evidence"', () => {
    const example = workedExample(instrumentWith({}));
    expect(example.ratings).toEqual([9, 7]);
    expect(example.mean).toBe(8);
    expect(formatNumber(example.percent)).toBe('63.6');
    expect(example.band).toBe('Good evidence');
  });

  test('on a 1–5 scale: ratings 4 and 3, mean 3.5, 62.5 out of 100', () => {
    const example = workedExample(instrumentWith({ scale: { min: 1, max: 5, anchors: [] } }));
    expect(example).toEqual({ ratings: [4, 3], mean: 3.5, percent: 62.5, band: 'Good evidence' });
  });
});
