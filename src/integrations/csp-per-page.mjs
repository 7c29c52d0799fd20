// Trims each built page's Content Security Policy to the hashes that page uses. Astro lists the
// hashes of every inline script and style of the whole site on every page; a page's policy should
// allow only what that page runs, so that a script meant for one page is refused on another.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './built-pages.mjs';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)">/;
const STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
// Inline scripts that run: no src, and not a JSON data block (which a policy does not govern).
const SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;

/** The CSP source expression for an inline text: 'sha256-…'. */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The hashes of the inline styles and scripts that a page runs. */
export function inlineHashes(html) {
  return {
    styles: new Set([...html.matchAll(STYLE)].map((m) => hashSource(m[1]))),
    scripts: new Set([...html.matchAll(SCRIPT)].map((m) => hashSource(m[1]))),
  };
}

/**
 * The page with its policy's style-src and script-src hashes kept only where the page has that
 * inline style or script; every other source expression stays as it was. A page without a policy
 * is returned unchanged.
 */
export function trimPolicy(html) {
  const match = META.exec(html);
  if (match === null) return html;
  const used = inlineHashes(html);
  const keep = { 'style-src': used.styles, 'script-src': used.scripts };
  const policy = match[1]
    .split(';')
    .map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      const allowed = keep[name];
      if (allowed === undefined) return directive.trim();
      return [name, ...values.filter((v) => !v.startsWith("'sha256-") || allowed.has(v))].join(' ');
    })
    .filter((d) => d !== '')
    .join('; ');
  return html.replace(match[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}

/** @returns {import('astro').AstroIntegration} */
export function cspPerPageIntegration() {
  return {
    name: 'csp-per-page',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const trimmed = trimPolicy(html);
          if (trimmed !== html) writeFileSync(file, trimmed);
        }
        logger.info(`Each of ${files.length} pages' CSP lists only the hashes it uses.`);
      },
    },
  };
}
