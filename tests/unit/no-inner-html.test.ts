import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/** Source files, relative to the project root. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|js|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Places allowed to put a string in as HTML, each with the reason. Everything else renders text
 * (textContent, createElement, Preact's escaping, Astro's {expressions}). No visitor data, ever.
 */
const ALLOWED: { file: string; code: string; why: string }[] = [
  {
    file: 'src/components/BaseLayout.astro',
    code: '<style is:inline set:html={themeCss} />',
    why: 'build-time CSS from site.yaml colours that the schema only accepts as #hex; a <style> takes no {expression}',
  },
  {
    file: 'src/components/BaseLayout.astro',
    code: '<script type="application/json" is:inline id={MESSAGES_ELEMENT_ID} set:html={messagesJson} />',
    why: 'the interface messages from content/i18n as JSON, every "<" escaped as \\u003c so the data cannot close the element; a data block takes no {expression}',
  },
];

test('no source file puts a string into the page as HTML', () => {
  const sinks =
    /\b(?:innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|set:html|document\.write|createContextualFragment)\b/;
  const found = sourceFiles('src').flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => {
        const code = line.trim();
        if (/^(?:\*|\/\/|\/\*)/.test(code) || !sinks.test(code)) return []; // comments may name the sinks
        return ALLOWED.some((a) => a.file === file && a.code === code) ? [] : [`${file}:${i + 1}: ${code}`];
      }),
  );
  expect(found).toEqual([]);
});

test('each allowed use is still there (remove it from the list when it goes)', () => {
  for (const allowed of ALLOWED) expect(readFileSync(allowed.file, 'utf8')).toContain(allowed.code);
});
