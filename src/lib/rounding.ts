/**
 * The one rounding rule for group figures: files (JSON, CSV) keep one decimal place, the screen,
 * print and present views show scale values to one decimal and percentages as whole numbers. Every
 * view and export rounds through these helpers, each once from the exact figure (never a rounded
 * figure rounded again, which would turn 45.45% into 45.5% and then 46%). What the screen shows is
 * written for the page's language by Intl ("6.0" and "45%" in English, "6,0" and "45 %" in French).
 */
import { locale } from '../i18n/t';
import { numberFormat, type NumberFormatter } from './i18n';

/** The page language's number formats for screen figures (made once per language: `numberFormat`). */
function formats(): { scale: NumberFormatter; percent: NumberFormatter } {
  const tag = locale();
  return {
    scale: numberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    percent: numberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }),
  };
}

/**
 * Round half away from zero to `places` decimals, on the decimal text of the number, so that
 * 2.25 → 2.3 and 1.005 → 1.01 (binary floating point would give 2.2 and 1 with a plain multiply).
 */
export function roundTo(value: number, places: number): number {
  const sign = value < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(value)}e${places}`);
  // A value already in exponent form (very small or large) cannot take the text route.
  const rounded = Number.isFinite(shifted) ? Math.round(shifted) : Math.round(Math.abs(value) * 10 ** places);
  const result = sign * Number(`${rounded}e-${places}`);
  return Object.is(result, -0) ? 0 : result;
}

/** A figure as it goes into a file: one decimal place (null stays null). */
export function fileFigure(value: number | null): number | null {
  return value === null ? null : roundTo(value, 1);
}

/** A value on the instrument's scale as the screen shows it: one decimal, e.g. "6.0". */
export function screenScale(value: number): string {
  return formats().scale.format(roundTo(value, 1));
}

/** A 0–100 figure as the screen shows it: a whole percent, e.g. "45%". */
export function screenPercent(value: number): string {
  return formats().percent.format(roundTo(value, 0) / 100);
}
