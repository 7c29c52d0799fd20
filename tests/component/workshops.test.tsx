import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildInstrument, type DimensionEntry } from '../../src/lib/instrument';
import { inventorySettingsSchema } from '../../src/lib/schemas';
import { encodeShareCode } from '../../src/lib/share-code';
import { decodeInvitation } from '../../src/lib/workshop';
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
const instrument = buildInstrument(
  [dim('a', 1, ['a1', 'a2']), dim('b', 2, ['b1']), dim('c', 3, ['c1', 'c2'])],
  inventorySettingsSchema.parse({ highlights: 1 }),
);
const code = (a: number, b: number, c: number, tag?: string) =>
  encodeShareCode(instrument, { a1: a, a2: a, b1: b, c1: c, c2: c }, 'team', tag);

async function renderPage() {
  vi.resetModules();
  const { default: TeamProfile } = await import('../../src/components/team/TeamProfile');
  render(<TeamProfile instrument={instrument} frameworkHref="/framework/" />);
  // The import outcomes and the figures load right after the island (not with the page).
  await waitFor(() =>
    expect(document.querySelector('.team-summary') && document.querySelector('.team-profile')).toBeTruthy(),
  );
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Workshop: My workshop' })).toBeTruthy());
  await waitFor(() => expect((screen.getByRole('button', { name: 'Add' }) as HTMLButtonElement).disabled).toBe(false));
}

const workshopStatus = () => document.querySelector('.team-workshop-status')?.textContent;
const summary = () => document.querySelector('.team-summary')?.textContent;
const input = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

function paste(text: string) {
  input('Paste codes or links, or any text with them in it', text);
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
}

