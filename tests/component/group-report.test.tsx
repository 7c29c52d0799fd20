import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildInstrument, CANT_JUDGE, type Answers, type DimensionEntry } from '../../src/lib/instrument';
import type { Level } from '../../src/lib/result';
import { inventorySettingsSchema } from '../../src/lib/schemas';
import { encodeShareCode } from '../../src/lib/share-code';
import './i18n-block';

const dim = (id: string, order: number, items: string[]): DimensionEntry => ({
  id,
  data: {
    title: id.toUpperCase(),
    order,
    keyStatement: `Key ${id}`,
    prompt: `Ask about ${id}:`,
    questions: items.map((q) => ({ id: q, text: `${q}?` })),
  },
});
// Two dimensions on the default 1–12 scale, threshold 3.
const instrument = buildInstrument(
  [dim('a', 1, ['a1', 'a2']), dim('b', 2, ['b1', 'b2'])],
  inventorySettingsSchema.parse({ highlights: 1 }),
);
const code = (answers: Answers, level: Level) => encodeShareCode(instrument, answers, level);

async function renderPage() {
  vi.resetModules();
  const { default: TeamProfile } = await import('../../src/components/team/TeamProfile');
  render(<TeamProfile instrument={instrument} frameworkHref="/framework/" />);
  // The import outcomes and the figures load right after the island (not with the page).
  await waitFor(() =>
    expect(document.querySelector('.team-summary') && document.querySelector('.team-profile')).toBeTruthy(),
  );
  await waitFor(() => expect(screen.getByLabelText('Paste codes or links, or any text with them in it')).toBeTruthy());
  await waitFor(() => expect((screen.getByRole('button', { name: 'Add' }) as HTMLButtonElement).disabled).toBe(false));
}

