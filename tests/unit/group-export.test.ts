import { describe, expect, test } from 'vitest';
import { aggregateResults, questionFigures } from '../../src/lib/aggregate';
import { csvField, groupFileName, groupSummary, groupSummaryCsv, groupSummaryJson } from '../../src/lib/group-export';
import { fileSlug } from '../../src/lib/file-slug';
import { loadInstrument } from '../fixtures/instrument';
import { PEOPLE, uniformAnswers } from '../fixtures/team';

const instrument = loadInstrument();
const rows = (['a', 'b', 'c', 'd'] as const).map((k) => ({ answers: uniformAnswers(instrument, PEOPLE[k]) }));
const profile = aggregateResults(instrument, rows);
const questions = questionFigures(
  instrument,
  rows.map((r) => r.answers),
);

describe('the group summary exports', () => {
  test('JSON: the documented format, group figures only, rounded to one decimal', () => {
    const summary = JSON.parse(groupSummaryJson(instrument, profile, 'all', questions)!) as Record<string, unknown>;
    expect(summary).toMatchObject({
      format: 'collective-leadership-group',
      version: 2,
      instrument: { id: 'collective-leadership-inventory', version: instrument.version },
      scale: { min: 1, max: 12 },
      levelFilter: 'all',
      n: 4,
      anonymityThreshold: 3,
      extremesFrom: 5,
      sd: 'population',
      strengths: ['multiple-level-leadership', 'systems-and-structures'],
      developmentAreas: ['action-oriented-and-adaptive', 'collective-vision'],
      differMost: ['partnership-working', 'systems-and-structures'],
    });
    // Collective Vision: 4, 6, 8, 2 → mean 5, SD √5 = 2.236… → 2.2; percent (5 − 1) / 11 × 100 = 36.36… → 36.4.
    // Four results: lowest and highest withheld (with the SD they would give the two middle scores).
    expect((summary['dimensions'] as unknown[])[0]).toEqual({
      id: 'collective-vision',
      title: 'Collective Vision',
      n: 4,
      mean: 5,
      percent: 36.4,
      lowest: null,
      highest: null,
      sd: 2.2,
      agreement: 'wide',
    });
    expect(summary['overall']).toEqual({
      n: 4,
      mean: 6,
      percent: 45.5,
      lowest: null,
      highest: null,
      sd: 1.1,
      agreement: 'some',
    });
    const qs = summary['questions'] as Record<string, unknown>[];
    expect(qs).toHaveLength(27);
    // The first question: what was rated is its statement, with the framework's question beside it.
    expect(qs[0]).toEqual({
      id: 'stakeholders-understand-challenges',
      dimensionId: 'collective-vision',
      wording: 'We know who our stakeholders are, and we and they understand the challenges in developing a shared vision.',
      question:
        'Who are they and do you and they understand the challenges in relation to the development of a shared vision?',
      rated: 4,
      cantJudge: 0,
      unanswered: 0,
      mean: 5,
      percent: 36.4,
      lowest: null,
      highest: null,
      sd: 2.2,
      agreement: 'wide',
      ratings: [0, 1, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0],
    });
    // A question rated in other words carries the framework's question beside them.
    expect(qs[2]).toMatchObject({
      id: 'bring-others-on-board',
      wording: 'We bring others on board with our aims, rather than going it alone, and seek mutual benefit.',
      question: 'Don’t go it alone – bring others on board with your aims and seek mutual benefit.',
    });
    expect(JSON.stringify(summary)).not.toMatch(/answers|cv-|"code"/);
  });

  test('nothing is exported below the anonymity threshold', () => {
    const few = aggregateResults(instrument, rows.slice(0, 2));
    expect(groupSummary(instrument, few, 'all')).toBeNull();
    expect(groupSummaryJson(instrument, few, 'team')).toBeNull();
    expect(groupSummaryCsv(instrument, few)).toBeNull();
  });

  test('CSV: UTF-8 BOM, header, a row per dimension, the overall row, a row per question', () => {
    const csv = groupSummaryCsv(instrument, profile, questions)!;
    const ratingColumns = Array.from({ length: 12 }, (_, i) => `rating_${i + 1}`).join(',');
    expect(
      csv.startsWith(
        `\uFEFFtype,dimension_id,dimension,item_id,wording,framework_question,n,rated,cant_judge,unanswered,mean,percent,lowest,highest,sd,agreement,${ratingColumns}\r\n`,
      ),
    ).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    // Header, 7 dimensions, overall, 27 questions, and the final line end.
    expect(lines).toHaveLength(1 + 7 + 1 + 27 + 1);
    expect(lines.at(-1)).toBe('');
    const blanks = ','.repeat(11);
    expect(lines[1]).toBe(`dimension,collective-vision,Collective Vision,,,,4,,,,5,36.4,,,2.2,wide,${blanks}`);
    // Outcome Focus: everyone 6 → SD 0, high agreement.
    expect(lines[2]).toBe(`dimension,outcome-focus,Outcome Focus,,,,4,,,,6,45.5,,,0,high,${blanks}`);
    // The overall row, as on the page and in the JSON: overall means 6, 44/7, 52/7, 30/7 → mean 6, SD 1.1.
    expect(lines[8]).toBe(`overall,,Overall,,,,4,,,,6,45.5,,,1.1,some,${blanks}`);
    expect(lines[11]).toBe(
      'question,collective-vision,Collective Vision,bring-others-on-board,"We bring others on board with our aims, rather than going it alone, and seek mutual benefit.",Don’t go it alone – bring others on board with your aims and seek mutual benefit.,4,4,0,0,5,36.4,,,2.2,wide,0,1,0,1,0,1,0,1,0,0,0,0',
    );
  });

  test('with five results the files give lowest and highest, as the page does', () => {
    const five = [...rows, { answers: uniformAnswers(instrument, [10, 6, 6, 5, 2, 7, 7]) }];
    const p = aggregateResults(instrument, five);
    const lines = groupSummaryCsv(instrument, p)!.slice(1).split('\r\n');
    // Collective Vision: 4, 6, 8, 2, 10 → mean 6, percent 45.5, lowest 2, highest 10, SD √8 = 2.83 → 2.8.
    expect(lines[1]).toBe(`dimension,collective-vision,Collective Vision,,,,5,,,,6,45.5,2,10,2.8,wide,${','.repeat(11)}`);
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

  test('with a workshop, file names and the summary name it', () => {
    expect(groupFileName('all', 'json', 'Northshire Partnership, March 2027')).toBe(
      'collective-profile-northshire-partnership-march-2027-all.json',
    );
    expect(groupFileName('team', 'csv', 'Café Ñandú — été')).toBe('collective-profile-cafe-nandu-ete-team.csv');
    expect(groupFileName('team', 'csv', '東京')).toBe('collective-profile-workshop-team.csv');
    const named = groupSummary(instrument, profile, 'all', [], {}, 'Northshire') as { workshop?: string };
    expect(named.workshop).toBe('Northshire');
    expect('workshop' in (groupSummary(instrument, profile, 'all') as object)).toBe(false);
  });
});

describe('fileSlug', () => {
  test('keeps letters and digits, one hyphen between words, at most 40 characters, never ending in a hyphen', () => {
    expect(fileSlug('  Northshire -- Partnership!  ', 'x')).toBe('northshire-partnership');
    expect(fileSlug('a'.repeat(39) + ' bc', 'x')).toBe('a'.repeat(39));
    expect(fileSlug('***', 'workshop')).toBe('workshop');
  });
});
