/** Every built page is valid HTML by the Nu HTML Checker (vnu-jar), run once over all pages. */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
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

/** The checker's messages for the given files, from one Java run (it is slow to start). */
async function checkHtml(files: string[]): Promise<VnuMessage[]> {
  try {
    const { stdout } = await promisify(execFile)(
      'java',
      ['-jar', vnuJar, '--errors-only', '--exit-zero-always', '--stdout', '--format', 'json', ...files],
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
    const messages = await checkHtml(pages.map((p) => join(DIST, p)));
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${m.url?.replace(/^.*\/dist\//, '') ?? ''}: ${m.message} (${m.extract ?? ''})`);
    expect(errors).toEqual([]);
  });
});
