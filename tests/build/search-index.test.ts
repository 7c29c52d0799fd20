/** The Pagefind index in dist/pagefind holds the content of the pages, not the site's chrome. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST } from './dist';

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
}

/** Every indexed page, as Pagefind stored it (gzip, a "pagefind_dcd" signature, then JSON). */
function indexedPages(): Fragment[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    expect(text.startsWith('pagefind_dcd')).toBe(true);
    return JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
  });
}

describe('the search index', () => {
  const pages = indexedPages();
  const byUrl = new Map(pages.map((p) => [p.url, p]));

  test('holds the home, framework, method and privacy pages, and not the 404 page', () => {
    expect([...byUrl.keys()].sort()).toEqual(['/', '/framework/', '/method/', '/privacy/']);
  });

  test('holds every dimension’s questions', () => {
    const content = byUrl.get('/framework/')!.content;
    expect(content).toContain('Do partners actively engage stakeholders in activity through coproduction?');
    expect(content).toContain('Do you clarify and operationalise your role as the local leader of ‘place’?');
  });

  test.each(pages.map((p) => [p.url, p] as const))(
    '%s: leaves out the header, footer, search dialog and tab strip',
    (_, page) => {
      expect(page.content).not.toContain('Skip to content');
      expect(page.content).not.toContain('Nothing is sent to any server');
      expect(page.content).not.toContain('Search the site');
      expect(page.content).not.toMatch(/Rate [A-Z][\w ]+ in the inventory/);
      expect(page.content).not.toContain('Collective Vision Outcome Focus Multiple Level Leadership');
    },
  );
});

test('ships only the search files the site uses: none of Pagefind’s ready-made UIs', () => {
  const files = readdirSync(join(DIST, 'pagefind')).filter((f) => !/^(fragment|index)$/.test(f));
  expect(files.filter((f) => !/^wasm\.|\.pf_meta$/.test(f)).sort()).toEqual([
    'pagefind-entry.json',
    'pagefind-worker.js',
    'pagefind.js',
  ]);
});
