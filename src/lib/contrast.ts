/** WCAG 2.x colour contrast: pure functions, used by the site settings schema at build time. */

/** The contrast ratio WCAG 2.2 AA requires for normal-size text (1.4.3). */
export const AA_TEXT_CONTRAST = 4.5;

/** A six-digit (#rrggbb) or three-digit (#rgb) hex colour, case-insensitive. */
export const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The red, green and blue channels (0–255) of a hex colour; throws on anything else. */
export function parseHexColor(hex: string): [number, number, number] {
  if (!HEX_COLOR.test(hex)) throw new Error(`"${hex}" is not a hex colour such as #0b5cad`);
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** Relative luminance (0 black … 1 white) as WCAG defines it. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHexColor(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, from 1 (same) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * A ratio as people read it, e.g. "4.48:1". A failing ratio is never shown rounded up to the
 * threshold it misses (4.497 against 4.5 reads "4.49:1", not "4.50:1").
 */
export function formatRatio(ratio: number, threshold = AA_TEXT_CONTRAST): string {
  let shown = Math.round(ratio * 100) / 100;
  if (ratio < threshold && shown >= threshold) shown = Math.floor(ratio * 100) / 100;
  return `${shown.toFixed(2)}:1`;
}
