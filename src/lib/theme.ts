/**
 * The organisation's colours: which fixed colours of src/styles/global.css an accent must stand
 * out against, the contrast checks, and the small stylesheet the layout adds. Pure functions.
 */
import { AA_TEXT_CONTRAST, HEX_COLOR, contrastRatio, formatRatio } from './contrast';

/** Colour scheme names, as in `prefers-color-scheme`. */
export type Scheme = 'light' | 'dark';

/** Accent colours per scheme, as `#rrggbb`. */
export type AccentColors = Record<Scheme, string>;

/**
 * The fixed colours of src/styles/global.css that the accent meets: links sit on the page
 * background and on surfaces (cards); buttons put the button text on the accent.
 * A unit test keeps these equal to global.css.
 */
export const PALETTE: Record<Scheme, { background: string; surface: string; buttonText: string }> = {
  light: { background: '#ffffff', surface: '#f3f5f8', buttonText: '#ffffff' },
  dark: { background: '#14171c', surface: '#1f242b', buttonText: '#0b1a2a' },
};

/** One failed contrast check: the scheme whose accent fails, and a message naming the ratio. */
export interface ContrastProblem {
  scheme: Scheme;
  message: string;
}

/** Every WCAG AA contrast failure of the accent colours against the fixed colours they meet. */
export function accentContrastProblems(accent: AccentColors): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const color = accent[scheme];
    if (!HEX_COLOR.test(color)) continue; // the schema reports a malformed colour by itself
    const against = [
      ['the page background', PALETTE[scheme].background],
      ['card surfaces', PALETTE[scheme].surface],
      ['the button text', PALETTE[scheme].buttonText],
    ] as const;
    for (const [what, other] of against) {
      const ratio = contrastRatio(color, other);
      if (ratio < AA_TEXT_CONTRAST) {
        problems.push({
          scheme,
          message:
            `${color} has a contrast ratio of ${formatRatio(ratio)} against ${what} (${other}) in the ${scheme} scheme; ` +
            `WCAG AA needs at least ${AA_TEXT_CONTRAST}:1. Choose a ${scheme === 'light' ? 'darker' : 'lighter'} colour.`,
        });
      }
    }
  }
  return problems;
}

/**
 * The stylesheet that applies the accent colours as custom properties, for a `<style>` element
 * whose hash goes into the Content Security Policy. `:root:root` outranks global.css's `:root`
 * whatever order the two stylesheets end up in.
 */
export function themeStylesheet(accent: AccentColors): string {
  return (
    `:root:root{--accent:${accent.light}}` + `@media (prefers-color-scheme: dark){:root:root{--accent:${accent.dark}}}`
  );
}
