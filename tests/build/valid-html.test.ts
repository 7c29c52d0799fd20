/** Every built page is valid HTML by the Nu HTML Checker (vnu-jar), run once over all pages. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST } from './dist';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  extract?: string;
}

/**
 * Java options for one short run: the quick (C1) compiler only, whose code is ready sooner than the
 * optimising one would pay back on a few pages (half the CPU, the same messages), and the stack the
 * checker's schema needs (it asks for at least 512 KB).
 */
const JAVA_OPTIONS = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** The checker's messages for the given files, from one Java run (it is slow to start). */
async function checkHtml(files: string[]): Promise<VnuMessage[]> {
  try {
    const { stdout } = await promisify(execFile)(
      'java',
      [
        ...JAVA_OPTIONS,
        '-jar',
        vnuJar,
        '--errors-only',
        '--exit-zero-always',
        '--stdout',
        '--format',
        'json',
        ...files,
      ],
      { maxBuffer: 32 * 1024 * 1024 },
    );
    return (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('The HTML check needs Java: install it (apt-get install default-jre-headless).');
    }
    throw error;
  }
}

describe('valid HTML', () => {
  test('the Nu HTML Checker reports no error on any built page', { timeout: 300_000 }, async () => {
    const pages = builtPages();
    expect(pages).toContain('inventory/results/index.html');
    // A page with one known mistake goes through the same run: the checker is shown to report it.
    const canaryDir = mkdtempSync(join(tmpdir(), 'valid-html-'));
    const canary = join(canaryDir, 'canary.html');
    writeFileSync(canary, '<!doctype html><html lang="en"><title>Canary</title><p>An item</li></html>\n');
    let messages: VnuMessage[];
    try {
      messages = await checkHtml([canary, ...pages.map((p) => join(DIST, p))]);
    } finally {
      rmSync(canaryDir, { recursive: true, force: true });
    }
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map(
        (m) =>
          `${m.url?.replace(/^.*\/dist\//, '').replace(/^.*\/(canary\.html)$/, '$1') ?? ''}: ${m.message} (${m.extract ?? ''})`,
      );
    expect(errors).toEqual(['canary.html: No “li” element in scope but a “li” end tag seen. (<p>An item</li></html)']);
  });
});
