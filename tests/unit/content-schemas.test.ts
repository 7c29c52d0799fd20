import { describe, expect, test } from 'vitest';
import { dimensionSchema, inventorySettingsSchema } from '../../src/lib/schemas';

/** The issues a content editor would see, as [field path, message] pairs. */
function issues(schema: typeof inventorySettingsSchema | typeof dimensionSchema, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => [i.path.join('.'), i.message]);
}

describe('inventory settings: bands', () => {
  test('the defaults are four ascending bands from 0', () => {
    expect(inventorySettingsSchema.parse({}).bands.map((b) => b.from)).toEqual([0, 25, 50, 75]);
  });

  test('bands out of ascending order are refused with a message that says so', () => {
    const bands = [
      { from: 0, label: 'Low' },
      { from: 50, label: 'High' },
      { from: 25, label: 'Middle' },
    ];
    expect(issues(inventorySettingsSchema, { bands })).toEqual([
      ['bands', 'bands must be in ascending order of "from"'],
    ]);
  });

  test('two bands starting at the same point are refused as out of order', () => {
    const bands = [
      { from: 0, label: 'Low' },
      { from: 40, label: 'Mid' },
      { from: 40, label: 'Also mid' },
    ];
    expect(issues(inventorySettingsSchema, { bands })).toEqual([
      ['bands', 'bands must be in ascending order of "from"'],
    ]);
  });

  test('a first band that does not start at 0 is refused', () => {
    expect(issues(inventorySettingsSchema, { bands: [{ from: 10, label: 'Some' }] })).toEqual([
      ['bands', 'the first band must start at 0'],
    ]);
  });
});

describe('inventory settings: scale and anchors', () => {
  test('anchors inside the scale are accepted', () => {
    const scale = {
      min: 1,
      max: 5,
      anchors: [
        { value: 1, label: 'Never' },
        { value: 5, label: 'Always' },
      ],
    };
    expect(issues(inventorySettingsSchema, { scale })).toEqual([]);
  });

  test('an anchor outside the scale is refused', () => {
    const scale = { min: 1, max: 5, anchors: [{ value: 6, label: 'Beyond' }] };
    expect(issues(inventorySettingsSchema, { scale })).toEqual([
      ['scale.anchors', 'every anchor value must lie between scale.min and scale.max'],
    ]);
  });

  test('a scale whose max is not above its min is refused', () => {
    const scale = { min: 3, max: 3, anchors: [{ value: 3, label: 'Only' }] };
    expect(issues(inventorySettingsSchema, { scale })).toEqual([
      ['scale.max', 'scale.max must be greater than scale.min'],
    ]);
  });

  test('a scale of more than 21 points is refused', () => {
    const scale = { min: 0, max: 21, anchors: [] };
    expect(issues(inventorySettingsSchema, { scale })).toEqual([['scale.max', 'a scale may have at most 21 points']]);
  });
});

describe('dimension front matter', () => {
  const dimension = { title: 'Collective Vision', order: 1, keyStatement: 'k', prompt: 'p' };

  test('a question id used twice in one file is refused at the second use', () => {
    const questions = [
      { id: 'shared-aims', text: 'One?' },
      { id: 'shared-aims', text: 'Two?' },
    ];
    expect(issues(dimensionSchema, { ...dimension, questions })).toEqual([
      ['questions.1.id', 'duplicate question id "shared-aims": each question needs its own id'],
    ]);
  });

  test('a question id that is not a lowercase slug is refused', () => {
    expect(issues(dimensionSchema, { ...dimension, questions: [{ id: 'Shared Aims', text: 'One?' }] })).toEqual([
      ['questions.0.id', 'must be a lowercase slug such as "shared-vision"'],
    ]);
  });
});
