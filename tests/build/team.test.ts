import { describe, expect, test } from 'vitest';
import { builtPages, readPage } from './dist';

describe('the collective profile page', () => {
  const html = readPage('team/index.html');

  test('every page links to it from the main navigation', () => {
    for (const page of builtPages()) {
      expect(readPage(page), page).toMatch(
        /<nav class="site-nav" aria-label="Main">[\s\S]*<a href="\/team\/"[^>]*>\s*Collective profile\s*<\/a>/,
      );
    }
  });

  test('explains the anonymity rule, the population SD and the agreement thresholds in the HTML', () => {
    expect(html).toContain('Group figures appear only when at least 3 results are in the');
    expect(html).toContain('The SD is the population standard deviation');
    expect(html).toContain('High agreement: SD below 10% of the range (below 1.1).');
    expect(html).toContain('Some disagreement: SD from 10% to below 20% of the range (1.1 to below 2.2).');
    expect(html).toContain('Views differ widely: SD of 20% of the range or more (2.2 or more).');
  });

  test('states when lowest and highest appear, on the page and on the method page', () => {
    expect(html).toMatch(/<strong>Lowest and highest<\/strong> appear only from 5 results\./);
    expect(readPage('method/index.html')).toMatch(/scores appear only from <strong>5 results<\/strong>: with fewer/);
  });
});
