// Every text the inventory shows comes from the language file: rendered in the pseudo-locale
// (each message accented and bracketed in ⟦ ⟧), no text is left that is neither a message nor
// content from the framework (titles, statements, scale labels, bands) nor a number.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import en from '../../content/i18n/en.json';
import { Inventory } from '../../src/components/inventory/Inventory';
import { setLanguage } from '../../src/i18n/t';
import { pseudoDictionary, PSEUDO_OPEN } from '../../src/lib/i18n';
import { answer, resetAnswerStores } from '../../src/stores/answers';
import { clearNotices } from '../../src/stores/notices';
import { goToStep, type Step } from '../../src/stores/step';
import { $storageStatus, resetStorageState } from '../../src/stores/storage';
import { instrument } from './fixtures';

/** What the framework's content puts on the page: shown as written, in any language. */
const content = new Set<string>([
  ...instrument.dimensions.flatMap((d) => [d.title, d.keyStatement, d.prompt, ...d.items.map((i) => i.label)]),
  ...instrument.scale.anchors.map((a) => a.label),
  ...instrument.bands.map((b) => b.label),
  String(instrument.scale.cantJudge),
]);

/** Text nodes that are neither (part of) a message, with its ⟦ ⟧ or padding, nor content (or a list of it) nor numbers. */
function strayText(): string[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const stray: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    if (text === '' || /^[\d\s.,:()–·-]*$/.test(text) || /[⟦⟧]/.test(text)) continue;
    if (text.split(', ').every((part) => content.has(part))) continue;
    stray.push(text);
  }
  return stray;
}

async function settle() {
  for (let i = 0; i < 3; i++) await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

async function show(step: Step) {
  goToStep(step);
  await settle();
}

beforeEach(() => {
  localStorage.clear();
  // The page shows every notice the storage stores hold: start from none, whatever ran before.
  clearNotices();
  resetStorageState();
  setLanguage('en-XA', pseudoDictionary(en));
});

afterEach(() => {
  cleanup();
  setLanguage('en', en);
  resetAnswerStores();
  goToStep({ kind: 'intro' });
  clearNotices();
  resetStorageState();
  localStorage.clear();
});

test('every step of the inventory shows only messages from the language file, besides content and numbers', async () => {
  history.replaceState(null, '', '/inventory/');
  render(<Inventory instrument={instrument} />);
  await settle();
  // On a loaded machine a step's parts may still be arriving after the settle: wait for them.
  await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(PSEUDO_OPEN));
  expect(strayText()).toEqual([]);

  answer('shared-aims', 7);
  answer('clear-priorities', 'cant-judge');
  $storageStatus.set('full');
  await show({ kind: 'dimension', id: 'vision' });
  expect(await screen.findByRole('button', { name: /^⟦Ɓáçķ~+⟧$/ })).toBeTruthy();
  expect(strayText()).toEqual([]);

  await show({ kind: 'review' });
  expect(strayText()).toEqual([]);

  for (const id of ['focus', 'systems']) {
    for (const item of instrument.dimensions.find((d) => d.id === id)!.items) answer(item.id, 9);
  }
  answer('mutual-benefit', 3);
  await show({ kind: 'scores' });
  await waitFor(() => expect(document.querySelector('table caption')?.textContent).toContain(PSEUDO_OPEN));
  // The confirmation dialogs are in the page (closed) with their texts and Cancel buttons.
  fireEvent.click(screen.getAllByRole('button').find((b) => b.textContent?.includes('Šţáŕţ'))!);
  expect(strayText()).toEqual([]);
});
