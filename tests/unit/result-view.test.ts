import { describe, expect, test } from 'vitest';
import {
  formatSavedAt,
  historyLabel,
  compareScores,
  formatChange,
  isComplete,
  isShareFragment,
  resultFileName,
  sameResult,
  shareCodeFromInput,
} from '../../src/lib/result-view';
import { scoreAnswers } from '../../src/lib/scoring';
import { loadInstrument } from '../fixtures/instrument';
import { ALL_SIXES, FULL_ANSWERS, SIXES_SINCE_FULL } from '../fixtures/results';

const instrument = loadInstrument();

describe('helpers for the results view', () => {
  test('name downloads by the local date', () => {
    expect(resultFileName(new Date(2026, 0, 5, 23, 59), 'json')).toBe('collective-leadership-result-2026-01-05.json');
    expect(resultFileName(new Date(2026, 10, 26), 'csv')).toBe('collective-leadership-result-2026-11-26.csv');
  });

  test('find the share code in a pasted code or link', () => {
    expect(shareCodeFromInput('  CL1-ABC ')).toBe('CL1-ABC');
    expect(shareCodeFromInput('https://example.org/inventory/results/#CL1-ABC')).toBe('CL1-ABC');
    expect(shareCodeFromInput('https://example.org/#CL1%20ABC')).toBe('CL1 ABC');
    expect(shareCodeFromInput('#%E0%A4%A')).toBe('%E0%A4%A');
  });

  test('tell a share code in the URL fragment from an in-page anchor', () => {
    expect(isShareFragment('#CL1-0ABC')).toBe(true);
    expect(isShareFragment('#cl1-0abc')).toBe(true);
    expect(isShareFragment('#CL2-0ABC')).toBe(true); // a result returned to a workshop carries its tag
    expect(isShareFragment('#CLW1-0ABC')).toBe(false); // an invitation, for the inventory page
    expect(isShareFragment('#main')).toBe(false);
    expect(isShareFragment('')).toBe(false);
  });

  test('show changes with their sign and one decimal', () => {
    expect([1.5, -0.5, 0, 0.04, -0.04, 10 / 3].map(formatChange)).toEqual([
      '+1.5',
      '−0.5',
      '0.0',
      '0.0',
      '0.0',
      '+3.3',
    ]);
  });

  test('compare two results dimension by dimension', () => {
    const changes = compareScores(scoreAnswers(instrument, FULL_ANSWERS), scoreAnswers(instrument, ALL_SIXES));
    expect(changes.map((c) => (c.change === null ? null : formatChange(c.change)))).toEqual(SIXES_SINCE_FULL);
    expect(changes[0]).toEqual({
      id: 'collective-vision',
      title: 'Collective Vision',
      before: 8,
      after: 6,
      change: -2,
    });
    const partial = compareScores(scoreAnswers(instrument, { 'key-outcomes': 2 }), scoreAnswers(instrument, ALL_SIXES));
    expect(partial[0]).toMatchObject({ before: null, after: 6, change: null });
  });

  test('say whether every item has an answer', () => {
    expect(isComplete(instrument, FULL_ANSWERS)).toBe(true);
    const { coproduction: _, ...missingOne } = FULL_ANSWERS;
    expect(isComplete(instrument, missingOne)).toBe(false);
  });

  test('compare results regardless of key order', () => {
    expect(sameResult({ a: { x: 1, y: 2 }, c: {} }, { c: {}, a: { y: 2, x: 1 } })).toBe(true);
    expect(sameResult({ a: { x: 1 } }, { a: { x: 2 } })).toBe(false);
  });
});

describe('saved results told apart', () => {
  const at = '2026-11-27T11:15:30.000Z';
  test('the time saved reads to the second', () => {
    expect(formatSavedAt(at)).toMatch(/^27 Nov 2026, \d\d:15:30$/);
  });

  test('a label carries the number in the order saved, the time, the overall score and any partnership', () => {
    expect(historyLabel(2, at, { mean: 7.25, band: 'Good evidence' })).toBe(
      `Result 2, saved ${formatSavedAt(at)}: overall 7.3, Good evidence`,
    );
    expect(historyLabel(1, at, null, 'Northshire')).toBe(
      `Result 1 (Northshire), saved ${formatSavedAt(at)}: no overall score`,
    );
    expect(historyLabel(3, at, { mean: 6, band: 'Some evidence' }, '')).toBe(
      `Result 3, saved ${formatSavedAt(at)}: overall 6.0, Some evidence`,
    );
  });
});
