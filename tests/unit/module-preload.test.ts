import { describe, expect, test } from 'vitest';
import { addModulePreloads, importClosure, staticImports } from '../../src/integrations/module-preload.mjs';

describe('a page lists the modules its scripts import, so they are fetched side by side', () => {
  test('a chunk’s static imports are its leading import statements; imports on demand are not', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/c.js"])))=>i.map(i=>d[i]);\n' +
      'import{t as e}from"./preload-helper.D1.js";import"./side.js";import*as x from"./all.js";' +
      'e(()=>import(`./c.js`),[]);const s="import{a}from\\"./not-an-import.js\\"";';
    expect(staticImports(code)).toEqual(['./preload-helper.D1.js', './side.js', './all.js']);
    expect(staticImports('function f(){return import("./late.js")}')).toEqual([]);
    // After the compile hint on the first line (src/integrations/compile-hints.mjs).
    expect(staticImports('//# allFunctionsCalledOnLoad\nimport{h}from"./helper.js";import"./own.js";h();')).toEqual([
      './helper.js',
      './own.js',
    ]);
  });

  test('the closure follows imports of imports once each, in order, without the script itself', () => {
    const files: Record<string, string> = {
      '/base/_astro/entry.js': 'import{a}from"./a.js";import{b}from"./b.js";a(b);',
      '/base/_astro/a.js': 'import{b}from"./b.js";import"./entry.js";export const a=b;',
      '/base/_astro/b.js': 'export const b=1;',
    };
    const read = (path: string) => files[path]!;
    expect(importClosure('/base/_astro/entry.js', read)).toEqual(['/base/_astro/a.js', '/base/_astro/b.js']);
  });

  test('each module script gets its links just before it; a module is listed once per page', () => {
    const files: Record<string, string> = {
      '/_astro/one.js': 'import{h}from"./helper.js";h();',
      '/_astro/two.js': 'import{h}from"./helper.js";import"./own.js";h();',
      '/_astro/helper.js': 'export const h=()=>{};',
      '/_astro/own.js': '',
      '/_astro/plain.js': 'console.log(1)',
    };
    const read = (path: string) => files[path]!;
    const html =
      '<head><script type="module" src="/_astro/one.js"></script></head>' +
      '<body><script type="module" src="/_astro/two.js"></script><script type="module" src="/_astro/plain.js"></script>' +
      '<script type="module">inline()</script></body>';
    expect(addModulePreloads(html, read)).toBe(
      '<head><link rel="modulepreload" href="/_astro/helper.js"><script type="module" src="/_astro/one.js"></script></head>' +
        '<body><link rel="modulepreload" href="/_astro/own.js"><script type="module" src="/_astro/two.js"></script>' +
        '<script type="module" src="/_astro/plain.js"></script><script type="module">inline()</script></body>',
    );
  });
});
