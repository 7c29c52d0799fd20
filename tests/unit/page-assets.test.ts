import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { htmlFileFor, pageAssets, staticImports } from '../build/page-assets';

describe('staticImports', () => {
  test('finds static imports and re-exports in minified code, not dynamic import() or strings', () => {
    const code =
      'import{a as e,i as t}from"./preact.js";import"./side.js";import x from "../x.js";import*as ns from\'/_astro/ns.js\';' +
      'export{b}from"./re.js";const p=import("./lazy.js");const s="import","./not.js";import.meta.url;';
    expect(staticImports(code)).toEqual(['./preact.js', './side.js', '../x.js', '/_astro/ns.js', './re.js']);
  });
});

describe('pageAssets', () => {
  const dist = mkdtempSync(join(tmpdir(), 'page-assets-'));
  const files: Record<string, string> = {
    'guide/index.html':
      '<html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">' +
      '<script type="module" src="/_astro/entry.js"></script></head><body>' +
      '<script type="module">import{t}from"/_astro/tabs.js";t()</script><script>var classic=1</script></body></html>',
    '_astro/site.css': 'body{margin:0}',
    '_astro/entry.js': 'import{a}from"./shared.js";import"./side.js";a();import("./search.js")',
    '_astro/shared.js': 'import{b}from"./leaf.js";export const a=b',
    '_astro/side.js': 'import"./shared.js"',
    '_astro/leaf.js': 'export const b=()=>1',
    '_astro/tabs.js': 'import{a}from"./shared.js";export const t=a',
    '_astro/search.js': 'import"./huge.js"',
    '_astro/huge.js': '',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  test('follows scripts and their static imports recursively, each once, and leaves dynamic imports out', () => {
    const assets = pageAssets(dist, 'guide/index.html');
    expect(assets.stylesheets).toEqual(['_astro/site.css']);
    expect(assets.scripts).toEqual([
      '_astro/entry.js',
      '_astro/shared.js',
      '_astro/leaf.js',
      '_astro/side.js',
      '_astro/tabs.js',
    ]);
    expect(assets.inlineScripts).toEqual(['import{t}from"/_astro/tabs.js";t()']);
  });

  test('resolves URLs under a base path', () => {
    writeFileSync(join(dist, 'sub.html'), '<script type="module" src="/team/_astro/leaf.js"></script>');
    expect(pageAssets(dist, 'sub.html', '/team/').scripts).toEqual(['_astro/leaf.js']);
  });

  test('says which page loads a file that is missing from the build', () => {
    writeFileSync(join(dist, 'broken.html'), '<script type="module" src="/_astro/gone.js"></script>');
    expect(() => pageAssets(dist, 'broken.html')).toThrow(`broken.html loads _astro/gone.js, which is not in ${dist}/`);
  });

  test('maps URL paths to their HTML files', () => {
    expect(['/', '/framework/', '/404.html'].map(htmlFileFor)).toEqual([
      'index.html',
      'framework/index.html',
      '404.html',
    ]);
  });
});
