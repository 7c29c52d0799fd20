import { parseAst } from 'vite';
import { describe, expect, test } from 'vitest';
import { withoutPreloadHelper } from '../../src/integrations/plain-dynamic-imports.mjs';

const HELPER = '_astro/preload-helper.abc123.js';
const standIn = (code: string) => withoutPreloadHelper(code, HELPER, (text) => parseAst(text));

describe('dynamic imports without the preload helper', () => {
  test('the import of the helper becomes a stand-in of the same name that calls the function', async () => {
    const code =
      'import{a as x}from"./t.js";import{t as e}from"./preload-helper.abc123.js";' +
      'const s="—⟦é⟧";var w=()=>e(()=>import(`./ResultList.js`),[]);function g(e){return e()}export{w,g,s};';
    const out = standIn(code);
    expect(out).toBe(
      'import{a as x}from"./t.js";const e=f=>f();' +
        'const s="—⟦é⟧";var w=()=>e(()=>import(`./ResultList.js`),[]);function g(e){return e()}export{w,g,s};',
    );
    // The stand-in runs the function and hands back what it returns (the import's promise).
    const run = new Function(`${out!.split(';')[1]};return e`)() as (f: () => Promise<string>) => Promise<string>;
    await expect(run(() => Promise.resolve('module'))).resolves.toBe('module');
  });

  test('a chunk that does not import the helper by one name is left alone', () => {
    expect(standIn('import{t as e}from"./other.js";e(()=>import(`./a.js`),[]);')).toBeNull();
    expect(standIn('import"./preload-helper.abc123.js";')).toBeNull();
    expect(standIn('import*as h from"./preload-helper.abc123.js";h.t(()=>import(`./a.js`),[]);')).toBeNull();
  });
});
