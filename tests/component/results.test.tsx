import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { encodeShareCode } from '../../src/lib/share-code';
import { savedRecord } from '../../src/lib/saved-answers';
import { resultToJson } from '../../src/lib/result-file';
import type { Answers } from '../../src/lib/instrument';
import { ResultsApp } from '../../src/components/results/ResultsApp';
import { connectOwnResult, replaceOwnAnswers } from '../../src/components/results/own-result';
import { clearPlan, $plan, $planSaved } from '../../src/stores/plan';
import { $history, setHistoryEnabled } from '../../src/stores/history';
import { loadInstrument } from '../fixtures/instrument';
import { ALL_SIXES, FULL_ANSWERS, FULL_OVERALL, FULL_TABLE, SIXES_SINCE_FULL } from '../fixtures/results';

// The chart draws on a canvas, which happy-dom has not got: record what it was asked to draw instead.
type Series = { label: string; values: (number | null)[] }[];
const drawn = vi.hoisted(() => ({
  calls: [] as { labels: string[]; series: { label: string; values: (number | null)[] }[] }[],
}));
vi.mock('../../src/components/radar-chart', () => ({
  drawRadar: (_canvas: HTMLCanvasElement, labels: string[], series: Series) => {
    drawn.calls.push({ labels, series });
    return { update: (l: string[], s: Series) => drawn.calls.push({ labels: l, series: s }), destroy: () => {} };
  },
}));

const instrument = loadInstrument();
const setOwn = (answers: Record<string, unknown>, context = {}) => {
  connectOwnResult(instrument);
  replaceOwnAnswers(answers as Answers, context);
};
/** The results page as a person sees it once it has rendered (its first render takes a few tasks). */
const app = async () => {
  const rendered = render(<ResultsApp instrument={instrument} base="/" />);
  await waitFor(() => expect(document.querySelector('.results-app[data-rendered]')).not.toBeNull());
  return rendered;
};
const tableRows = (name: RegExp = /mean rating/) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole(/cell|rowheader/)
        .map((c) => c.textContent),
    );

