import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Inventory } from '../../src/components/inventory/Inventory';
import { ANSWERS_KEY, BACKUP_KEY, resetAnswerStores, $answers } from '../../src/stores/answers';
import { clearNotices } from '../../src/stores/notices';
import { goToStep } from '../../src/stores/step';
import { resetStorageState } from '../../src/stores/storage';
import { loadInstrument } from '../fixtures/instrument';
import { instrument } from './fixtures';

const KEY_TEXT = (name: string) => screen.getByRole('heading', { level: 2, name });

/** Let the stores' batched re-renders (a timer each) and the effects after them run. */
async function settle() {
  for (let i = 0; i < 3; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

async function startAt(hash = '') {
  history.replaceState(null, '', `/inventory/${hash}`);
  render(<Inventory instrument={instrument} />);
  await settle();
}

async function click(element: HTMLElement) {
  fireEvent.click(element);
  await settle();
}

async function rate(question: string, value: string) {
  const group = screen.getByRole('group', { name: question });
  await click(within(group).getByRole('radio', { name: value }));
}

async function go(step: Parameters<typeof goToStep>[0]) {
  goToStep(step);
  await settle();
}

const status = () => screen.getByRole('status');

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  resetAnswerStores();
  goToStep({ kind: 'intro' });
  clearNotices();
  resetStorageState();
  localStorage.clear();
});

