import { describe, expect, test } from 'vitest';
import { isIslandScript, moveIslandScripts } from '../../src/integrations/island-scripts-last.mjs';

const directive =
  '(()=>{var m=1;(self.Astro||(self.Astro={})).paint=m;window.dispatchEvent(new Event("astro:paint"));})();';
const runtime = '(()=>{customElements.define("astro-island",class extends HTMLElement{})})();';

describe('Astro’s island scripts at the end of <body>', () => {
  test('the runtime and its directives move, in their order; other scripts and the island stay where they were', () => {
    const before =
      '<html><body><main><h1>T</h1><div class="island"><style>astro-island{display:contents}</style>' +
      `<script>${directive}</script><script>${runtime}</script><astro-island client="paint"></astro-island></div>` +
      '<p>after</p></main><script>other()</script><script type="application/json">{}</script>' +
      '<script type="module">m()</script></body></html>';
    expect(moveIslandScripts(before)).toBe(
      '<html><body><main><h1>T</h1><div class="island"><style>astro-island{display:contents}</style>' +
        '<astro-island client="paint"></astro-island></div>' +
        '<p>after</p></main><script>other()</script><script type="application/json">{}</script>' +
        `<script type="module">m()</script><script>${directive}</script><script>${runtime}</script></body></html>`,
    );
  });

  test('a page without islands, or without a </body>, is left as it is', () => {
    const plain = '<html><body><p>x</p><script>other()</script></body></html>';
    expect(moveIslandScripts(plain)).toBe(plain);
    const open = `<p>x</p><script>${runtime}</script>`;
    expect(moveIslandScripts(open)).toBe(open);
  });

  test('knows the runtime and a directive from any other script', () => {
    expect(isIslandScript(runtime)).toBe(true);
    expect(isIslandScript(directive)).toBe(true);
    expect(isIslandScript('window.Astro = 1')).toBe(false);
  });
});