async function paste(codes: string[]) {
  fireEvent.input(screen.getByLabelText('Paste codes or links, or any text with them in it'), {
    target: { value: codes.join('\n') },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
  await waitFor(
    () =>
      expect(document.querySelector('.team-summary')?.textContent).toBe(
        `Found ${codes.length} codes: ${codes.length} added`,
      ),
    { timeout: 5000 },
  );
}

/** Five people: three at team level, two at partnership level. */
const FIVE = [
  code({ a1: 2, a2: 4, b1: 6, b2: 6 }, 'team'),
  code({ a1: 4, a2: 4, b1: CANT_JUDGE, b2: 6 }, 'team'),
  code({ a1: 6, a2: 8, b1: CANT_JUDGE, b2: 6 }, 'team'),
  code({ a1: 8, a2: 12, b2: 6 }, 'partnership'),
  code({ a1: 10, a2: 12, b1: 9, b2: 6 }, 'partnership'),
];

/** The question table once all its rows are in (they come a dimension a task; it is busy until then). */
async function questionTable(): Promise<HTMLElement> {
  const table = await screen.findByRole('table', { name: /^Group figures by question/ });
  await waitFor(() => expect(table.getAttribute('aria-busy')).toBeNull());
  return table;
}

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => [...r.children].map((c) => c.textContent));

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('every question, for the group', () => {
  test('grouped by dimension, with counts, mean, spread and the ratings as a strip and a table', async () => {
    await renderPage();
    await paste(FIVE);
    // The question table loads in its own chunk once figures are shown.
    const table = await questionTable();
    expect(table.querySelector('caption')?.textContent).toBe('Group figures by question, on the 1–12 scale');
    // a1: 2, 4, 6, 8, 10 → mean 6 (45%), SD √8 = 2.8. a2: 4, 4, 8, 12, 12 → mean 8 (64%), SD √12.8 = 3.6.
    // b1: 6 and 9 rated, two can't judge, one unanswered → withheld. b2: all 6.
    expect(rowsOf(table)).toEqual([
      ['Question ', 'Rated', 'Can’t judge', 'Mean ⇅Mean', 'Spread (SD) ⇅Spread (SD)', 'How the ratings fall'],
      ['A'],
      ['a1?', '5', '0', '6.0 (45%)', '2.8', ''],
      ['a2?', '5', '0', '8.0 (64%)', '3.6', ''],
      ['B'],
      ['b1?', '2', '2', 'Fewer than 3 rated this question: figures withheld.'],
      ['b2?', '5', '0', '6.0 (45%)', '0.0', ''],
    ]);
    const strip = screen.getByRole('img', { name: '5 ratings: 2 at 4, 1 at 8, 2 at 12' });
    // Its bars, one path: 2 at 4 and at 12 as tall as the strip allows (20), 1 at 8 half as tall.
    expect(strip.querySelector('.team-strip-bar')?.getAttribute('d')).toBe(
      'M31.5 23h7v-20h-7zM71.5 23h7v-10h-7zM111.5 23h7v-20h-7z',
    );
    expect(strip.querySelectorAll('rect')).toHaveLength(0);
    // The counts' table follows in a task of its own.
    const counts = await screen.findByRole('table', { name: 'How many gave each point of the scale, by question' });
    expect(rowsOf(counts)[1]).toEqual(['a1?', '0', '1', '0', '1', '0', '1', '0', '1', '0', '1', '0', '0']);
  });

  test('its rows come a dimension a task: until the last, the table says it is busy', async () => {
    const { default: QuestionTable } = await import('../../src/components/team/QuestionTable');
    const { questionFigures } = await import('../../src/lib/aggregate');
    const answers = [
      { a1: 2, a2: 4, b1: 6, b2: 6 },
      { a1: 4, a2: 4, b1: 6, b2: 6 },
      { a1: 6, a2: 8, b1: 9, b2: 6 },
    ];
    render(<QuestionTable instrument={instrument} questions={questionFigures(instrument, answers)} threshold={3} />);
    const table = screen.getByRole('table', { name: 'Group figures by question, on the 1–12 scale' });
    // First render: the first dimension's rows alone, busy, no counts' table yet.
    expect(table.getAttribute('aria-busy')).toBe('true');
    expect(rowsOf(table).map((r) => r[0])).toEqual(['Question ', 'A', 'a1?', 'a2?']);
    expect(screen.queryByRole('table', { name: 'How many gave each point of the scale, by question' })).toBeNull();
    await waitFor(() => expect(table.getAttribute('aria-busy')).toBeNull());
    expect(rowsOf(table).map((r) => r[0])).toEqual(['Question ', 'A', 'a1?', 'a2?', 'B', 'b1?', 'b2?']);
    await screen.findByRole('table', { name: 'How many gave each point of the scale, by question' });
  });

  test('with the framework’s seven dimensions, the first render holds the first dimension’s rows alone', async () => {
    const { default: QuestionTable } = await import('../../src/components/team/QuestionTable');
    const { questionFigures } = await import('../../src/lib/aggregate');
    const { loadInstrument } = await import('../fixtures/instrument');
    const framework = loadInstrument();
    const everyone = framework.dimensions.flatMap((d) => d.items).map((item) => [item.id, 6] as const);
    const answers = [1, 2, 3].map(() => Object.fromEntries(everyone));
    render(<QuestionTable instrument={framework} questions={questionFigures(framework, answers)} threshold={3} />);
    const table = screen.getByRole('table', { name: 'Group figures by question, on the 1–12 scale' });
    const groups = () => [...table.querySelectorAll('.team-question-group')].map((r) => r.textContent);
    expect(table.getAttribute('aria-busy')).toBe('true');
    expect(groups()).toEqual(['Collective Vision']);
    expect(table.querySelectorAll('tbody tr:not(.team-question-group)')).toHaveLength(6);
    await waitFor(() => expect(table.getAttribute('aria-busy')).toBeNull());
    expect(groups()).toEqual(framework.dimensions.map((d) => d.title));
    expect(table.querySelectorAll('tbody tr:not(.team-question-group)')).toHaveLength(27);
  });

  test('sorted by mean and by spread with native buttons; aria-sort says how', async () => {
    await renderPage();
    await paste(FIVE);
    await questionTable();
    const table = () => screen.getByRole('table', { name: /^Group figures by question/ });
    const firstCells = () =>
      rowsOf(table())
        .slice(1)
        .map((r) => r[0]);
    fireEvent.click(within(table()).getByRole('button', { name: 'Mean' }));
    // Lowest mean first; ties (a1 and b2 at 6) in framework order; the withheld question last.
    expect(firstCells()).toEqual(['A: a1?', 'B: b2?', 'A: a2?', 'B: b1?']);
    expect(within(table()).getByRole('columnheader', { name: 'Mean' }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(table()).getByRole('button', { name: 'Mean' }));
    expect(firstCells()).toEqual(['A: a2?', 'A: a1?', 'B: b2?', 'B: b1?']);
    expect(within(table()).getByRole('columnheader', { name: 'Mean' }).getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(table()).getByRole('button', { name: 'Spread (SD)' }));
    expect(firstCells()).toEqual(['A: a2?', 'A: a1?', 'B: b2?', 'B: b1?']);
    expect(within(table()).getByRole('columnheader', { name: 'Mean' }).getAttribute('aria-sort')).toBeNull();
    expect(within(table()).getByRole('columnheader', { name: 'Spread (SD)' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    fireEvent.click(within(table()).getByRole('button', { name: 'Framework order' }));
    expect(firstCells()).toEqual(['A', 'a1?', 'a2?', 'B', 'b1?', 'b2?']);
  });
});

describe('talking points', () => {
  test('widest spread and most often "can’t judge", each linked to its question in the framework', async () => {
    await renderPage();
    await paste(FIVE);
    const spread = await screen.findByRole('region', { name: 'The widest spread of ratings' });
    expect(
      within(spread)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'a2?Spread (SD) 3.6, mean 8.0. Open this question in the framework: a2?',
      'a1?Spread (SD) 2.8, mean 6.0. Open this question in the framework: a1?',
    ]);
    expect(within(spread).getAllByRole('link')[0]!.getAttribute('href')).toBe('/framework/#q-a2');
    const unsure = screen.getByRole('region', { name: 'Most often “can’t judge”' });
    expect(
      within(unsure)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'b1?2 of 5 people could not judge this: where do we lack evidence? Open this question in the framework: b1?',
    ]);
  });
});

describe('levels side by side', () => {
  test('a level below the threshold is named as withheld', async () => {
    await renderPage();
    await paste(FIVE);
    const levels = await screen.findByRole('region', { name: 'Levels side by side' });
    expect(levels.textContent).toContain('Withheld: Partnership (2 results).');
    expect(within(levels).queryByRole('table')).toBeNull();
  });

  test('two levels at the threshold: one table compares them per dimension', async () => {
    await renderPage();
    await paste([...FIVE, code({ a1: 12, a2: 12, b1: 3, b2: 3 }, 'partnership')]);
    const levels = await screen.findByRole('region', { name: 'Levels side by side' });
    // Team a: 3, 4, 7 → 14/3 = 4.7 (33%); b: 6, 6, 6 → 6.0 (45%).
    // Partnership a: 10, 11, 12 → 11.0 (91%); b: 6, 7.5, 3 → 5.5 (41%).
    expect(rowsOf(within(levels).getByRole('table'))).toEqual([
      ['Dimension', 'Team (3 results)', 'Partnership (3 results)'],
      ['A', '4.7 (33%)', '11.0 (91%)'],
      ['B', '6.0 (45%)', '5.5 (41%)'],
    ]);
    expect(within(levels).getByRole('img').getAttribute('aria-label')).toMatch(/^Radar chart of each level/);
  });
});

describe('present mode', () => {
  test('one dimension per screen, arrow keys and buttons move, Escape leaves and focus returns', async () => {
    await renderPage();
    await paste(FIVE);
    const open = await screen.findByRole('button', { name: 'Present to the room' });
    fireEvent.click(open);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.getAttribute('aria-label')).toBe('Present mode, screen 1 of 3: Collective profile');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Collective profile'));
    // No editing control: only the three buttons that move or leave.
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['← Previous', 'Next →', 'Leave present mode']);
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    fireEvent.keyDown(dialog, { key: 'ArrowRight' });
    await waitFor(() => expect(dialog.getAttribute('aria-label')).toBe('Present mode, screen 2 of 3: A'));
    expect(document.activeElement?.textContent).toBe('A');
    // A: people's means 3, 4, 7, 10, 11 → 35 / 5 = 7.0 (55%); lowest 3, highest 11 at five results.
    expect(dialog.textContent).toContain('Group mean 7.0 on 1–12 (55%)');
    expect(dialog.textContent).toContain('lowest 3.0, highest 11.0');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next →' }));
    await waitFor(() => expect(dialog.getAttribute('aria-label')).toBe('Present mode, screen 3 of 3: B'));
    fireEvent.keyDown(dialog, { key: 'Home' });
    await waitFor(() =>
      expect(dialog.getAttribute('aria-label')).toBe('Present mode, screen 1 of 3: Collective profile'),
    );
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(open);
  });
});