describe('the inventory island', () => {
  test('opens on an introduction built from the instrument: length, time, privacy and the scale', async () => {
    await startAt();
    expect(KEY_TEXT('About the inventory')).toBeTruthy();
    const text = document.body.textContent ?? '';
    expect(text).toContain('each of 7 behaviours across the framework’s 3 dimensions');
    expect(text).toContain('It takes about 3 minutes.');
    expect(text).toContain('nothing is sent anywhere');
    expect(text).toContain(
      'Rate each statement on a scale from 1 to 12, where 1 means “No evidence” and 12 means “Total evidence”.',
    );
    expect(text).toContain('If you cannot judge a statement, choose “Can’t judge”');
    expect(screen.getByRole('button', { name: 'Start the inventory' })).toBeTruthy();
  });

  test('keeps the optional context on the device', async () => {
    await startAt();
    const level = screen.getByRole('group', { name: 'Which level are you assessing? (optional)' });
    await click(within(level).getByRole('radio', { name: 'My own organisation' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Partnership name (optional, kept on this device)' }), {
      target: { value: 'Northshire Together' },
    });
    await settle();
    const saved = JSON.parse(localStorage.getItem(ANSWERS_KEY) ?? 'null');
    expect(saved.context).toEqual({ level: 'organisation', partnership: 'Northshire Together' });
    expect(saved.instrument).toEqual({ id: instrument.id, version: instrument.version, scale: { min: 1, max: 12 } });
  });

  test('a step shows the dimension, its key statement and one native radio group per item, and takes focus', async () => {
    await startAt();
    await click(screen.getByRole('button', { name: 'Start the inventory' }));
    const heading = KEY_TEXT('Vision');
    expect(document.activeElement).toBe(heading);
    expect(document.body.textContent).toContain('Key statement: Vision key statement.');
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'We share our aims with partners.',
      'Our priorities are clear.',
      'We seek mutual benefit.',
    ]);
    const radios = within(groups[0]!).getAllByRole('radio');
    expect(radios).toHaveLength(13);
    expect(within(groups[0]!).getByRole('radio', { name: '1 – No evidence' })).toBe(radios[0]);
    expect(within(groups[0]!).getByRole('radio', { name: '12 – Total evidence' })).toBe(radios[11]);
    expect(within(groups[0]!).getByRole('radio', { name: 'Can’t judge' })).toBe(radios[12]);
    expect(new Set(radios.map((r) => r.getAttribute('name')))).toEqual(new Set(['q-shared-aims']));
  });

  test('answering updates the progress overall and per dimension, and saves the raw answer', async () => {
    await startAt('#vision');
    expect(screen.getByText('0 of 7 questions answered')).toBeTruthy();
    await rate('We share our aims with partners.', '7');
    await rate('Our priorities are clear.', 'Can’t judge');
    expect(screen.getByText('2 of 7 questions answered')).toBeTruthy();
    expect(screen.getByRole('button', { name: '1. Vision 2 of 3' }).getAttribute('aria-current')).toBe('step');
    expect(screen.getByRole('button', { name: '2. Focus 0 of 2' })).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(ANSWERS_KEY) ?? 'null').answers).toEqual({
      'shared-aims': 7,
      'clear-priorities': 'cant-judge',
    });
    await click(
      within(screen.getByRole('group', { name: 'We share our aims with partners.' })).getByRole('button', {
        name: 'Clear this answer',
      }),
    );
    expect(screen.getByText('1 of 7 questions answered')).toBeTruthy();
    expect($answers.get()).toEqual({ 'clear-priorities': 'cant-judge' });
    // The button goes with the answer; focus stays in the question, on its first option.
    const cleared = screen.getByRole('group', { name: 'We share our aims with partners.' });
    expect(within(cleared).queryByRole('button', { name: 'Clear this answer' })).toBeNull();
    expect(document.activeElement).toBe(within(cleared).getByRole('radio', { name: '1 – No evidence' }));
  });

  test('a step of the real inventory shows the framework’s prompt above its statements, each with its question', async () => {
    history.replaceState(null, '', '/inventory/#collective-vision');
    render(<Inventory instrument={loadInstrument()} />);
    await settle();
    const prompt = screen.getByText(
      'In building your shared vision, consider your stakeholders in your partnership activity, ask:',
    );
    const groups = screen.getAllByRole('group');
    expect(prompt.compareDocumentPosition(groups[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.body.textContent).toContain(
      'How much evidence do you see of each of these, from 1 (no evidence) to 12 (total evidence)?',
    );
    const first = screen.getByRole('group', {
      name: 'We know who our stakeholders are, and we and they understand the challenges in developing a shared vision.',
    });
    expect(first).toBe(groups[0]);
    const asks = document.getElementById(first.getAttribute('aria-describedby') ?? '');
    expect(asks?.textContent).toBe(
      'The framework asks: Who are they and do you and they understand the challenges in relation to the development of a shared vision?',
    );
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'We know who our stakeholders are, and we and they understand the challenges in developing a shared vision.',
      'Needs are identified and used in developing our shared vision.',
      'We bring others on board with our aims, rather than going it alone, and seek mutual benefit.',
      'We communicate the vision of our organisation to our partners.',
      'We communicate our key local priorities and delivery objectives to our own staff and the public.',
      'We clarify and operationalise our role as the local leader of ‘place’.',
    ]);
  });

  test('the URL fragment opens a dimension, and the step list jumps to any other', async () => {
    await startAt('#focus');
    expect(KEY_TEXT('Focus')).toBeTruthy();
    await click(screen.getByRole('button', { name: '3. Systems 0 of 2' }));
    expect(document.activeElement).toBe(KEY_TEXT('Systems'));
    expect(location.hash).toBe('#systems');
    await click(screen.getByRole('button', { name: 'Back' }));
    expect(document.activeElement).toBe(KEY_TEXT('Focus'));
  });

  test('lists unanswered questions before the scores, each linking back to its question', async () => {
    await startAt('#systems');
    await rate('Our systems support joint work.', '3');
    await click(screen.getByRole('button', { name: 'Next: review' }));
    expect(document.activeElement).toBe(KEY_TEXT('Before you see your scores'));
    expect(document.body.textContent).toContain('6 questions are unanswered.');
    const links = screen.getAllByRole('link').filter((a) => a.closest('.unanswered'));
    expect(links.map((a) => a.textContent)).toEqual([
      'We share our aims with partners.',
      'Our priorities are clear.',
      'We seek mutual benefit.',
      'We agree the key outcomes.',
      'We measure public value.',
      'We share data safely.',
    ]);
    await click(screen.getByRole('link', { name: 'We measure public value.' }));
    expect(KEY_TEXT('Focus')).toBeTruthy();
    expect(document.activeElement).toBe(
      within(screen.getByRole('group', { name: 'We measure public value.' })).getAllByRole('radio')[0],
    );
  });

  test('shows the scores worked out in the browser, with counts and the link to the full report', async () => {
    await startAt('#vision');
    await rate('We share our aims with partners.', '12 – Total evidence');
    await rate('Our priorities are clear.', '6');
    await rate('We seek mutual benefit.', 'Can’t judge');
    await click(screen.getByRole('button', { name: 'Next' }));
    await rate('We agree the key outcomes.', '1 – No evidence');
    await click(screen.getByRole('button', { name: '3. Systems 0 of 2' }));
    await rate('Our systems support joint work.', '4');
    await rate('We share data safely.', '5');
    await click(screen.getByRole('button', { name: 'Next: review' }));
    await click(screen.getByRole('button', { name: 'See my scores' }));
    expect(document.activeElement).toBe(KEY_TEXT('Your scores'));
    const rows = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent));
    // Vision (12 + 6) / 2 = 9 → 8 / 11 = 72.7; Focus 1 of 2 rated = 1 → 0; Systems 4.5 → 31.8;
    // overall (9 + 1 + 4.5) / 3 = 4.8333 → 34.8.
    expect(rows).toEqual([
      ['Vision', '9.0', '73', 'Good evidence'],
      ['Focus', '1.0', '0', 'Little evidence'],
      ['Systems', '4.5', '32', 'Some evidence'],
      ['Overall', '4.8', '35', 'Some evidence'],
    ]);
    const counts = [...document.querySelectorAll('.counts div')].map((d) => d.textContent);
    expect(counts).toEqual(['Rated on the scale5', 'Can’t judge1', 'Unanswered1']);
    expect(screen.getByRole('link', { name: 'Full report and exports' }).getAttribute('href')).toBe(
      '/inventory/results/',
    );
  });

  test('a dimension with too few ratings says "not enough answers"', async () => {
    await startAt('#vision');
    await rate('We share our aims with partners.', '5');
    await go({ kind: 'scores' });
    const vision = screen.getByRole('row', { name: /Vision/ });
    expect(vision.textContent).toBe('VisionNot enough answers (1 of 3 rated)');
  });

  test('with storage disabled, works in memory and says so in the live region', async () => {
    vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    await startAt('#focus');
    expect(status().textContent).toContain('your answers will not be kept');
    await rate('We agree the key outcomes.', '8');
    expect(screen.getByText('1 of 7 questions answered')).toBeTruthy();
    expect($answers.get()).toEqual({ 'key-outcomes': 8 });
  });

  test('with storage full, keeps answering in memory and says so', async () => {
    await startAt('#focus');
    expect(status().textContent).toBe('');
    const real = localStorage;
    const full = {
      getItem: (key: string) => real.getItem(key),
      removeItem: (key: string) => real.removeItem(key),
      setItem: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
      key: (i: number) => real.key(i),
      clear: () => real.clear(),
      get length() {
        return real.length;
      },
    };
    vi.spyOn(globalThis, 'localStorage', 'get').mockReturnValue(full as Storage);
    await rate('We agree the key outcomes.', '8');
    expect(status().textContent).toContain('storage is full, so your answers will not be kept');
    expect(screen.getByText('1 of 7 questions answered')).toBeTruthy();
  });

  test('corrupted saved data: says so, keeps a copy, and does not overwrite it unread', async () => {
    localStorage.setItem(ANSWERS_KEY, '{"answers": {"shared-aims": 3');
    await startAt();
    expect(status().textContent).toContain(
      'The answers saved on this device could not be read (the saved data is damaged), so none were restored.',
    );
    expect(status().textContent).toContain(`kept in this browser's storage under "${BACKUP_KEY}"`);
    expect(localStorage.getItem(BACKUP_KEY)).toBe('{"answers": {"shared-aims": 3');
    expect(localStorage.getItem(ANSWERS_KEY)).toBe('{"answers": {"shared-aims": 3');
  });

  test('answers from another instrument version: keeps the valid ones and says exactly what was dropped', async () => {
    localStorage.setItem(
      ANSWERS_KEY,
      JSON.stringify({
        instrument: { id: instrument.id, version: 'old', scale: { min: 1, max: 12 } },
        answers: { 'shared-aims': 9, 'retired-question': 4, 'shared-data': 40 },
        context: {},
      }),
    );
    await startAt('#vision');
    expect(screen.getByText('1 of 7 questions answered')).toBeTruthy();
    expect(
      within(screen.getByRole('group', { name: 'We share our aims with partners.' })).getByRole('radio', { name: '9' }),
    ).toHaveProperty('checked', true);
    const lines = [...status().querySelectorAll('p')].map((p) => p.textContent);
    expect(lines).toEqual([
      '1 saved answer was dropped because its question is no longer in the inventory.',
      '1 saved answer was dropped because its value is not a valid answer on the scale of 1 to 12.',
      `A copy of the saved data as it was has been kept in this browser's storage under "${BACKUP_KEY}".`,
    ]);
  });

  test('follows answers given in another tab', async () => {
    await startAt('#vision');
    const record = JSON.stringify({
      instrument: { id: instrument.id, version: instrument.version, scale: { min: 1, max: 12 } },
      answers: { 'shared-aims': 2, 'key-outcomes': 11 },
      context: {},
    });
    localStorage.setItem(ANSWERS_KEY, record);
    window.dispatchEvent(new StorageEvent('storage', { key: ANSWERS_KEY, newValue: record }));
    await settle();
    expect(screen.getByText('2 of 7 questions answered')).toBeTruthy();
    expect(
      within(screen.getByRole('group', { name: 'We share our aims with partners.' })).getByRole('radio', { name: '2' }),
    ).toHaveProperty('checked', true);
  });

  test('"Start again" clears answers only after it is confirmed in a dialog', async () => {
    await startAt('#vision');
    await rate('We share our aims with partners.', '7');
    await go({ kind: 'intro' });
    await click(screen.getByRole('button', { name: 'Start again' }));
    const dialog = screen.getByRole('dialog', { name: 'Start again?' });
    await click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect($answers.get()).toEqual({ 'shared-aims': 7 });
    await click(screen.getByRole('button', { name: 'Start again' }));
    await click(
      within(screen.getByRole('dialog', { name: 'Start again?' })).getByRole('button', { name: 'Start again' }),
    );
    expect($answers.get()).toEqual({});
    expect(JSON.parse(localStorage.getItem(ANSWERS_KEY) ?? 'null').answers).toEqual({});
  });

  test('"Delete my answers from this device" removes the saved data and its backup', async () => {
    localStorage.setItem(ANSWERS_KEY, 'not json');
    await startAt('#vision');
    await rate('We share our aims with partners.', '7');
    await go({ kind: 'intro' });
    await click(screen.getByRole('button', { name: 'Delete my answers from this device' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete your answers from this device?' });
    await click(within(dialog).getByRole('button', { name: 'Delete my answers from this device' }));
    expect(localStorage.getItem(ANSWERS_KEY)).toBeNull();
    expect(localStorage.getItem(BACKUP_KEY)).toBeNull();
    expect($answers.get()).toEqual({});
    expect(screen.queryByRole('button', { name: 'Start again' })).toBeNull();
  });
});
