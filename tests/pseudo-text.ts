/**
 * The rule the pseudo-locale tests apply to a text a person meets (tests/build/pseudo-locale.test.ts
 * and tests/e2e/pseudo-locale.test.ts): once every ⟦…⟧ (a message of the pseudo-locale, nested or
 * not) is taken out, no two ASCII letters may follow each other. Numbers, punctuation and symbols
 * may remain; a letter pair outside the brackets is English that did not go through the dictionary.
 */
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../src/lib/i18n';

/** Words allowed outside ⟦…⟧, each with its reason; keep this tiny. None is needed so far. */
const ALLOWED = new Set<string>([]);

const innermost = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'g');

/** The text with every ⟦…⟧ segment removed (innermost first, so nested ones go too). */
export function withoutPseudo(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(innermost, ' ');
  }
  return rest;
}

/**
 * The runs of two or more ASCII letters left in `text` outside ⟦…⟧ (empty: all transformed). A web
 * address shown as text (an invitation link) is left out: an address is the same in every language.
 */
export function untransformedWords(text: string): string[] {
  return [
    ...withoutPseudo(text)
      .replace(/\bhttps?:\/\/\S+/g, ' ')
      .matchAll(/[A-Za-z]{2,}/g),
  ]
    .map((m) => m[0])
    .filter((word) => !ALLOWED.has(word));
}
