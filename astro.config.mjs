// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { pagefindIntegration } from './src/integrations/pagefind.mjs';
import { serviceWorkerIntegration } from './src/integrations/service-worker.mjs';
import { webManifestIntegration } from './src/integrations/web-manifest.mjs';

/** Base path and site URL come from the environment, so one build config serves any host. */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';
/** Where the build goes; the test pipeline builds a second copy under a base path elsewhere. */
const outDir = process.env.OUT_DIR || 'dist';

/**
 * The Content Security Policy on every page (a <meta> tag; Astro adds the hashes of its own
 * scripts and styles to script-src and style-src). Nothing may come from, or go to, another
 * origin. Pagefind compiles its WebAssembly search, hence 'wasm-unsafe-eval' (it allows
 * WebAssembly only, not JavaScript eval). README.md repeats this policy for hosts that send headers.
 */
const cspDirectives = /** @type {const} */ ([
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]);

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // The service worker comes last: it lists every file of the build, Pagefind's index included.
  integrations: [
    mdx(),
    preact(),
    // Every page but the 404 page, with absolute addresses from SITE_URL and BASE_PATH.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
    webManifestIntegration(),
    pagefindIntegration(),
    serviceWorkerIntegration(),
  ],
  // Shiki colours code with inline style attributes, which the CSP forbids; no page shows code.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
