/**
 * Layout that survives other languages (issue 12): the site's CSS uses logical properties only,
 * so that a right-to-left language mirrors the page by itself. This scans every style sheet of
 * src/ (the .css files and the <style> blocks of .astro files) and fails on any physical side:
 * `margin-left`, `padding-right`, `border-left`, `left:`/`top:`, `text-align: left`,
 * `float: right`, …, and on a four-value shorthand whose left and right differ.
 * Axes (`overflow-x`, `width`, `height`) are allowed: they do not flip with the direction.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Physical declarations that are there on purpose: `file` (relative to the project), the
 * declaration as reported, and why. Keep it tiny; every entry must still match, or the test
 * fails and asks for its removal.
 */
const ALLOWED: readonly { file: string; declaration: string; why: string }[] = [];

const SIDES = '(?:left|right|top|bottom)';
/** A property named after a physical side: margin-left, border-top-width, border-top-left-radius, … */
const PHYSICAL_PROPERTY = new RegExp(
  `^(?:(?:margin|padding|border|scroll-margin|scroll-padding)-${SIDES}(?:-.*)?|${SIDES})$`,
);
/** Properties whose keywords name a physical side. */
const PHYSICAL_VALUE: Record<string, RegExp> = {
  'text-align': /^(?:left|right)\b/,
  'text-align-last': /^(?:left|right)\b/,
  float: /^(?:left|right)\b/,
  clear: /^(?:left|right)\b/,
};
/** Shorthands in top/right/bottom/left order: physical when the right and left values differ. */
const BOX_SHORTHANDS = new Set(['margin', 'padding', 'inset', 'border-width', 'border-style', 'border-color']);

/** Split a value at top-level spaces (not inside calc(), min(), var(), …). */
function valueParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

/** Why a declaration is physical (it does not follow the writing direction), or undefined. */
function physicalReason(property: string, rawValue: string): string | undefined {
  const value = rawValue.replace(/!important/, '').trim();
  if (PHYSICAL_PROPERTY.test(property)) return 'names a physical side: use the -inline-/-block- (or inset-*) property';
  const keyword = PHYSICAL_VALUE[property];
  if (keyword?.test(value)) return 'names a physical side: use start/end (or inline-start/inline-end)';
  const parts = valueParts(value);
  if (BOX_SHORTHANDS.has(property) && parts.length === 4 && parts[1] !== parts[3]) {
    return 'its right and left values differ: use the -inline-start/-inline-end properties';
  }
  if (property === 'border-radius' && !value.includes('/')) {
    // top-left, top-right, bottom-right, bottom-left (missing ones repeat): the same mirrored?
    const [a, b = a, c = a, d = b] = parts;
    if (a !== b || c !== d) return 'its corners differ from left to right: use border-start-start-radius and the like';
  }
  return undefined;
}

/** Every physical declaration in a style sheet's text, with its line (counted from `firstLine`). */
function physicalDeclarations(css: string, firstLine = 1): { line: number; declaration: string; reason: string }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const found: { line: number; declaration: string; reason: string }[] = [];
  // A declaration follows `{` or `;` and ends at `;` or `}` (a selector such as `a:hover {` ends at `{`).
  for (const match of text.matchAll(/(?<=[{;]\s*)([-a-z]+)\s*:\s*([^;{}]+?)\s*(?=[;}])/g)) {
    const [declaration, property = '', value = ''] = match;
    const reason = physicalReason(property, value);
    if (reason === undefined) continue;
    const line = firstLine + text.slice(0, match.index).split('\n').length - 1;
    found.push({ line, declaration: declaration.replace(/\s+/g, ' '), reason });
  }
  return found;
}

/** The style sheets of src/: each .css file whole, and each <style> block of an .astro file. */
function styleSheets(): { file: string; css: string; firstLine: number }[] {
  const sheets: { file: string; css: string; firstLine: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.css'))
        sheets.push({ file: relative(ROOT, path), css: readFileSync(path, 'utf8'), firstLine: 1 });
      else if (entry.name.endsWith('.astro')) {
        const source = readFileSync(path, 'utf8');
        for (const block of source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
          const start = block.index + block[0].indexOf('>') + 1;
          sheets.push({
            file: relative(ROOT, path),
            css: block[1] as string,
            firstLine: source.slice(0, start).split('\n').length,
          });
        }
      }
    }
  };
  walk(join(ROOT, 'src'));
  return sheets;
}

describe('logical CSS properties', () => {
  test('the scanner finds each kind of physical declaration, and passes their logical equivalents', () => {
    const css = `
.a { margin-left: 1rem; padding-right: 0; border-left: 4px solid red; }
.b:hover { left: 0; top: -3rem; text-align: left; float: right !important; clear: left; }
@media print { .c { border-top-left-radius: 2px; margin: 0 1rem 0 0; border-radius: 4px 0 0 4px; } }
.ok { margin-inline-start: 1rem; padding-inline-end: 0; border-inline-start: 4px solid red;
  inset-inline-start: 0; inset-block-start: -3rem; text-align: start; margin: 0 auto; margin: 0 1rem 1rem;
  padding: 1px 2px 3px 2px; border-radius: var(--r) var(--r) 0 0; inset: 0; overflow-x: auto; width: min(1rem, 2px); }
a:hover { color: red }`;
    expect(physicalDeclarations(css).map((d) => `${d.line} ${d.declaration}`)).toEqual([
      '2 margin-left: 1rem',
      '2 padding-right: 0',
      '2 border-left: 4px solid red',
      '3 left: 0',
      '3 top: -3rem',
      '3 text-align: left',
      '3 float: right !important',
      '3 clear: left',
      '4 border-top-left-radius: 2px',
      '4 margin: 0 1rem 0 0',
      '4 border-radius: 4px 0 0 4px',
    ]);
  });

  test('every style sheet in src/ uses logical properties only (each failure named with file and line)', () => {
    const sheets = styleSheets();
    // The scan reads the site's style sheets: global.css, the islands' CSS and the pages' <style> blocks.
    expect(sheets.map((s) => s.file)).toEqual(
      expect.arrayContaining([
        'src/styles/global.css',
        'src/components/team/team.css',
        'src/components/FrameworkTabs.astro',
      ]),
    );
    const used = new Set<(typeof ALLOWED)[number]>();
    const problems: string[] = [];
    for (const { file, css, firstLine } of sheets) {
      for (const { line, declaration, reason } of physicalDeclarations(css, firstLine)) {
        const allowed = ALLOWED.find((a) => a.file === file && a.declaration === declaration);
        if (allowed) used.add(allowed);
        else problems.push(`${file}:${line}: ${declaration}: ${reason}`);
      }
    }
    for (const entry of ALLOWED) {
      if (!used.has(entry))
        problems.push(`${entry.file}: "${entry.declaration}" is allowed but no longer used: remove it from ALLOWED`);
    }
    expect(problems).toEqual([]);
  });
});