beforeEach(() => {
  drawn.calls = [];
  clearPlan();
  setHistoryEnabled(false);
  $history.set([]);
  localStorage.clear();
  // happy-dom's storage throws on deleting a missing key (browsers do not): keep the key present.
  setOwn({});
  history.replaceState(null, '', '/inventory/results/');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the results view', () => {
  test('with no answers, says so and links to the inventory', async () => {
    await app();
    expect(screen.getByRole('heading', { name: 'No answers yet' }).tagName).toBe('H2');
    expect(screen.getByRole('link', { name: 'Take the inventory' }).getAttribute('href')).toBe('/inventory/');
    expect(screen.queryByRole('table')).toBeNull();
  });

  test('shows the overall score, counts, the table, strengths and development areas with their questions', async () => {
    setOwn(FULL_ANSWERS, { level: 'team', partnership: 'Northshire' });
    await app();
    expect(screen.getByTestId('overall').textContent).toBe(FULL_OVERALL);
    expect(screen.getByTestId('counts').textContent).toBe(
      '25 of 27 questions rated2 marked “can’t judge”0 not answered',
    );
    expect(tableRows()).toEqual(FULL_TABLE);
    const strengths = screen.getByRole('heading', { name: 'Strengths' }).parentElement!;
    expect(
      within(strengths)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Multiple Level Leadership: 11.7, Strong evidence', 'Skills and Behaviours: 11.0, Strong evidence']);
    const areas = screen.getAllByRole('article');
    expect(areas.map((a) => a.querySelector('h3')?.textContent)).toEqual([
      'Action Oriented and Adaptive: 1.5, Little evidence',
      'Outcome Focus: 3.0, Little evidence',
    ]);
    expect(
      within(areas[1]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'The key outcomes that the partnership is aimed at achieving are clear. (rated 3) The framework asks: What are the key outcomes that the partnership is aimed at achieving?',
      'Our organisation is well positioned to draw other partners together, or to be an active member of the partnership, in achieving the partnership’s key outcomes. (rated 3) The framework asks: How well positioned is your organisation in either drawing other partners together or in being an active member of the partnership in achieving these outcomes?',
      'Our organisation, or the partnership as a whole, takes both individual and collective responsibility to achieve the partnership’s key outcomes. (rated 3) The framework asks: To what extent does your organisation or the partnership as a whole take both individual and collective responsibility to achieve these outcomes?',
    ]);
    expect(within(areas[1]!).getByRole('link').getAttribute('href')).toBe('/framework/#outcome-focus');
    expect(screen.getByText('My own team').tagName).toBe('DD');
    expect(screen.getByText('Northshire').tagName).toBe('DD');
    await waitFor(() => expect(drawn.calls.length).toBeGreaterThan(0));
    expect(drawn.calls.at(-1)!.labels).toEqual(FULL_TABLE.map((r) => r[0]));
    expect(drawn.calls.at(-1)!.series.map((s) => s.values.map((v) => Math.round(v ?? -1)))).toEqual([
      [64, 18, 97, 50, 5, 73, 91],
    ]);
  });

  test('marks dimensions without enough answers, and has no overall score then', async () => {
    setOwn({
      'key-outcomes': 4,
      'positioned-to-achieve-outcomes': 'cant-judge',
      'responsibility-for-outcomes': 'cant-judge',
    });
    await app();
    expect(screen.getByTestId('overall').textContent).toMatch(/^Not enough answers for an overall score yet/);
    expect(tableRows()[1]).toEqual(['Outcome Focus', '—', '—', 'Not enough answers', '1 of 3', '2']);
  });

  test('follows the answers the inventory saves in another tab, and shows none for a corrupted value', async () => {
    await app();
    // What another tab (the inventory) writes arrives as a storage event.
    const store = (value: string) =>
      window.dispatchEvent(new StorageEvent('storage', { key: 'cli:answers:v1', newValue: value }));
    store('{not json');
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByRole('heading', { name: 'No answers yet' }).tagName).toBe('H2');
    store(JSON.stringify(savedRecord(instrument, FULL_ANSWERS, {})));
    await waitFor(() => expect(screen.getByTestId('overall').textContent).toBe(FULL_OVERALL));
  });

  test('keeps the action plan on the device, and still in memory when storage is full', async () => {
    setOwn(FULL_ANSWERS);
    await app();
    expect(await screen.findAllByText('Do you have your action mapped out?')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Add an action for Outcome Focus' }));
    fireEvent.input(screen.getByLabelText('What'), { target: { value: 'Agree outcomes with the board' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the action' }));
    // The plan's store loads right after the page; the write follows the click as soon as it has.
    await waitFor(() => expect(localStorage.getItem('cli:plan:v1')).not.toBeNull());
    const stored = JSON.parse(localStorage.getItem('cli:plan:v1')!) as Record<string, { what: string }[]>;
    expect(stored['outcome-focus']?.map((a) => a.what)).toEqual(['Agree outcomes with the board']);
    expect((await screen.findByText('Agree outcomes with the board')).className).toBe('plan-what');
    fireEvent.click(screen.getByRole('button', { name: 'Add an action for Outcome Focus' }));
    // A storage that refuses every write, as a full or disabled one does.
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      removeItem: () => {},
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    fireEvent.input(screen.getByLabelText('What'), { target: { value: 'Agree outcomes with the board in May' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the action' }));
    await waitFor(() =>
      expect($plan.get()['outcome-focus']?.map((a) => a.what)).toEqual([
        'Agree outcomes with the board',
        'Agree outcomes with the board in May',
      ]),
    );
    expect($planSaved.get()).toBe(false);
    expect((await screen.findByText(/This browser is not keeping your plan/)).getAttribute('role')).toBe('alert');
    expect(screen.getByText('Agree outcomes with the board in May').className).toBe('plan-what');
  });

  test('follows the plan changed in another tab, so an action added here keeps theirs', async () => {
    setOwn(FULL_ANSWERS);
    await app();
    expect(await screen.findAllByText('Do you have your action mapped out?')).toHaveLength(1);
    // Another tab adds an action: its write arrives here as a storage event.
    const theirs = { id: 'a1', what: 'Map the partners', who: 'Sam', due: '2027-01-31', status: 'not-started' };
    localStorage.setItem('cli:plan:v1', JSON.stringify({ 'collective-vision': [theirs] }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'cli:plan:v1' }));
    expect((await screen.findByText('Map the partners')).className).toBe('plan-what');
    // An action added here joins theirs, in the plan kept on the device.
    fireEvent.click(screen.getByRole('button', { name: 'Add an action for Outcome Focus' }));
    fireEvent.input(screen.getByLabelText('What'), { target: { value: 'Agree outcomes with the board' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the action' }));
    await waitFor(() =>
      expect(
        Object.entries(JSON.parse(localStorage.getItem('cli:plan:v1')!) as Record<string, { what: string }[]>).map(
          ([id, actions]) => [id, actions.map((a) => a.what)],
        ),
      ).toEqual([
        ['collective-vision', ['Map the partners']],
        ['outcome-focus', ['Agree outcomes with the board']],
      ]),
    );
    // A key another tab cleared (the whole storage, or the plan alone) empties the plan here too.
    localStorage.removeItem('cli:plan:v1');
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    await waitFor(() => expect(screen.queryByText('Map the partners')).toBeNull());
    expect(screen.queryByText('Agree outcomes with the board')).toBeNull();
  });

  test('announces an opened link without showing the viewing box’s sentence twice', async () => {
    history.replaceState(null, '', `/inventory/results/#${encodeShareCode(instrument, FULL_ANSWERS)}`);
    await app();
    const status = screen.getByTestId('status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('Showing the result from the link. Your own answers are unchanged.');
    expect(status.className).toBe('status visually-hidden');
    // With no answers of one's own there is nothing to go back to: the button closes the result.
    expect(screen.queryByRole('button', { name: 'Back to my own result' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close this result' }));
    expect(status.textContent).toBe('Closed the result. You have no answers of your own yet.');
    expect(status.className).toBe('status');
    expect(screen.getByRole('heading', { name: 'No answers yet' })).toBeTruthy();
  });

  test('opens a share code from the URL fragment without touching the person’s own answers', async () => {
    setOwn(ALL_SIXES);
    history.replaceState(null, '', `/inventory/results/#${encodeShareCode(instrument, FULL_ANSWERS, 'partnership')}`);
    await app();
    expect(screen.getByTestId('viewing').textContent).toMatch(/^You are viewing the result from the link\./);
    expect(screen.getByTestId('overall').textContent).toBe(FULL_OVERALL);
    expect(screen.getByText('The wider partnership').tagName).toBe('DD');
    fireEvent.click(screen.getByRole('button', { name: 'Back to my own result' }));
    expect(screen.getByTestId('overall').textContent).toBe(
      'Overall: 6.0 on the 1–12 scale (45 out of 100), Some evidence.',
    );
    expect(location.hash).toBe('');
  });

  test('makes a viewed result one’s own only after confirmation in the site’s dialog', async () => {
    setOwn(ALL_SIXES);
    history.replaceState(null, '', `/inventory/results/#${encodeShareCode(instrument, FULL_ANSWERS)}`);
    await app();
    const confirm = vi.fn();
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Make this my own answers' }));
    const dialog = screen.getByRole('dialog', { name: 'Make these answers your own?' });
    expect(dialog.textContent).toContain('Your current answers will be lost.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(JSON.parse(localStorage.getItem('cli:answers:v1')!).answers).toEqual(ALL_SIXES);
    fireEvent.click(screen.getByRole('button', { name: 'Make this my own answers' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Make this my own answers' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(JSON.parse(localStorage.getItem('cli:answers:v1')!)).toEqual(savedRecord(instrument, FULL_ANSWERS, {}));
    expect(screen.queryByTestId('viewing')).toBeNull();
    expect(screen.getByTestId('overall').textContent).toBe(FULL_OVERALL);
  });

  test('a bad pasted code gets a message and nothing else changes', async () => {
    setOwn(FULL_ANSWERS);
    await app();
    fireEvent.input(screen.getByLabelText('Share code or link'), { target: { value: 'CL1-NOTACODE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByTestId('import-error').textContent).toBe(
      'That share code could not be opened. This share code does not check out: a character is probably mistyped or missing.',
    );
    expect(screen.queryByTestId('viewing')).toBeNull();
    expect(tableRows()).toEqual(FULL_TABLE);
  });

  test('a code from another version of the inventory is explained', async () => {
    await app();
    const other = loadInstrument({ scale: { min: 1, max: 5, anchors: [{ value: 1, label: 'None' }] } });
    fireEvent.input(screen.getByLabelText('Share code or link'), {
      target: { value: encodeShareCode(other, { 'key-outcomes': 3 }) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByTestId('import-error').textContent).toBe(
      'That share code could not be opened. This share code was made with another version of the inventory: its questions or scale differ, so it cannot be read here. Open it on the site where it was made, or take the inventory again here.',
    );
  });

  test('an imported file shows its plan as text, never as HTML, without editing controls', async () => {
    await app();
    const json = JSON.stringify(
      resultToJson(instrument, {
        instrument,
        context: {},
        answers: FULL_ANSWERS,
        plan: {
          'outcome-focus': [
            { id: 'a1', what: '<script>alert(1)</script><b>bold</b>', who: 'Ann', due: '2027-03-31', status: 'done' },
          ],
        },
      }),
    );
    const input = screen.getByLabelText('Result file (.json or .csv), or drop it here');
    fireEvent.change(input, { target: { files: [new File([json], 'result.json', { type: 'application/json' })] } });
    await waitFor(() => expect(screen.getByTestId('viewing').textContent).toMatch(/the file “result.json”/));
    expect((await screen.findByText('<script>alert(1)</script><b>bold</b>')).className).toBe('plan-what');
    expect(screen.getByTestId('plan-section').querySelector('.plan-meta')?.textContent).toBe(
      'Lead: AnnBy: 31 March 2027Status: Done',
    );
    expect(screen.queryByRole('button', { name: /^Add an action/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
    expect(document.querySelector('.report script, .report b')).toBeNull();
  });

  test('refuses a file over 1 MB without reading it', async () => {
    setOwn(FULL_ANSWERS);
    await app();
    const big = new File(['x'], 'big.json');
    Object.defineProperty(big, 'size', { value: 2_500_000 });
    const text = vi.spyOn(big, 'text');
    fireEvent.change(screen.getByLabelText('Result file (.json or .csv), or drop it here'), {
      target: { files: [big] },
    });
    await waitFor(() =>
      expect(screen.getByTestId('import-error').textContent).toBe(
        '“big.json” could not be opened. It is 2.5 MB; a result file is a few kilobytes, and files over 1 MB are not read.',
      ),
    );
    expect(text).not.toHaveBeenCalled();
    expect(tableRows()).toEqual(FULL_TABLE);
  });

  test('history is off by default; once on, saves completed results and compares them', async () => {
    setOwn(FULL_ANSWERS);
    await app();
    expect(
      (screen.getByLabelText('Keep my results in this browser, to compare them later') as HTMLInputElement).checked,
    ).toBe(false);
    expect(localStorage.getItem('cli:history:v1')).toBeNull();
    fireEvent.click(screen.getByLabelText('Keep my results in this browser, to compare them later'));
    await waitFor(() => expect($history.get()).toHaveLength(1));
    setOwn(ALL_SIXES);
    await waitFor(() => expect($history.get()).toHaveLength(2));
    expect($history.get().map((e) => e.answers)).toEqual([FULL_ANSWERS, ALL_SIXES]);
    // Each entry is told apart by its number and overall score, not only the second it was saved.
    const labels = [...document.querySelectorAll('.history-label')].map((l) => l.textContent);
    expect(labels).toEqual([
      expect.stringMatching(/^Result 2, saved .+: overall 6\.0, Some evidence$/),
      expect.stringMatching(/^Result 1, saved .+: overall 7\.2, Good evidence$/),
    ]);
    const compare = screen.getAllByRole('button', { name: /^Compare with Result \d/ });
    fireEvent.click(compare[1]!); // the list is newest first: the second is the earlier result
    expect(tableRows(/^Change in each dimension’s mean since result 1, saved/).map((r) => r[3])).toEqual(
      SIXES_SINCE_FULL,
    );
    // The comparison is brought to where the person is looking: its table takes focus.
    await waitFor(() => expect(document.activeElement?.id).toBe('change-region'));
    await waitFor(() => expect(drawn.calls.at(-1)!.series).toHaveLength(2));
    expect(drawn.calls.at(-1)!.series.map((s) => s.label)).toEqual(['Your result', 'Result 1']);
  });

  test('“Save this result” always answers beside the button, incomplete answers included', async () => {
    const partial: Answers = { 'key-outcomes': 4, coproduction: 'cant-judge' };
    setOwn(partial);
    setHistoryEnabled(true);
    await app();
    const status = screen.getByTestId('history-status');
    fireEvent.click(screen.getByRole('button', { name: 'Save this result' }));
    expect(status.textContent).toMatch(
      /^Saved: Result 1, saved .+: no overall score\. 25 questions are unanswered; answer them and save again to keep a complete result\.$/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save this result' }));
    expect(status.textContent).toBe('This result is already saved.');
    // Said beside the button, not in the page's status at the top.
    expect(screen.getByRole('region', { name: 'Your earlier results' }).contains(status)).toBe(true);
  });

  test('deleting a saved result asks in the site’s dialog, never window.confirm', async () => {
    setOwn(FULL_ANSWERS);
    setHistoryEnabled(true);
    const confirm = vi.fn();
    vi.stubGlobal('confirm', confirm);
    await app();
    expect($history.get()).toHaveLength(1);
    fireEvent.click(await screen.findByRole('button', { name: /^Delete Result 1, saved/ }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this saved result?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect($history.get()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: /^Delete Result 1, saved/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect($history.get()).toHaveLength(0);
    expect(confirm).not.toHaveBeenCalled();
    expect(screen.getByTestId('history-status').textContent).toMatch(
      /^Deleted Result 1, saved .+: overall 7\.2, Good evidence\.$/,
    );
    expect(document.activeElement?.id).toBe('history-heading');
  });

  test('opens a result file dropped on the file area', async () => {
    await app();
    const json = JSON.stringify(resultToJson(instrument, { instrument, context: {}, answers: FULL_ANSWERS, plan: {} }));
    const zone = screen.getByLabelText('Result file (.json or .csv), or drop it here').parentElement!;
    fireEvent.drop(zone, { dataTransfer: { files: [new File([json], 'dropped.json')] } });
    await waitFor(() => expect(screen.getByTestId('viewing').textContent).toMatch(/the file “dropped.json”/));
    expect(tableRows()).toEqual(FULL_TABLE);
  });

  test('two files dropped at once: says so and opens neither', async () => {
    await app();
    const json = JSON.stringify(resultToJson(instrument, { instrument, context: {}, answers: FULL_ANSWERS, plan: {} }));
    const zone = screen.getByLabelText('Result file (.json or .csv), or drop it here').parentElement!;
    fireEvent.drop(zone, { dataTransfer: { files: [new File([json], 'a.json'), new File([json], 'b.json')] } });
    await waitFor(() =>
      expect(screen.getByTestId('import-error').textContent).toBe(
        '2 files were dropped, so none was opened: this page opens one result at a time. Drop or choose one file.',
      ),
    );
    expect(screen.queryByTestId('viewing')).toBeNull();
  });

  test('a bad code typed into the address while viewing a result is refused and leaves the address', async () => {
    const good = `#${encodeShareCode(instrument, FULL_ANSWERS)}`;
    history.replaceState(null, '', `/inventory/results/${good}`);
    await app();
    expect(screen.getByTestId('overall').textContent).toBe(FULL_OVERALL);
    history.replaceState(null, '', '/inventory/results/#CL1-THIS1SN0TAC0DE');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() =>
      expect(screen.getByTestId('import-error').textContent).toBe(
        'That share code could not be opened. This share code does not check out: a character is probably mistyped or missing. The address is back to the result shown.',
      ),
    );
    expect(location.hash).toBe(good);
    expect(screen.getByTestId('overall').textContent).toBe(FULL_OVERALL);
  });
});
