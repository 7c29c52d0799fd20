import { describe, expect, test } from 'vitest';
import {
  COMPILE_HINT,
  compileHints,
  MIN_HINTED_BYTES,
  wantsCompileHint,
  withCompileHint,
} from '../../src/integrations/compile-hints.mjs';

describe('the islands’ code compiles while it downloads (V8’s compile hint)', () => {
  test('the hint is the chunk’s first line, written once', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
    expect(withCompileHint('import"./a.js";a();')).toBe('//# allFunctionsCalledOnLoad\nimport"./a.js";a();');
    expect(withCompileHint(withCompileHint('a();'))).toBe('//# allFunctionsCalledOnLoad\na();');
  });

  test('Chart.js, the QR code decoder and chunks under 2 KB compile lazily; the rest, ours and Preact, eagerly', () => {
    const code = 'x'.repeat(2048);
    expect(MIN_HINTED_BYTES).toBe(2048);
    expect(
      wantsCompileHint(code, ['/p/src/components/results/Report.tsx', '/p/node_modules/preact/dist/preact.module.js']),
    ).toBe(true);
    expect(wantsCompileHint(code, ['/p/node_modules/qr/index.js'])).toBe(true);
    expect(wantsCompileHint(code.slice(1), ['/p/src/lib/paths.ts'])).toBe(false);
    expect(wantsCompileHint(code, ['/p/src/components/radar-chart.ts', '/p/node_modules/chart.js/dist/chart.js'])).toBe(
      false,
    );
    expect(wantsCompileHint(code, ['/p/node_modules/qr/decode.js'])).toBe(false);
    expect(wantsCompileHint(code, ['C:\\p\\node_modules\\chart.js\\dist\\chart.js'])).toBe(false);
  });

  test('the plugin marks the browser build’s chunks, not its other files, and only in the browser build', () => {
    const plugin = compileHints();
    const bundle = {
      'island.js': { type: 'chunk', code: `a();${' '.repeat(2044)}`, moduleIds: ['/p/src/components/Island.tsx'] },
      'tiny.js': { type: 'chunk', code: 'c();', moduleIds: ['/p/src/lib/paths.ts'] },
      'chart.js': {
        type: 'chunk',
        code: `b();${' '.repeat(2044)}`,
        moduleIds: ['/p/node_modules/chart.js/dist/chart.js'],
      },
      'style.css': { type: 'asset', source: 'p{}' },
    };
    (plugin.generateBundle as (options: unknown, bundle: unknown) => void)({}, bundle);
    expect(bundle['island.js'].code).toBe(`//# allFunctionsCalledOnLoad\na();${' '.repeat(2044)}`);
    expect(bundle['tiny.js'].code).toBe('c();');
    expect(bundle['chart.js'].code).toBe(`b();${' '.repeat(2044)}`);
    expect(bundle['style.css']).toEqual({ type: 'asset', source: 'p{}' });
    const applies = plugin.applyToEnvironment as (environment: { name: string }) => boolean;
    expect(applies({ name: 'client' })).toBe(true);
    expect(applies({ name: 'ssr' })).toBe(false);
    expect(plugin.apply).toBe('build');
  });
});
