import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test } from 'vitest';
import type { ActionPlan } from '../../src/lib/action-plan';
import { PlanEditor } from '../../src/components/plan/PlanEditor';

const dimensions = [
  { id: 'collective-vision', title: 'Collective Vision' },
  { id: 'outcome-focus', title: 'Outcome Focus' },
];
let latest: ActionPlan = {};
/** Replaces the harness's plan from outside the editor (as an imported result would). */
let replacePlan: (plan: ActionPlan) => void = () => undefined;

/**
 * The editor on a page that keeps its plan: passed back at once, or with `late` a task later (as
 * nanostores' useStore renders a store's change).
 */
function Harness({ initial, late = false }: { initial: ActionPlan; late?: boolean }) {
  const [plan, setPlan] = useState(initial);
  replacePlan = setPlan;
  if (!late) latest = plan;
  return (
    <PlanEditor
      dimensions={dimensions}
      plan={plan}
      onChange={(next) => {
        latest = next;
        if (late) setTimeout(() => setPlan(next));
        else setPlan(next);
      }}
      idPrefix="plan"
      heading="Your action plan"
    />
  );
}

const three: ActionPlan = {
  'outcome-focus': [
    { id: 'a', what: 'First', who: '', due: '', status: 'not-started' },
    { id: 'b', what: 'Second', who: 'Bo', due: '2027-01-31', status: 'in-progress' },
    { id: 'c', what: 'Third', who: '', due: '', status: 'done' },
  ],
};
const whats = () => latest['outcome-focus']?.map((a) => a.what);
/** Press a focused button as the keyboard does: Enter activates it (a click event). */
const press = (element: HTMLElement) => {
  element.focus();
  fireEvent.keyDown(element, { key: 'Enter' });
  fireEvent.click(element);
};
const status = () => screen.getByTestId('plan-outcome-focus-status').textContent;

afterEach(() => {
  cleanup();
  latest = {};
});

