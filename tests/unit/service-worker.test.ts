import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildHashOf, listFiles, precacheUrl, serviceWorkerSource } from '../../src/integrations/service-worker.mjs';

const dirs: string[] = [];
function buildDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'clf-sw-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the service worker build step', () => {
  test('requests pages by their directory and other files as they are', () => {
    expect(precacheUrl('index.html')).toBe('');
    expect(precacheUrl('framework/index.html')).toBe('framework/');
    expect(precacheUrl('404.html')).toBe('404.html');
    expect(precacheUrl('pagefind/fragment/en_1.pf_fragment')).toBe('pagefind/fragment/en_1.pf_fragment');
  });

  test('lists every file of the build, nested ones included, in a stable order', () => {
    const dir = buildDir({
      'index.html': 'a',
      'pagefind/index/en.pf_index': 'b',
      '_astro/x.js': 'c',
      'framework/index.html': 'd',
    });
    expect(listFiles(dir)).toEqual(['_astro/x.js', 'framework/index.html', 'index.html', 'pagefind/index/en.pf_index']);
  });

  test('the build hash changes when any file changes, and only then', () => {
    const a = buildDir({ 'index.html': 'home', 'x.js': 'one' });
    const b = buildDir({ 'index.html': 'home', 'x.js': 'one' });
    const c = buildDir({ 'index.html': 'home', 'x.js': 'two' });
    const hash = (dir: string) => buildHashOf(dir, listFiles(dir));
    expect(hash(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(hash(b)).toBe(hash(a));
    expect(hash(c)).not.toBe(hash(a));
  });

  test('the worker carries the precache list (without itself) and the build hash', () => {
    const source = serviceWorkerSource({ files: ['index.html', 'sw.js', 'framework/index.html'], buildHash: 'abc123' });
    expect(source.startsWith('const BUILD_HASH = "abc123";\nconst PRECACHE = ["","framework/"];\n')).toBe(true);
    expect(source).toContain("self.addEventListener('fetch'");
  });
});
