import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  checkDraft,
  freshId,
  isPlanDate,
  notesToPlan,
  randomActionId,
  validatePlan,
  type ActionPlan,
} from '../../src/lib/action-plan';
import { addAction, moveAction, removeAction, updateAction } from '../../src/lib/plan-edits';
import { actionPlans } from '../fixtures/arbitraries';
import { loadInstrument } from '../fixtures/instrument';

const instrument = loadInstrument();
const ids = instrument.dimensions.map((d) => d.id);
const draft = (what: string, extra: Partial<{ who: string; due: string }> = {}) => ({
  what,
  who: extra.who ?? '',
  due: extra.due ?? '',
  status: 'not-started' as const,
});

describe('dates of the plan', () => {
  test.each([
    ['2027-03-31', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2027-04-31', false],
    ['2027-13-01', false],
    ['27-03-31', false],
    ['2027-3-31', false],
    ['1899-12-31', false],
    ['3000-01-01', false],
  ])('%s is a plan date: %s', (text, ok) => {
    expect(isPlanDate(text)).toBe(ok);
  });
});

describe('checking what a person typed', () => {
  test('trims the text and keeps it', () => {
    expect(checkDraft({ what: ' Agree outcomes ', who: ' Ann ', due: '2027-03-31', status: 'done' })).toEqual({
      ok: true,
      value: { what: 'Agree outcomes', who: 'Ann', due: '2027-03-31', status: 'done' },
    });
  });

  test.each([
    [draft('  '), 'Say what the action is.'],
    [draft('x'.repeat(5001)), 'An action can be at most 5000 characters long (this one has 5001).'],
    [draft('A', { who: 'x'.repeat(201) }), 'Who leads can be at most 200 characters long.'],
    [draft('A', { due: 'next week' }), 'The date must be a real date, written YYYY-MM-DD.'],
  ])('refuses %j: %s', (input, message) => {
    expect(checkDraft(input)).toEqual({ ok: false, message });
  });
});

describe('editing a plan', () => {
  const start: ActionPlan = {
    'outcome-focus': [
      { id: '1', what: 'First', who: '', due: '', status: 'not-started' },
      { id: '2', what: 'Second', who: '', due: '', status: 'not-started' },
      { id: '3', what: 'Third', who: '', due: '', status: 'not-started' },
    ],
  };
  const order = (plan: ActionPlan) => plan['outcome-focus']?.map((a) => a.what);

  test('adds at the end of the dimension, with the next free id', () => {
    const added = addAction(start, 'outcome-focus', draft(' Fourth ', { who: 'Ann', due: '2027-01-05' }));
    expect(added.ok && added.value.id).toBe('4');
    expect(added.ok && added.value.plan['outcome-focus']?.[3]).toEqual({
      id: '4',
      what: 'Fourth',
      who: 'Ann',
      due: '2027-01-05',
      status: 'not-started',
    });
    const other = addAction(start, 'collective-vision', draft('Vision'));
    expect(other.ok && other.value.plan['collective-vision']).toEqual([
      { id: '4', what: 'Vision', who: '', due: '', status: 'not-started' },
    ]);
  });

  test('refuses a 21st action in a dimension', () => {
    let plan: ActionPlan = {};
    for (let i = 0; i < 20; i++) {
      const next = addAction(plan, 'outcome-focus', draft(`A${i}`));
      if (next.ok) plan = next.value.plan;
    }
    expect(plan['outcome-focus']).toHaveLength(20);
    expect(addAction(plan, 'outcome-focus', draft('one more'))).toEqual({
      ok: false,
      message: 'A dimension can have at most 20 actions.',
    });
  });

  test('edits one action in its place', () => {
    const next = updateAction(start, 'outcome-focus', '2', {
      what: 'Second, sooner',
      who: 'Bo',
      due: '2027-01-01',
      status: 'done',
    });
    expect(next.ok && next.value['outcome-focus']?.[1]).toEqual({
      id: '2',
      what: 'Second, sooner',
      who: 'Bo',
      due: '2027-01-01',
      status: 'done',
    });
    expect(updateAction(start, 'outcome-focus', '9', draft('x'))).toEqual({
      ok: false,
      message: 'That action is no longer in the plan.',
    });
  });

  test('moves up and down, and not past either end', () => {
    expect(order(moveAction(start, 'outcome-focus', '3', -1))).toEqual(['First', 'Third', 'Second']);
    expect(order(moveAction(start, 'outcome-focus', '1', 1))).toEqual(['Second', 'First', 'Third']);
    expect(moveAction(start, 'outcome-focus', '1', -1)).toBe(start);
    expect(moveAction(start, 'outcome-focus', '3', 1)).toBe(start);
  });

  test('removes an action, and the dimension with its last one', () => {
    expect(order(removeAction(start, 'outcome-focus', '2'))).toEqual(['First', 'Third']);
    const one: ActionPlan = { 'outcome-focus': [start['outcome-focus']![0]!] };
    expect(removeAction(one, 'outcome-focus', '1')).toEqual({});
  });

  test('ids: the smallest free one, or a random 10-character one not yet taken', () => {
    expect(freshId(new Set(['1', '2', '4']))).toBe('3');
    expect(freshId(new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9']))).toBe('a');
    expect(randomActionId(new Set())).toMatch(/^[a-z0-9]{10}$/);
  });
});

describe('carrying version 1 notes over', () => {
  test('one action per non-blank note, in framework order, whole', () => {
    expect(
      notesToPlan(ids, {
        'outcome-focus': 'Agree outcomes\nby March',
        'collective-vision': 'Vision day',
        'skills-and-behaviours': '  ',
      }),
    ).toEqual({
      'collective-vision': [{ id: '1', what: 'Vision day', who: '', due: '', status: 'not-started' }],
      'outcome-focus': [{ id: '2', what: 'Agree outcomes\nby March', who: '', due: '', status: 'not-started' }],
    });
  });
});

describe('reading a plan', () => {
  test('every valid plan reads back as itself', () => {
    fc.assert(
      fc.property(actionPlans(instrument), (plan) => {
        expect(validatePlan(ids, JSON.parse(JSON.stringify(plan)))).toEqual({ ok: true, value: plan });
      }),
      { numRuns: 2_000 },
    );
  });

  test('refuses what is not a plan, with a sentence', () => {
    expect(validatePlan(ids, [])).toEqual({ ok: false, message: 'The action plan is not an object of dimensions.' });
    expect(validatePlan(ids, { 'outcome-focus': {} })).toEqual({
      ok: false,
      message: 'The actions for “outcome-focus” are not a list.',
    });
    expect(validatePlan(ids, { 'outcome-focus': [{ what: 'A', status: 'done', id: 'A-1' }] })).toEqual({
      ok: false,
      message: 'Action 1 for “outcome-focus” has an id that is not 1–24 lower-case letters and digits.',
    });
    expect(validatePlan(ids, { 'outcome-focus': [{ what: 3, status: 'done' }] })).toEqual({
      ok: false,
      message: 'Action 1 for “outcome-focus” needs “what” and “status” as text (and “who”, “due” as text when given).',
    });
  });
});

describe("the group's plan in the group summary (JSON)", () => {
  test('is written as result files write it, in framework order; empty without a plan', async () => {
    const { aggregateResults } = await import('../../src/lib/aggregate');
    const { groupSummary } = await import('../../src/lib/group-export');
    const { PEOPLE, uniformAnswers } = await import('../fixtures/team');
    const profile = aggregateResults(
      instrument,
      (['a', 'b', 'c', 'd'] as const).map((k) => ({ answers: uniformAnswers(instrument, PEOPLE[k]) })),
    );
    const plan: ActionPlan = {
      'outcome-focus': [{ id: 'g1', what: 'Agree outcomes', who: 'Chair', due: '2027-01-15', status: 'not-started' }],
      'collective-vision': [{ id: 'g2', what: 'Vision day', who: '', due: '', status: 'done' }],
    };
    const summary = groupSummary(instrument, profile, 'all', [], plan) as { plan: object };
    expect(summary.plan).toEqual({
      'collective-vision': [{ id: 'g2', what: 'Vision day', status: 'done' }],
      'outcome-focus': [{ id: 'g1', what: 'Agree outcomes', who: 'Chair', due: '2027-01-15', status: 'not-started' }],
    });
    expect(Object.keys(summary.plan)).toEqual(['collective-vision', 'outcome-focus']);
    expect((groupSummary(instrument, profile, 'all') as { plan: object }).plan).toEqual({});
  });
});
