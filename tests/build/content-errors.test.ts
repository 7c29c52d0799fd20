/**
 * A mistake in content must fail the build with a message that names the file and the field, so a
 * content editor knows what to fix. Each case builds a copy of the project with one broken file;
 * the builds run in parallel.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ASTRO } from './fixture-project';

const ROOT = resolve('.');
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

interface BuildResult {
  code: number | null;
  output: string;
}

const temps: string[] = [];

/** Copy the project to a temp folder, apply `edit` to one file, and run `astro build` there. */
function buildWithBrokenFile(file: string, edit: (text: string) => string): Promise<BuildResult> {
  const dir = mkdtempSync(join(tmpdir(), 'content-error-'));
  temps.push(dir);
  for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  // Link each package rather than node_modules itself, so that parallel builds each get their own
  // Vite cache (node_modules/.vite) instead of racing on the project's one.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== '.vite' && entry !== '.astro')
      symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  const path = join(dir, file);
  // A file that does not exist yet starts empty: the edit writes it whole (a new language file).
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const after = edit(before);
  if (after === before) throw new Error(`the edit did not change ${file}: the fixture is out of date`);
  writeFileSync(path, after);
  return new Promise((done, fail) => {
    const child = spawn(ASTRO[0], [ASTRO[1], 'build'], {
      cwd: dir,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    // Some loggers colour their output even when asked not to: strip the codes for readable asserts.
    child.on('close', (code) => done({ code, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}

let wrongTypeAndMissingText: Promise<BuildResult>;
let duplicateId: Promise<BuildResult>;
let incompleteLanguage: Promise<BuildResult>;
let languageWithoutFile: Promise<BuildResult>;

beforeAll(() => {
  // Two mistakes in one file, which the schema reports together: one build (a build costs seconds),
  // and each test still checks its own message.
  wrongTypeAndMissingText = buildWithBrokenFile('content/framework/action-oriented-and-adaptive.mdx', (t) =>
    t
      .replace('order: 5', 'order: "two"')
      .replace('    text: Do partners actively engage stakeholders in activity through coproduction?\n', ''),
  );
  // outcome-focus (order 2) reuses the first question id of collective-vision (order 1).
  duplicateId = buildWithBrokenFile('content/framework/outcome-focus.mdx', (t) =>
    t.replace('id: positioned-to-achieve-outcomes', 'id: needs-identified'),
  );
  // A Welsh file copied from English that lacks one key, has one key English does not, and
  // drops a placeholder.
  incompleteLanguage = buildWithBrokenFile('content/i18n/cy.json', () => {
    const messages = JSON.parse(readFileSync(join(ROOT, 'content/i18n/en.json'), 'utf8')) as Record<string, unknown>;
    delete messages['layout.skipLink'];
    messages['layout.skipToFooter'] = 'Neidio i’r troedyn';
    messages['layout.footerContact'] = 'Cysylltu';
    return JSON.stringify(messages, null, 2);
  });
  // Welsh listed in site.yaml, but no content/i18n/cy.json.
  languageWithoutFile = buildWithBrokenFile(
    'content/settings/site.yaml',
    (t) => `${t}languages:\n  - { code: en, name: English }\n  - { code: cy, name: Cymraeg }\n`,
  );
});

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('a broken content file fails the build, naming the file and the field', () => {
  test('an order that is not a number', async () => {
    const { code, output } = await wrongTypeAndMissingText;
    expect(code).not.toBe(0);
    expect(output).toContain('content/framework/action-oriented-and-adaptive.mdx');
    expect(output).toMatch(/order: Expected type `"number"`, received `"string"`/);
  });

  test('a question without its text', async () => {
    const { code, output } = await wrongTypeAndMissingText;
    expect(code).not.toBe(0);
    expect(output).toContain('content/framework/action-oriented-and-adaptive.mdx');
    expect(output).toContain('questions.1.text: Required');
  });

  test('a question id already used in another file', async () => {
    const { code, output } = await duplicateId;
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/framework/outcome-focus.mdx: questions[1].id: duplicate question id "needs-identified", also used in content/framework/collective-vision.mdx',
    );
  });

  test('a language file with a key missing, an extra key and a placeholder dropped', async () => {
    const { code, output } = await incompleteLanguage;
    expect(code).not.toBe(0);
    expect(output).toContain('content/i18n/cy.json');
    expect(output).toContain('layout.skipLink: missing (every language has every key of en.json)');
    expect(output).toContain('layout.skipToFooter: not a key of en.json (remove it, or add it to en.json first)');
    expect(output).toContain("layout.footerContact: placeholders (none) differ from en.json's {contact}");
  });

  test('a language in site.yaml without its messages file', async () => {
    const { code, output } = await languageWithoutFile;
    expect(code).not.toBe(0);
    expect(output).toContain(
      'content/settings/site.yaml: languages[1].code: there is no content/i18n/cy.json (copy content/i18n/en.json to it and translate it)',
    );
  });
});