describe('the plan editor', () => {
  test('states the prompt once, and each dimension with its add button', () => {
    render(<Harness initial={{}} />);
    expect(screen.getAllByText('Do you have your action mapped out?')).toHaveLength(1);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Collective Vision',
      'Outcome Focus',
    ]);
    expect(screen.getAllByText('No actions yet.')).toHaveLength(2);
  });

  test('adds an action: the form opens on "What", refuses blank text, then adds and announces', () => {
    render(<Harness initial={{}} />);
    press(screen.getByRole('button', { name: 'Add an action for Outcome Focus' }));
    const form = screen.getByRole('group', { name: 'Add an action for Outcome Focus' });
    expect(document.activeElement).toBe(within(form).getByLabelText('What'));
    press(within(form).getByRole('button', { name: 'Add the action' }));
    expect(within(form).getByRole('alert').textContent).toBe('Say what the action is.');
    expect(within(form).getByLabelText('What').getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(within(form).getByLabelText('What'), { target: { value: ' Agree three outcomes ' } });
    fireEvent.input(within(form).getByLabelText('Who leads (optional)'), { target: { value: 'Ann' } });
    fireEvent.input(within(form).getByLabelText('By when (optional)'), { target: { value: '2027-03-31' } });
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'in-progress' } });
    press(within(form).getByRole('button', { name: 'Add the action' }));
    expect(latest['outcome-focus']?.map(({ what, who, due, status: s }) => ({ what, who, due, status: s }))).toEqual([
      { what: 'Agree three outcomes', who: 'Ann', due: '2027-03-31', status: 'in-progress' },
    ]);
    expect(status()).toBe('Added “Agree three outcomes” to Outcome Focus.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add an action for Outcome Focus' }));
    expect(screen.getByText('Agree three outcomes').closest('li')?.querySelector('.plan-meta')?.textContent).toBe(
      'Lead: AnnBy: 31 March 2027Status: In progress',
    );
  });

  test('Escape closes the form without adding anything', () => {
    render(<Harness initial={{}} />);
    press(screen.getByRole('button', { name: 'Add an action for Collective Vision' }));
    const what = screen.getByLabelText('What');
    fireEvent.input(what, { target: { value: 'Never mind' } });
    fireEvent.keyDown(what, { key: 'Escape' });
    expect(screen.queryByRole('group')).toBeNull();
    expect(latest).toEqual({});
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add an action for Collective Vision' }));
  });

  test('edits an action in its place', () => {
    render(<Harness initial={three} />);
    press(screen.getByRole('button', { name: 'Edit: Second' }));
    const what = screen.getByLabelText('What') as HTMLTextAreaElement;
    expect(what.value).toBe('Second');
    expect(document.activeElement).toBe(what);
    fireEvent.input(what, { target: { value: 'Second, sooner' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'done' } });
    press(screen.getByRole('button', { name: 'Save changes' }));
    expect(latest['outcome-focus']?.[1]).toEqual({
      id: 'b',
      what: 'Second, sooner',
      who: 'Bo',
      due: '2027-01-31',
      status: 'done',
    });
    expect(status()).toBe('Saved “Second, sooner”.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit: Second, sooner' }));
  });

  test('moves actions up and down by keyboard; focus stays with the moved action', () => {
    render(<Harness initial={three} />);
    expect(screen.queryByRole('button', { name: 'Move up: First' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move down: Third' })).toBeNull();
    press(screen.getByRole('button', { name: 'Move up: Third' }));
    expect(whats()).toEqual(['First', 'Third', 'Second']);
    expect(status()).toBe('Moved “Third” to place 2 of 3.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move up: Third' }));
    press(screen.getByRole('button', { name: 'Move up: Third' }));
    expect(whats()).toEqual(['Third', 'First', 'Second']);
    // At the top there is no "Move up": focus goes to "Move down" of the same action.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down: Third' }));
    press(screen.getByRole('button', { name: 'Move down: First' }));
    expect(whats()).toEqual(['Third', 'Second', 'First']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move up: First' }));
    expect(screen.getAllByRole('listitem').map((li) => li.querySelector('.plan-what')?.textContent)).toEqual([
      'Third',
      'Second',
      'First',
    ]);
  });

  test('an edit made before the page has passed the last one back starts from it: nothing is dropped', async () => {
    const shownWhats = () => screen.getAllByRole('listitem').map((li) => li.querySelector('.plan-what')?.textContent);
    render(<Harness initial={three} late />);
    press(screen.getByRole('button', { name: 'Add an action for Collective Vision' }));
    const form = screen.getByRole('group', { name: 'Add an action for Collective Vision' });
    fireEvent.input(within(form).getByLabelText('What'), { target: { value: 'Vision day' } });
    press(within(form).getByRole('button', { name: 'Add the action' }));
    // Shown at once, and the next edit, made before the page has caught up, keeps it.
    expect(shownWhats()).toEqual(['Vision day', 'First', 'Second', 'Third']);
    press(screen.getByRole('button', { name: 'Move up: Third' }));
    expect(latest['collective-vision']?.map((a) => a.what)).toEqual(['Vision day']);
    expect(whats()).toEqual(['First', 'Third', 'Second']);
    expect(shownWhats()).toEqual(['Vision day', 'First', 'Third', 'Second']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shownWhats()).toEqual(['Vision day', 'First', 'Third', 'Second']);
    press(screen.getByRole('button', { name: 'Move up: Third' }));
    expect(whats()).toEqual(['Third', 'First', 'Second']);
    expect(latest['collective-vision']?.map((a) => a.what)).toEqual(['Vision day']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    // A plan the page replaces is shown as it is.
    act(() => replacePlan({}));
    expect(screen.queryAllByRole('listitem')).toEqual([]);
    expect(screen.getAllByText('No actions yet.')).toHaveLength(2);
  });

  test('removes an action only after it is confirmed in the dialog', () => {
    render(<Harness initial={three} />);
    press(screen.getByRole('button', { name: 'Remove: Second' }));
    const dialog = screen
      .getAllByRole('dialog', { name: 'Remove this action?' })
      .find((d) => (d as HTMLDialogElement).open)!;
    expect(dialog.textContent).toContain('“Second” will be removed from the plan. This cannot be undone.');
    press(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(whats()).toEqual(['First', 'Second', 'Third']);
    press(screen.getByRole('button', { name: 'Remove: Second' }));
    press(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(whats()).toEqual(['First', 'Third']);
    expect(status()).toBe('Removed “Second”.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add an action for Outcome Focus' }));
  });

  test('read-only, it shows only dimensions with actions and no controls', () => {
    render(<PlanEditor dimensions={dimensions} plan={three} idPrefix="plan" heading="Action plan" />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Outcome Focus']);
    expect(screen.queryAllByRole('button')).toEqual([]);
    render(<PlanEditor dimensions={dimensions} plan={{}} idPrefix="other" heading="Action plan" />);
    expect(screen.getByText('No action plan came with this.')).toBeTruthy();
  });
});
