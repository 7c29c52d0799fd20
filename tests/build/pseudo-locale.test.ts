/**
 * Proof without a translator (issue 12): in the test suite's pseudo-locale build (PSEUDO_LOCALE=1,
 * see tests/tools/pseudo-build.mjs) every interface text of every page under /en-xa/ comes from
 * the dictionary, so it is transformed: accented and between ⟦ and ⟧. Any English left is text
 * written into a page or component instead of going through t(). Checked: each visible text of
 * <body>, the <title>, the meta description, and the attributes a person reads or hears
 * (aria-label, title, alt, placeholder, a button's value); not the MDX bodies (`[data-content]`:
 * translated as content, per language), not a phrase marked in another language (`lang`, such as
 * "English" in the language switcher), not <code>/<kbd>/<samp> (codes, keys and tags are formats,
 * the same in every language). The islands render on the server, so their first text is
 * in the HTML; the results page's island renders only its loading line there, the rest in the
 * browser (tests/e2e/pseudo-locale.test.ts). The islands' messages are in the file the page's data
 * block names, checked with the block's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { PSEUDO_OPEN, PSEUDO_CLOSE } from '../../src/lib/i18n';
import { PSEUDO_CODE, PSEUDO_OUT_DIR, PSEUDO_PATH } from '../tools/pseudo-build.mjs';
import { builtPages, readPage } from './dist';
import { untransformedWords } from '../pseudo-text';

if (!existsSync(join(PSEUDO_OUT_DIR, 'index.html'))) {
  throw new Error(`${PSEUDO_OUT_DIR}/ has no build: run \`npm test\`, which builds it with PSEUDO_LOCALE=1.`);
}

const prefix = PSEUDO_PATH.replace(/^\//, ''); // "en-xa/"
const pseudoPages = builtPages(PSEUDO_OUT_DIR).filter((p) => p.startsWith(prefix));
const englishPages = builtPages(PSEUDO_OUT_DIR).filter((p) => !p.startsWith(prefix) && p !== '404.html');

/** The attributes whose text a person reads or hears. */
const READ_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'] as const;

/** A page's document, parsed (no script runs). */
function parse(html: string): Document {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** Whether a node is left out of the check: MDX content, data, or a phrase in another language. */
function skipped(element: Element | null, pageLang: string): boolean {
  if (element === null) return false;
  if (element.closest('[data-content], script, style, template, code, kbd, samp')) return true;
  const lang = element.closest('[lang]')?.getAttribute('lang');
  return lang !== undefined && lang !== null && lang !== pageLang;
}

/** Every text of a page a person meets, each with where it is: "text" or "<button aria-label>". */
function interfaceTexts(document: Document, pageLang: string): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  texts.push({ where: '<title>', text: document.title });
  const description = document.querySelector('meta[name="description"]')?.getAttribute('content');
  if (description !== null && description !== undefined) texts.push({ where: '<meta description>', text: description });
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (text.trim() === '' || skipped(node.parentElement, pageLang)) continue;
    texts.push({ where: `<${node.parentElement?.tagName.toLowerCase()}>`, text: text.trim() });
  }
  for (const element of document.body.querySelectorAll('*')) {
    if (skipped(element, pageLang)) continue;
    const tag = element.tagName.toLowerCase();
    for (const name of READ_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null) texts.push({ where: `<${tag} ${name}>`, text: value });
    }
    const type = element.getAttribute('type');
    if (tag === 'input' && (type === 'button' || type === 'submit' || type === 'reset')) {
      texts.push({ where: `<input type=${type} value>`, text: element.getAttribute('value') ?? '' });
    }
  }
  return texts;
}

type Messages = Record<string, string | Record<string, string>>;

/**
 * The page's messages: its JSON data block's locale, and every message text (plural forms
 * included) of the block and of the file it names for the islands (`src`), which must exist.
 */
function dataBlock(document: Document): { locale: string; texts: [string, string][] } {
  const block = document.getElementById('i18n-messages');
  if (block === null) throw new Error('no #i18n-messages data block');
  const {
    locale,
    messages: own,
    src,
  } = JSON.parse(block.textContent ?? '') as {
    locale: string;
    messages: Messages;
    src?: string;
  };
  const fetched =
    src === undefined
      ? {}
      : (JSON.parse(readFileSync(join(PSEUDO_OUT_DIR, src.replace(/^\//, '')), 'utf8')) as Messages);
  const messages = { ...fetched, ...own };
  const texts = Object.entries(messages).flatMap(([key, message]): [string, string][] =>
    typeof message === 'string'
      ? [[key, message]]
      : Object.entries(message).map(([form, text]) => [`${key}.${form}`, text]),
  );
  return { locale, texts };
}

describe(`the pseudo-locale build (${PSEUDO_CODE} under ${PSEUDO_PATH})`, () => {
  test('has every page again under the pseudo-locale, each with <html lang>', () => {
    expect(pseudoPages.length).toBeGreaterThanOrEqual(7);
    expect(pseudoPages).toEqual(englishPages.map((p) => `${prefix}${p}`));
    for (const page of pseudoPages) {
      expect(parse(readPage(page, PSEUDO_OUT_DIR)).documentElement.getAttribute('lang'), page).toBe(PSEUDO_CODE);
    }
  });

  test('no page has untransformed English outside its MDX content (each failure names the page and the text)', () => {
    const problems: string[] = [];
    for (const page of pseudoPages) {
      const texts = interfaceTexts(parse(readPage(page, PSEUDO_OUT_DIR)), PSEUDO_CODE);
      expect(texts.length, page).toBeGreaterThan(10);
      for (const { where, text } of texts) {
        const words = untransformedWords(text);
        if (words.length > 0)
          problems.push(`/${page.replace(/index\.html$/, '')} ${where} “${text}”: ${words.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every page’s JSON data block holds the pseudo-locale’s messages only', () => {
    const problems: string[] = [];
    for (const page of pseudoPages) {
      const { locale, texts } = dataBlock(parse(readPage(page, PSEUDO_OUT_DIR)));
      expect(locale, page).toBe(PSEUDO_CODE);
      expect(texts.length, page).toBeGreaterThan(0);
      for (const [key, text] of texts) {
        if (!text.startsWith(PSEUDO_OPEN) || !text.endsWith(PSEUDO_CLOSE) || untransformedWords(text).length > 0) {
          problems.push(`/${page.replace(/index\.html$/, '')} ${key}: “${text}”`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('the same pages under / are English: no pseudo text in them or in their data blocks', () => {
    for (const page of englishPages) {
      const document = parse(readPage(page, PSEUDO_OUT_DIR));
      expect(document.documentElement.getAttribute('lang'), page).toBe('en');
      const texts = interfaceTexts(document, 'en');
      expect(texts.filter((t) => t.text.includes(PSEUDO_OPEN)).map((t) => `${page} ${t.where} ${t.text}`)).toEqual([]);
      // English text is there: the layout's skip link and navigation at least.
      expect(
        texts.some((t) => untransformedWords(t.text).length > 0),
        page,
      ).toBe(true);
      const { locale, texts: messages } = dataBlock(document);
      expect(locale, page).toBe('en');
      expect(
        messages.filter(([, text]) => text.includes(PSEUDO_OPEN)),
        page,
      ).toEqual([]);
    }
  });
});
