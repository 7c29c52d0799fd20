import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import GroupPlan from '../../src/components/plan/GroupPlan';
import { $groupPlans } from '../../src/stores/plan';
import { loadInstrument } from '../fixtures/instrument';

const instrument = loadInstrument();

beforeEach(() => {
  localStorage.clear();
  $groupPlans.set({});
});
afterEach(cleanup);

describe("the group's action plan (collective page)", () => {
  test('is the same editor, kept on the device under the group id "default"', async () => {
    render(<GroupPlan instrument={instrument} />);
    expect((await screen.findByRole('heading', { level: 2 })).textContent).toBe('The group’s action plan');
    expect(screen.getAllByText('Do you have your action mapped out?')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Add an action for Partnership Working' }));
    fireEvent.input(screen.getByLabelText('What'), { target: { value: 'Joint budget workshop' } });
    fireEvent.input(screen.getByLabelText('By when (optional)'), { target: { value: '2027-02-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the action' }));
    expect((await screen.findByText('Joint budget workshop')).className).toBe('plan-what');
    const stored = JSON.parse(localStorage.getItem('cli:group-plans:v1')!) as Record<
      string,
      Record<string, { what: string; due: string }[]>
    >;
    expect(Object.keys(stored)).toEqual(['default']);
    expect(stored['default']?.['partnership-working']?.map(({ what, due }) => ({ what, due }))).toEqual([
      { what: 'Joint budget workshop', due: '2027-02-01' },
    ]);
    expect(screen.getByRole('button', { name: 'Download the due dates (.ics)' })).toBeTruthy();
  });
});
