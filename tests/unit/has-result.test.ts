import { describe, expect, test } from 'vitest';
import { hasSavedAnswers } from '../../src/lib/has-result';

describe('whether there is a result to go to', () => {
  test('saved answers with at least one answer count; none, empty or malformed do not', () => {
    expect(hasSavedAnswers({ answers: { 'key-outcomes': 4 } })).toBe(true);
    expect(hasSavedAnswers({ answers: { coproduction: 'cant-judge' }, context: {} })).toBe(true);
    expect(hasSavedAnswers({})).toBe(false);
    expect(hasSavedAnswers({ answers: {} })).toBe(false);
    expect(hasSavedAnswers({ answers: null })).toBe(false);
    expect(hasSavedAnswers({ answers: ['key-outcomes'] })).toBe(false);
    expect(hasSavedAnswers({ answers: 'key-outcomes' })).toBe(false);
  });
});

test('the navigation reads the key the answers are kept under', async () => {
  const { OWN_ANSWERS_KEY } = await import('../../src/components/your-results-nav');
  const { ANSWERS_KEY } = await import('../../src/stores/answers');
  expect(OWN_ANSWERS_KEY).toBe(ANSWERS_KEY);
});