async function createWorkshop(name: string, extra: () => void = () => {}) {
  fireEvent.click(screen.getByRole('button', { name: 'New workshop' }));
  await waitFor(() => expect(screen.getByLabelText('Workshop name')).toBeTruthy());
  input('Workshop name', name);
  extra();
  fireEvent.click(screen.getByRole('button', { name: 'Create workshop' }));
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the workshop manager', () => {
  test('creates a workshop, refuses a bad address with the reason, and the invitation link carries it', async () => {
    await renderPage();
    await createWorkshop('Northshire Partnership, March 2027', () => {
      fireEvent.click(screen.getByLabelText('A partnership'));
      input('Partnership name (optional)', 'Northshire');
      input('Return email address (optional)', 'not an address');
    });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('“not an address” is not an email address.'),
    );
    input('Return email address (optional)', 'f@northshire.example');
    input('Short message to participants (optional)', 'See you on Thursday.');
    fireEvent.click(screen.getByRole('button', { name: 'Create workshop' }));
    await waitFor(() =>
      expect(workshopStatus()).toBe('Workshop “Northshire Partnership, March 2027” created and opened.'),
    );
    expect(screen.getByRole('heading', { name: 'Workshop: Northshire Partnership, March 2027' })).toBe(
      document.activeElement,
    );
    await screen.findByLabelText('Invitation link');
    const linkField = () => (screen.getByLabelText('Invitation link') as HTMLInputElement).value;
    await waitFor(() =>
      expect(decodeInvitation(linkField())).toMatchObject({
        ok: true,
        value: { name: 'Northshire Partnership, March 2027' },
      }),
    );
    const link = linkField();
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/inventory\/#CLW1-/);
    const decoded = decodeInvitation(link);
    expect(decoded).toEqual({
      ok: true,
      value: {
        tag: decoded.ok ? decoded.value.tag : '',
        name: 'Northshire Partnership, March 2027',
        level: 'partnership',
        partnership: 'Northshire',
        email: 'f@northshire.example',
        message: 'See you on Thursday.',
      },
    });
    const sheet = screen.getByRole('article', { name: 'Invitation: Northshire Partnership, March 2027' });
    expect(within(sheet).getByText('See you on Thursday.')).toBeTruthy();
    expect(within(sheet).getByText(/^Your answers stay on your device/)).toBeTruthy();
    expect(screen.getByText(`${decoded.ok ? decoded.value.tag : ''}`)).toBeTruthy();
  });

  test('copies the link and says so next to the button', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await renderPage();
    await waitFor(() => screen.getByRole('button', { name: 'Copy the link' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the link' }));
    await waitFor(() => expect(document.querySelector('.team-copy-status')?.textContent).toBe('Link copied.'));
    expect(writeText).toHaveBeenCalledWith((screen.getByLabelText('Invitation link') as HTMLInputElement).value);
    vi.unstubAllGlobals();
  });

  test('each workshop keeps its own results; switching shows them; deleting asks first', async () => {
    await renderPage();
    paste(`${code(2, 4, 6)} ${code(4, 4, 8)}`);
    await waitFor(() => expect(summary()).toBe('Found 2 codes: 2 added'));
    await createWorkshop('Second');
    await waitFor(() => expect(workshopStatus()).toBe('Workshop “Second” created and opened.'));
    // When that is said, the invitation is already the new workshop's: a link copied then is the right one.
    expect(decodeInvitation((screen.getByLabelText('Invitation link') as HTMLInputElement).value)).toMatchObject({
      ok: true,
      value: { name: 'Second' },
    });
    await waitFor(() =>
      expect(document.querySelector('.team-threshold')?.textContent).toBe('0 results: figures shown from 3'),
    );
    fireEvent.change(screen.getByLabelText('Your workshops on this device'), {
      target: { value: screen.getByRole('option', { name: 'My workshop' }).getAttribute('value') },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(workshopStatus()).toBe('Opened “My workshop”.'));
    await waitFor(() =>
      expect(document.querySelector('.team-threshold')?.textContent).toBe('2 results: figures shown from 3'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete this workshop' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “My workshop”?' });
    expect(within(dialog).getByText(/^Its invitation details, its 2 results and its group plan will be removed/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('heading', { name: 'Workshop: My workshop' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete this workshop' }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Delete “My workshop”?' })).getByRole('button', {
        name: 'Delete this workshop',
      }),
    );
    await waitFor(() => expect(workshopStatus()).toBe('Workshop “My workshop” deleted.'));
    expect(screen.getByRole('heading', { name: 'Workshop: Second' })).toBeTruthy();
    expect(screen.queryByLabelText('Your workshops on this device')).toBeNull();
  });

  test('edits the open workshop', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Edit this workshop' }));
    await waitFor(() => expect((screen.getByLabelText('Workshop name') as HTMLInputElement).value).toBe('My workshop'));
    input('Workshop name', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The workshop needs a name.'));
    input('Workshop name', 'Renamed');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Workshop: Renamed' })).toBeTruthy());
    // Said once the views show the change (the status waits for their re-render).
    await waitFor(() => expect(workshopStatus()).toBe('Changes saved.'));
  });
});

describe('gathering into a workshop', () => {
  test('every outcome of a chat-like text: added, duplicate, from another workshop (kept or skipped), refused', async () => {
    await renderPage();
    const tag = ((await screen.findByLabelText('Invitation link')) as HTMLInputElement).value.length > 0 ? decodeTag() : '';
    const other = tag === 'AAAA' ? 'BBBB' : 'AAAA';
    const typo = code(5, 5, 5).replace(/.$/, (c) => (c === 'Z' ? 'Y' : 'Z'));
    paste(
      [
        `[10:01] Ann: here you go ${code(2, 4, 6, tag)}`,
        `[10:02] Bob: mine is https://example.org/inventory/results/#${code(4, 4, 8)} :)`,
        `[10:03] Cyd: ${code(9, 4, 10, other)}`,
        `[10:04] Dee: ${typo}`,
        `[10:05] Ann: sent twice, sorry ${code(2, 4, 6, tag)}`,
      ].join('\n'),
    );
    await waitFor(() =>
      expect(summary()).toBe('Found 5 codes: 2 added, 1 duplicate, 1 from another workshop (keep or skip), 1 refused'),
    );
    expect(screen.getByRole('list', { name: /^From another workshop/ }).textContent).toMatch(
      new RegExp(
        `^Code 3 \\(CL2-.{9}…\\): Made for another workshop \\(tag ${other}; this workshop’s is ${tag}\\): keep it or skip it\\.$`,
      ),
    );
    expect(screen.getByRole('list', { name: /^Duplicates/ }).textContent).toMatch(
      /^Code 5 \(CL2-.{9}…\): Not counted twice: the same answers and level as code 1 \(CL2-/,
    );
    expect(document.querySelector('.team-threshold')?.textContent).toBe('2 results: figures shown from 3');
    // The text had a refused code, so it stays for correcting.
    expect(
      (screen.getByLabelText('Paste codes or links, or any text with them in it') as HTMLTextAreaElement).value,
    ).toContain(typo);
    const strays = screen.getByRole('group', { name: `1 result was made for another workshop (${other})` });
    fireEvent.click(within(strays).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(summary()).toBe('1 from another workshop kept and added.'));
    expect(document.querySelector('.team-threshold')?.textContent).toBe('3 results: figures shown from 3');
    expect(screen.queryByRole('group', { name: /made for another workshop/ })).toBeNull();
    paste(`and one more: ${code(1, 1, 1, other)}`);
    await waitFor(() => screen.getByRole('group', { name: `1 result was made for another workshop (${other})` }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip it' }));
    await waitFor(() => expect(summary()).toBe('1 from another workshop skipped: not added.'));
    expect(document.querySelector('.team-threshold')?.textContent).toBe('3 results: figures shown from 3');
  });

  test('text without any code says so and is kept', async () => {
    await renderPage();
    paste('Thanks all, see you Thursday! CL1 is on the agenda.');
    await waitFor(() => expect(summary()).toBe('No share codes or result links found in this text.'));
    expect(
      (screen.getByLabelText('Paste codes or links, or any text with them in it') as HTMLTextAreaElement).value,
    ).toBe('Thanks all, see you Thursday! CL1 is on the agenda.');
  });
});

function decodeTag(): string {
  const decoded = decodeInvitation((screen.getByLabelText('Invitation link') as HTMLInputElement).value);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.value.tag;
}
