import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Inventory } from '../../src/components/inventory/Inventory';
import { decodeShareCode } from '../../src/lib/share-code';
import { encodeInvitation, type Invitation } from '../../src/lib/workshop';
import { ANSWERS_KEY, resetAnswerStores, answer } from '../../src/stores/answers';
import { $invitation, $invitationProblem, INVITATION_KEY } from '../../src/stores/invitation';
import { clearNotices } from '../../src/stores/notices';
import { goToStep } from '../../src/stores/step';
import { resetStorageState } from '../../src/stores/storage';
import { instrument } from './fixtures';

const invitation: Invitation = {
  tag: 'K7Q2',
  name: 'Northshire Partnership, March 2027',
  level: 'partnership',
  partnership: 'Northshire Partnership',
  email: 'facilitator@northshire.example',
  message: 'Please take the inventory before Thursday.\nIt takes ten minutes.',
};
const CODE = encodeInvitation(invitation);

async function settle() {
  for (let i = 0; i < 3; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

async function startAt(hash = '') {
  history.replaceState(null, '', `/inventory/${hash}`);
  render(<Inventory instrument={instrument} />);
  await settle();
  // The invitation's format loads on demand: wait until it has been read (or refused).
  if (hash !== '' || localStorage.getItem(INVITATION_KEY) !== null) {
    await waitFor(() => expect(screen.queryByTestId('invitation') ?? screen.queryByRole('alert')).not.toBeNull());
  }
}

const invitationBox = () => screen.getByTestId('invitation');
const levelGroup = () => screen.getByRole('group', { name: 'Which level are you assessing? (optional)' });
const partnershipField = () =>
  screen.getByRole('textbox', { name: 'Partnership name (optional, kept on this device)' }) as HTMLInputElement;

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  resetAnswerStores();
  goToStep({ kind: 'intro' });
  clearNotices();
  resetStorageState();
  $invitation.set(null);
  $invitationProblem.set(null);
  localStorage.clear();
});

