/**
 * An organisation adds Welsh as the README's "Add a language" says: its interface text in
 * content/i18n/cy.json, the language in site.yaml, and one dimension translated under
 * content/framework/cy/. The Welsh pages use them, fall back to English content where no
 * translation exists, and keep the instrument, so results combine across languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureProject, type FixtureProject } from './fixture-project';

describe('a site with a Welsh translation', () => {
  let project: FixtureProject;
  let build: { status: number | null; output: string };
  const page = (path: string) => readFileSync(join(project.dir, 'dist', path), 'utf8');
  const version = (path: string) => page(path).match(/&quot;version&quot;:\[0,&quot;([0-9a-f]{8})&quot;\]/)?.[1];

  beforeAll(() => {
    project = fixtureProject();
    const site = readFileSync('content/settings/site.yaml', 'utf8');
    project.write(
      'content/settings/site.yaml',
      `${site}\nlanguages:\n  - { code: en, name: English }\n  - { code: cy, name: Cymraeg }\n`,
    );
    const messages = JSON.parse(readFileSync('content/i18n/en.json', 'utf8')) as Record<string, unknown>;
    messages['layout.skipLink'] = 'Neidio i’r cynnwys';
    messages['pages.frameworkTitle'] = 'Y Fframwaith Arweinyddiaeth Gyfunol';
    project.write('content/i18n/cy.json', JSON.stringify(messages, null, 2));
    const english = readFileSync('content/framework/collective-vision.mdx', 'utf8');
    const welsh = english
      .replace('title: Collective Vision', 'title: Gweledigaeth Gyfunol')
      .replace(/\n---\n[\s\S]*$/, '\n---\n\nMae’r weledigaeth yn pwysleisio canlyniadau a rennir.\n');
    expect(welsh).not.toBe(english);
    project.write('content/framework/cy/collective-vision.mdx', welsh);
    build = project.build();
  }, 180_000);
  afterAll(() => project.remove());

  test('the build succeeds', () => {
    expect(build.output).not.toMatch(/\berror\b/i);
    expect(build.status).toBe(0);
  });

  test('the Welsh framework page shows the translated dimension, and English content where none is translated', () => {
    const cy = page('cy/framework/index.html');
    expect(cy).toContain('<html lang="cy"');
    expect(cy).toContain('Y Fframwaith Arweinyddiaeth Gyfunol');
    expect(cy).toContain('Gweledigaeth Gyfunol');
    expect(cy).toContain('Mae’r weledigaeth yn pwysleisio canlyniadau a rennir.');
    expect(cy).not.toContain('>Collective Vision<');
    // Outcome Focus has no Welsh file: its English text is shown.
    expect(cy).toContain('Outcome Focus');
    expect(cy).toContain('Neidio i’r cynnwys');
  });

  test('the English pages are unchanged by the translation', () => {
    const en = page('framework/index.html');
    expect(en).toContain('<html lang="en"');
    expect(en).toContain('Collective Vision');
    expect(en).not.toContain('Gweledigaeth Gyfunol');
    expect(en).toContain('Skip to content');
  });

  test('the instrument (and so every result) is the same in both languages', () => {
    expect(version('inventory/index.html')).toMatch(/^[0-9a-f]{8}$/);
    expect(version('cy/inventory/index.html')).toBe(version('inventory/index.html'));
    expect(version('cy/team/index.html')).toBe(version('team/index.html'));
  });
});
