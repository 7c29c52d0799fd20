// Moves Astro's island scripts to the end of each built page's <body>.
//
// Astro writes its island runtime (the <astro-island> element) and each hydration directive it uses
// as classic inline scripts just before a page's first island. A classic script waits for the page's
// stylesheets before it runs, and the HTML parser waits with it: the browser painted what came
// before the island (the header, the heading) and then laid out the rest in a task of its own, after
// the first paint, on one load in two of the collective page (10-40 ms on this machine, a long task
// at a phone's speed). At the end of <body>, the whole page is parsed by the time the stylesheets
// have come, and laid out once, before its first paint.
//
// The scripts keep their order, run before the page's module scripts as they did, and an island
// read before its element is defined is upgraded when it is. Their text does not change, so the
// Content Security Policy's hashes still match.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './built-pages.mjs';

/** A classic inline script: no attributes (so neither a module, nor a data block, nor external). */
const CLASSIC_INLINE = /<script>([\s\S]*?)<\/script>/g;

/** Whether an inline script's text is Astro's island runtime or one of its hydration directives. */
export function isIslandScript(text) {
  return text.includes('customElements.define("astro-island"') || text.includes('(self.Astro||(self.Astro={}))');
}

/** The page with its island scripts moved, in their order, to just before `</body>`. */
export function moveIslandScripts(html) {
  const moved = [];
  const rest = html.replace(CLASSIC_INLINE, (whole, text) => {
    if (!isIslandScript(text)) return whole;
    moved.push(whole);
    return '';
  });
  if (moved.length === 0) return html;
  const end = rest.lastIndexOf('</body>');
  if (end < 0) return html;
  return rest.slice(0, end) + moved.join('') + rest.slice(end);
}

/** @returns {import('astro').AstroIntegration} */
export function islandScriptsLastIntegration() {
  return {
    name: 'island-scripts-last',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let pages = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const moved = moveIslandScripts(html);
          if (moved === html) continue;
          writeFileSync(file, moved);
          pages++;
        }
        logger.info(`Island scripts at the end of <body> on ${pages} pages.`);
      },
    },
  };
}
