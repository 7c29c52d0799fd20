/** Every item of the real instrument can be rated: a statement, with the framework's question kept beside it. */
import { describe, expect, test } from 'vitest';
import { instrumentItems } from '../../src/lib/instrument';
import { loadDimensions, loadInstrument } from '../fixtures/instrument';

const instrument = loadInstrument();
const items = instrumentItems(instrument);

describe('the items a person rates', () => {
  test('every item has a rating statement of its own, a sentence that is not a question', () => {
    expect(items).toHaveLength(27);
    for (const item of items) {
      expect(item.label, item.id).not.toBe(item.question);
      expect(item.label, item.id).toMatch(/^[A-Z].*[^?]\.$/);
    }
  });

  test('the statements keep the seed questions beside them, word for word', () => {
    const questions = loadDimensions()
      .sort((a, b) => a.data.order - b.data.order)
      .flatMap((d) => d.data.questions.map((q) => q.text));
    expect(items.map((i) => i.question)).toEqual(questions);
    expect(items.find((i) => i.id === 'stakeholders-understand-challenges')).toMatchObject({
      label:
        'We know who our stakeholders are, and we and they understand the challenges in developing a shared vision.',
      question:
        'Who are they and do you and they understand the challenges in relation to the development of a shared vision?',
    });
    expect(items.find((i) => i.id === 'needs-identified')?.label).toBe(
      'Needs are identified and used in developing our shared vision.',
    );
  });

  test('rating statements do not change the instrument version, so saved answers stay readable', () => {
    expect(instrument.version).toBe('fd55c065');
  });
});
