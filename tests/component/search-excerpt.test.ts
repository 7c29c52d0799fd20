import { describe, expect, test } from 'vitest';
import { renderExcerpt, searchLoadFailure } from '../../src/lib/search-excerpt';

/** Render an excerpt into a fresh element and return its HTML. */
function rendered(excerpt: string): string {
  const host = document.createElement('p');
  host.append(renderExcerpt(excerpt));
  return host.innerHTML;
}

describe('renderExcerpt', () => {
  test('keeps the marked matches as <mark> and the rest as text', () => {
    expect(rendered('engage stakeholders through <mark>coproduction?</mark> and more')).toBe(
      'engage stakeholders through <mark>coproduction?</mark> and more',
    );
  });

  test('drops every other tag, so nothing in an excerpt can run or restyle the page', () => {
    const host = document.createElement('p');
    host.append(renderExcerpt('a <img src=x onerror=alert(1)>b <script>alert(2)</script><mark><b>c</b></mark>'));
    expect(host.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(host.textContent).toBe('a b alert(2)c');
    expect(host.querySelector('mark')?.textContent).toBe('c');
  });

  test('decodes the entities Pagefind escapes, as text rather than markup', () => {
    const host = document.createElement('p');
    host.append(renderExcerpt('&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; it&#39;s'));
    expect(host.textContent).toBe('<b>bold</b> & "quoted" it\'s');
    expect(host.querySelector('b')).toBeNull();
  });
});

describe('when search cannot load', () => {
  test('the dev server says search needs a build, not a reload', () => {
    expect(searchLoadFailure(true)).toBe(
      'Search needs a build: the development server has no search index. Run “npm start”, which builds the site with its index and serves it, and search there.',
    );
    expect(searchLoadFailure(false)).toBe('Search could not load. Please reload the page and try again.');
  });
});
