import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildInstrument, type DimensionEntry } from '../../src/lib/instrument';
import { inventorySettingsSchema } from '../../src/lib/schemas';
import { encodeShareCode } from '../../src/lib/share-code';
import './i18n-block';

const dim = (id: string, order: number, items: string[]): DimensionEntry => ({
  id,
  data: {
    title: id.toUpperCase(),
    order,
    keyStatement: 'k',
    prompt: `Ask about ${id}:`,
    questions: items.map((q) => ({ id: q, text: `${q}?` })),
  },
});
// Three dimensions on the default 1–12 scale, threshold 3.
const instrument = buildInstrument(
  [dim('a', 1, ['a1', 'a2']), dim('b', 2, ['b1']), dim('c', 3, ['c1', 'c2'])],
  inventorySettingsSchema.parse({ highlights: 1 }),
);
const code = (a: number, b: number, c: number) =>
  encodeShareCode(instrument, { a1: a, a2: a, b1: b, c1: c, c2: c }, 'team');

async function renderPage() {
  vi.resetModules();
  const { default: TeamProfile } = await import('../../src/components/team/TeamProfile');
  render(<TeamProfile instrument={instrument} frameworkHref="/framework/" />);
  // The import outcomes and the figures load right after the island (not with the page); the
  // figures' module is the largest, and its first import in a run can take over a second.
  await waitFor(
    () => expect(document.querySelector('.team-summary') && document.querySelector('.team-profile')).toBeTruthy(),
    { timeout: 5000 },
  );
  await waitFor(() => expect(screen.getByLabelText('Paste codes or links, or any text with them in it')).toBeTruthy());
  await waitFor(() => expect((screen.getByRole('button', { name: 'Add' }) as HTMLButtonElement).disabled).toBe(false));
}

const summary = () => document.querySelector('.team-summary')?.textContent;

function paste(text: string) {
  fireEvent.input(screen.getByLabelText('Paste codes or links, or any text with them in it'), {
    target: { value: text },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the collective profile island', () => {
  test('empty: says how many results are needed and shows no figures', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { name: 'Your collection: 0 results' })).toBeTruthy();
    expect(screen.getByText(/Add 3 more results to see the group’s figures\./)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  test('two results: still below the threshold, one more needed', async () => {
    await renderPage();
    paste(`${code(2, 4, 6)}\n${code(4, 4, 8)}`);
    await waitFor(() => expect(summary()).toBe('Found 2 codes: 2 added'));
    expect(await screen.findByText(/Add 1 more result to see the group’s figures\./)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  test('the last result removed can be put back: the list stays while the collection is empty', async () => {
    await renderPage();
    paste(code(2, 4, 6));
    await waitFor(() => expect(summary()).toBe('Found 1 code: 1 added'));
    const details = document.querySelector('details.team-results') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove result 1' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Your collection: 0 results' })).toBeTruthy());
    expect(screen.getByText('Result 1 removed.')).toBeTruthy();
    expect(document.querySelector('details.team-results')).toBe(details);
    fireEvent.click(screen.getByRole('button', { name: 'Undo: put result 1 back' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Your collection: 1 result' })).toBeTruthy());
    expect(screen.getByText('Result 1 · My own team')).toBeTruthy();
  });

  test('three results in a chat, text that is not a code ignored, a mistyped code named', async () => {
    await renderPage();
    const typo = code(5, 5, 5).replace(/.$/, (c) => (c === 'Z' ? 'Y' : 'Z'));
    paste(`Ann: ${code(2, 4, 6)}\nBob: CL1-*** sorry\nCyd: ${typo}\n${code(4, 4, 8)} <${code(9, 4, 10)}>`);
    await waitFor(() => expect(summary()).toBe('Found 4 codes: 3 added, 1 refused'));
    expect(screen.getByRole('list', { name: /^Refused/ }).textContent).toBe(
      `Code 2 (${typo.slice(0, 13)}…): This looks like a share code but does not check out: a character is probably mistyped or missing.`,
    );
    expect(document.querySelector('.team-threshold')?.textContent).toBe('3 results: figures shown from 3');
    const rows = (await screen.findAllByRole('row')).map((r) => [...r.children].map((c) => c.textContent));
    // a: 2, 4, 9 → mean 5; squares 9 + 1 + 16 = 26; SD √(26/3) ≈ 2.94.
    // b: 4, 4, 4 → mean 4, SD 0. c: 6, 8, 10 → mean 8; squares 4 + 0 + 4 → SD √(8/3) ≈ 1.63.
    // One decimal on the scale, whole percents; lowest and highest withheld below five results.
    expect(rows.slice(1, 4)).toEqual([
      ['A', '3', '5.0 (36%)', 'withheld', 'withheld', '2.9', 'Views differ widely'],
      ['B', '3', '4.0 (27%)', 'withheld', 'withheld', '0.0', 'High agreement'],
      ['C', '3', '8.0 (64%)', 'withheld', 'withheld', '1.6', 'Some disagreement'],
    ]);
    // Views differ most on A: its questions are offered for discussion, with a link to the framework
    // (the profile's first render is spread over tasks: this part comes after the figures).
    expect((await screen.findByRole('link', { name: 'Read about A in the framework' })).getAttribute('href')).toBe(
      '/framework/#a',
    );
    expect(within(screen.getByRole('region', { name: 'Where views differ most' })).getByText('a1?')).toBeTruthy();
  });
});
