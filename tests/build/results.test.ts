import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, readPage } from './dist';

describe('the results page', () => {
  test('is built, with the results rendered only in the browser and a message without JavaScript', () => {
    const html = readPage('inventory/results/index.html');
    expect(html).toContain('<h1>Your results</h1>');
    // The server renders the island's loading line only; it hydrates once the page has painted.
    expect(html).toMatch(
      /<astro-island[^>]*component-export="ResultsIsland"[^>]*client="paint"[^>]*><p>Loading your results…<\/p><!--astro:end--><\/astro-island>/,
    );
    expect(html).toContain(
      '<noscript><p>Your results are worked out in your browser: turn on JavaScript to see them.</p></noscript>',
    );
  });

  test('publishes the JSON Schema of the result file', () => {
    const schema = JSON.parse(readFileSync(join(DIST, 'schema', 'result-v1.json'), 'utf8')) as {
      $schema: string;
      title: string;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Collective Leadership Inventory result, format version 1');
  });
});
