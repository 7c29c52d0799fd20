import { describe, expect, test } from 'vitest';
import { aggregateResults } from '../../src/lib/aggregate';
import { csvField, groupFileName, groupSummary, groupSummaryCsv, groupSummaryJson } from '../../src/lib/group-export';
import { loadInstrument } from '../fixtures/instrument';
import { PEOPLE, uniformAnswers } from '../fixtures/team';

const instrument = loadInstrument();
const rows = (['a', 'b', 'c', 'd'] as const).map((k) => ({ answers: uniformAnswers(instrument, PEOPLE[k]) }));
const profile = aggregateResults(instrument, rows);

describe('the group summary exports', () => {
  test('JSON: the documented format, group figures only, rounded', () => {
    const summary = JSON.parse(groupSummaryJson(instrument, profile, 'all')!) as Record<string, unknown>;
    expect(summary).toMatchObject({
      format: 'collective-leadership-group',
      version: 1,
      instrument: { id: 'collective-leadership-inventory', version: instrument.version },
      scale: { min: 1, max: 12 },
      levelFilter: 'all',
      n: 4,
      anonymityThreshold: 3,
      sd: 'population',
      strengths: ['multiple-level-leadership', 'systems-and-structures'],
      developmentAreas: ['action-oriented-and-adaptive', 'collective-vision'],
      differMost: ['partnership-working', 'systems-and-structures'],
    });
    // Collective Vision: 4, 6, 8, 2 → mean 5, SD √5 = 2.2360… → 2.236; percent (5 − 1) / 11 × 100 = 36.36… → 36.4.
    expect((summary['dimensions'] as unknown[])[0]).toEqual({
      id: 'collective-vision',
      title: 'Collective Vision',
      n: 4,
      mean: 5,
      percent: 36.4,
      lowest: 2,
      highest: 8,
      sd: 2.236,
      agreement: 'wide',
    });
    expect(summary['overall']).toMatchObject({ n: 4, mean: 6 });
    expect(JSON.stringify(summary)).not.toMatch(/answers|cv-|"code"/);
  });

  test('nothing is exported below the anonymity threshold', () => {
    const few = aggregateResults(instrument, rows.slice(0, 2));
    expect(groupSummary(instrument, few, 'all')).toBeNull();
    expect(groupSummaryJson(instrument, few, 'team')).toBeNull();
    expect(groupSummaryCsv(few)).toBeNull();
  });

  test('CSV: UTF-8 BOM, header, one CRLF-ended row per dimension', () => {
    const csv = groupSummaryCsv(profile)!;
    expect(csv.startsWith('\uFEFFdimension_id,dimension,n,mean,percent,lowest,highest,sd,agreement\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(9);
    expect(lines[8]).toBe('');
    expect(lines[1]).toBe('collective-vision,Collective Vision,4,5,36.4,2,8,2.236,wide');
    // Outcome Focus: everyone 6 → SD 0, high agreement.
    expect(lines[2]).toBe('outcome-focus,Outcome Focus,4,6,45.5,6,6,0,high');
  });

  test('CSV fields are quoted as RFC 4180 requires', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  test('file names say which level is shown', () => {
    expect(groupFileName('team', 'csv')).toBe('collective-profile-team.csv');
    expect(groupFileName('all', 'json')).toBe('collective-profile-all.json');
  });
});
