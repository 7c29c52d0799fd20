import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { siteUrl, withBase } from '../../src/lib/paths';

describe('withBase', () => {
  test('joins a site-relative path onto the base path', () => {
    expect(withBase('/', 'inventory/')).toBe('/inventory/');
    expect(withBase('/leadership/', '/inventory/results/')).toBe('/leadership/inventory/results/');
    expect(withBase('/leadership', 'team/')).toBe('/leadership/team/');
  });
});

describe('siteUrl: the address of a page where the site is served now', () => {
  test('takes the origin of the page being shown, not a build-time address', () => {
    expect(siteUrl('http://127.0.0.1:43210/inventory/results/', '/', 'inventory/results/')).toBe(
      'http://127.0.0.1:43210/inventory/results/',
    );
    expect(siteUrl('https://intranet.example/inventory/', '/', 'inventory/results/')).toBe(
      'https://intranet.example/inventory/results/',
    );
  });

  test('keeps the base path', () => {
    expect(siteUrl('http://127.0.0.1:8080/leadership/inventory/results/', '/leadership/', 'inventory/results/')).toBe(
      'http://127.0.0.1:8080/leadership/inventory/results/',
    );
    expect(siteUrl('https://org.example/a/b/team/', '/a/b/', 'workshop/')).toBe('https://org.example/a/b/workshop/');
    expect(siteUrl('https://org.example/a/b/team/', '/a/b/')).toBe('https://org.example/a/b/');
  });

  test('never carries over the current page’s query or fragment', () => {
    expect(siteUrl('http://localhost:4321/inventory/results/?x=1#CL1-ABC', '/', 'inventory/results/')).toBe(
      'http://localhost:4321/inventory/results/',
    );
  });

  test('any page of the site, under any base path, gives the same root', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.array(segment, { maxLength: 3 }), (baseParts, pageParts) => {
        const base = `/${baseParts.map((p) => `${p}/`).join('')}`;
        const page = `https://host.example:8443${base}${pageParts.map((p) => `${p}/`).join('')}`;
        expect(siteUrl(page, base)).toBe(`https://host.example:8443${base}`);
        expect(siteUrl(page, base, 'inventory/results/')).toBe(`https://host.example:8443${base}inventory/results/`);
      }),
    );
  });
});