describe('opening an invitation on the inventory', () => {
  test('shows who invites and why, pre-fills the context, keeps the workshop, and clears the address', async () => {
    await startAt(`#${CODE}`);
    const box = invitationBox();
    expect(within(box).getByRole('heading', { name: 'You are invited to take part in: Northshire Partnership, March 2027' })).toBeTruthy();
    expect(box.querySelector('blockquote')?.textContent).toBe('Please take the inventory before Thursday.\nIt takes ten minutes.');
    expect(within(box).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Partnership: Northshire Partnership',
      'The facilitator asks you to assess the wider partnership: it is chosen below, and you can change it.',
      'At the end you can return your result to the facilitator as a code, a link or a QR code. Your answers stay on this device; only what you choose to send leaves it.',
    ]);
    expect((within(levelGroup()).getByRole('radio', { name: 'The wider partnership' }) as HTMLInputElement).checked).toBe(true);
    expect(partnershipField().value).toBe('Northshire Partnership');
    expect(localStorage.getItem(INVITATION_KEY)).toBe(CODE);
    expect(JSON.parse(localStorage.getItem(ANSWERS_KEY) ?? 'null').context).toEqual({
      level: 'partnership',
      partnership: 'Northshire Partnership',
    });
    expect(location.hash).toBe('');
  });

  test('the pre-filled context stays editable, and a reload keeps the workshop and the edit', async () => {
    await startAt(`#${CODE}`);
    fireEvent.click(within(levelGroup()).getByRole('radio', { name: 'My own team' }));
    await settle();
    cleanup();
    resetAnswerStores();
    $invitation.set(null);
    await startAt();
    expect(invitationBox()).toBeTruthy();
    expect((within(levelGroup()).getByRole('radio', { name: 'My own team' }) as HTMLInputElement).checked).toBe(true);
    // The same invitation opened again does not undo the person's choice.
    cleanup();
    await startAt(`#${CODE}`);
    expect((within(levelGroup()).getByRole('radio', { name: 'My own team' }) as HTMLInputElement).checked).toBe(true);
  });

  test('a mangled invitation gets a clear message, never an error, and the inventory still works', async () => {
    const mangled = CODE.slice(0, 20) + (CODE[20] === 'X' ? 'Y' : 'X') + CODE.slice(21);
    await startAt(`#${mangled}`);
    expect(screen.getByRole('alert').textContent).toBe(
      'This invitation link could not be read: This invitation does not check out: a character is probably mistyped or missing. Ask the facilitator to send the link again. You can still take the inventory; your answers are kept.Dismiss',
    );
    expect(screen.queryByTestId('invitation')).toBeNull();
    expect(localStorage.getItem(INVITATION_KEY)).toBeNull();
    expect(screen.getByRole('button', { name: 'Start the inventory' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test.each(['#CLW1-', '#clw1-%E0%A4%A', `#CLW${'9'.repeat(9000)}`])('a broken fragment %# is refused with a message', async (hash) => {
    await startAt(hash);
    expect(screen.getByRole('alert').textContent).toMatch(/^This invitation link could not be read: .+ Ask the facilitator/);
    expect(screen.queryByTestId('invitation')).toBeNull();
  });

  test('an invitation opened while the page is open (hashchange) moves to the introduction and shows it', async () => {
    await startAt();
    goToStep({ kind: 'dimension', id: 'focus' });
    await settle();
    expect(screen.queryByTestId('invitation')).toBeNull();
    history.replaceState(null, '', `/inventory/#${CODE}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    await screen.findByTestId('invitation');
    expect(screen.getByRole('heading', { level: 2, name: 'About the inventory' })).toBeTruthy();
    expect(invitationBox()).toBeTruthy();
    expect(partnershipField().value).toBe('Northshire Partnership');
    expect(location.hash).toBe('');
  });

  test('"Take the inventory without this workshop" forgets it', async () => {
    await startAt(`#${CODE}`);
    fireEvent.click(screen.getByRole('button', { name: 'Take the inventory without this workshop' }));
    await settle();
    expect(screen.queryByTestId('invitation')).toBeNull();
    expect(localStorage.getItem(INVITATION_KEY)).toBeNull();
  });
});

describe('returning the result at the end', () => {
  async function finish() {
    await startAt(`#${CODE}`);
    for (const d of instrument.dimensions) for (const item of d.items) answer(item.id, 7);
    answer('shared-data', 'cant-judge');
    goToStep({ kind: 'scores' });
    await settle();
    await screen.findByRole('region', { name: 'Return your result to Northshire Partnership, March 2027' });
  }
  const panel = () => screen.getByRole('region', { name: 'Return your result to Northshire Partnership, March 2027' });

  test('the code carries the answers, the level and the workshop tag, in large type, with the next step named', async () => {
    await finish();
    expect(screen.getByRole('link', { name: 'return your result to Northshire Partnership, March 2027' }).getAttribute('href')).toBe(
      '#return-result',
    );
    const code = within(panel()).getByTestId('return-code').textContent ?? '';
    expect(code.startsWith('CL2-')).toBe(true);
    const decoded = decodeShareCode(instrument, code);
    expect(decoded.ok && decoded.value).toEqual({
      answers: {
        'shared-aims': 7,
        'clear-priorities': 7,
        'mutual-benefit': 7,
        'key-outcomes': 7,
        'measure-value': 7,
        'shared-systems': 7,
        'shared-data': 'cant-judge',
      },
      level: 'partnership',
      tag: 'K7Q2',
    });
    // Nothing that names a person, nor the partnership's name.
    expect(code).not.toMatch(/Northshire/i);
    const link = within(panel()).getByTestId('return-link');
    expect(link.getAttribute('href')).toBe(`${location.origin}/inventory/results/#${code}`);
  });

  test('Copy code and Copy link put them on the clipboard and say so', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await finish();
    const code = within(panel()).getByTestId('return-code').textContent ?? '';
    fireEvent.click(within(panel()).getByRole('button', { name: 'Copy code' }));
    await waitFor(() =>
      expect(within(panel()).getByRole('status').textContent).toBe(
        'The code is copied. Paste it into your email or chat to the facilitator.',
      ),
    );
    fireEvent.click(within(panel()).getByRole('button', { name: 'Copy link' }));
    await waitFor(() =>
      expect(within(panel()).getByRole('status').textContent).toBe(
        'The link is copied. Paste it into your email or chat to the facilitator.',
      ),
    );
    expect(writeText.mock.calls).toEqual([[code], [`${location.origin}/inventory/results/#${code}`]]);
  });

  test('copying refused: the code is selected and the person told how to copy it', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      configurable: true,
    });
    await finish();
    fireEvent.click(within(panel()).getByRole('button', { name: 'Copy code' }));
    await waitFor(() =>
      expect(within(panel()).getByRole('status').textContent).toBe(
        'Copying is not allowed here: the code is selected, press Ctrl+C (or ⌘C) to copy it.',
      ),
    );
    expect(window.getSelection()?.toString()).toBe(within(panel()).getByTestId('return-code').textContent);
  });

  test('"Email it to the facilitator" holds the code and link; no address, no email button', async () => {
    await finish();
    const code = within(panel()).getByTestId('return-code').textContent ?? '';
    const href = within(panel()).getByRole('link', { name: 'Email it to the facilitator' }).getAttribute('href') ?? '';
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('facilitator@northshire.example');
    expect(url.searchParams.get('subject')).toBe('My inventory result for Northshire Partnership, March 2027');
    expect(url.searchParams.get('body')).toContain(`Code: ${code}\r\nLink: ${location.origin}/inventory/results/#${code}`);
    cleanup();
    goToStep({ kind: 'intro' });
    const { email: _email, ...withoutEmail } = invitation;
    localStorage.setItem(INVITATION_KEY, encodeInvitation(withoutEmail));
    await startAt();
    goToStep({ kind: 'scores' });
    await settle();
    await screen.findByRole('region', { name: 'Return your result to Northshire Partnership, March 2027' });
    expect(within(panel()).queryByRole('link', { name: 'Email it to the facilitator' })).toBeNull();
    expect(within(panel()).getByRole('button', { name: 'Copy code' })).toBeTruthy();
  });

  test('the QR code of the result link is drawn as SVG, dark on white', async () => {
    await finish();
    const svg = await waitFor(() => {
      const found = within(panel()).getByRole('img', { name: 'QR code. Scan to return this result' });
      return found;
    });
    const size = Number(svg.getAttribute('data-modules'));
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${size} ${size}`);
    expect(svg.querySelector('rect')?.getAttribute('fill')).toBe('#fff');
    expect(svg.querySelector('path')?.getAttribute('fill')).toBe('#000');
    expect(svg.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
  });

  test('without an invitation there is no return panel', async () => {
    await startAt();
    for (const d of instrument.dimensions) for (const item of d.items) answer(item.id, 5);
    goToStep({ kind: 'scores' });
    await settle();
    expect(screen.getByRole('heading', { level: 2, name: 'Your scores' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: /^Return your result/ })).toBeNull();
  });
});
