import { describe, expect, test } from 'vitest';
import { hashSource, trimPolicy } from '../../src/integrations/csp-per-page.mjs';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('each page’s policy lists only its own hashes', () => {
  test('keeps the hashes of the page’s inline style and script, drops the others, leaves other sources alone', () => {
    const style = 'p{color:red}';
    const script = 'console.log(1)';
    const other = hashSource('body{}');
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashSource(script)} ${hashSource('x()')}; style-src 'self' ${other} ${hashSource(style)}`;
    const html = page(
      policy,
      `<style>${style}</style><script>${script}</script><script type="application/json">{}</script>`,
    );
    expect(trimPolicy(html)).toBe(
      page(
        `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashSource(script)}; style-src 'self' ${hashSource(style)}`,
        `<style>${style}</style><script>${script}</script><script type="application/json">{}</script>`,
      ),
    );
  });

  test('a script with a src and a JSON data block need no hash; a page without a policy is left as it is', () => {
    const policy = `script-src 'self' ${hashSource('')} ${hashSource('{}')}`;
    const body = '<script src="/a.js"></script><script type="application/ld+json">{}</script>';
    expect(trimPolicy(page(policy, body))).toBe(page("script-src 'self'", body));
    expect(trimPolicy('<p>no policy</p>')).toBe('<p>no policy</p>');
  });

  test('the hash is the base64 SHA-256 of the exact text, as browsers compute it', () => {
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
