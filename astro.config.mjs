// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { cspPerPageIntegration } from './src/integrations/csp-per-page.mjs';
import { islandScriptsLastIntegration } from './src/integrations/island-scripts-last.mjs';
import { modulePreloadIntegration } from './src/integrations/module-preload.mjs';
import { clientPaintIntegration } from './src/client-directives/index.mjs';
import { compileHints } from './src/integrations/compile-hints.mjs';
import { plainDynamicImports } from './src/integrations/plain-dynamic-imports.mjs';
import sitemap from '@astrojs/sitemap';
import { pagefindIntegration } from './src/integrations/pagefind.mjs';
import { serviceWorkerIntegration } from './src/integrations/service-worker.mjs';
import { webManifestIntegration } from './src/integrations/web-manifest.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { buildLanguages, languageProblems, languageSegment } from './src/lib/languages.ts';

/** Base path and site URL come from the environment, so one build config serves any host. */
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';
/** Where the build goes; the test pipeline builds a second copy under a base path elsewhere. */
const outDir = process.env.OUT_DIR || 'dist';

/**
 * The site's languages (content/settings/site.yaml `languages:`, the first the default), plus the
 * pseudo-locale en-XA when PSEUDO_LOCALE=1 (test builds only). With one language nothing changes;
 * with more, Astro's i18n routing puts every other language under /<code lowercased>/.
 * The schema in src/lib/schemas.ts checks the field's shape; here, that each code has its messages.
 */
const siteYaml = existsSync('content/settings/site.yaml')
  ? parseYaml(readFileSync('content/settings/site.yaml', 'utf8'))
  : undefined;
/** @type {{ code: string, name: string }[]} */
const configured = Array.isArray(siteYaml?.languages)
  ? siteYaml.languages.filter((/** @type {unknown} */ l) => typeof l === 'object' && l !== null && 'code' in l)
  : [];
const languages = buildLanguages(configured, process.env.PSEUDO_LOCALE === '1');
const languageErrors = languageProblems(languages, (code) => existsSync(`content/i18n/${code}.json`));
if (languageErrors.length > 0) {
  throw new Error(languageErrors.map((problem) => `content/settings/site.yaml: ${problem}`).join('\n'));
}
const defaultLanguage = /** @type {{ code: string, name: string }} */ (languages[0]);
/**
 * Astro's locales are the languages' path segments (codes lowercased: `en-xa`); the codes themselves
 * (`en-XA`) are what <html lang>, hreflang and the sitemap say, from src/lib/languages.ts.
 */
const locales = languages.map((l) => languageSegment(l.code));

/** @type {import('astro').AstroUserConfig<string[]>['i18n']} */
const i18n =
  languages.length > 1
    ? {
        defaultLocale: languageSegment(defaultLanguage.code),
        locales,
        routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
      }
    : undefined;

/**
 * The Content Security Policy on every page (a <meta> tag; Astro adds the hashes of its own
 * scripts and styles to script-src and style-src, and csp-per-page.mjs keeps only those each page uses). Nothing may come from, or go to, another
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
  ...(i18n ? { i18n } : {}),
  build: { format: 'directory' },
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Each page's policy is trimmed to its own hashes first. The service worker comes last: it lists
  // every file of the build, Pagefind's index included.
  integrations: [
    mdx(),
    preact(),
    clientPaintIntegration(),
    // Every page but the 404 page, with absolute addresses from SITE_URL and BASE_PATH.
    // With more than one language, each address lists its versions in the others (xhtml:link).
    sitemap({
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
      ...(languages.length > 1
        ? {
            i18n: {
              defaultLocale: languageSegment(defaultLanguage.code),
              locales: Object.fromEntries(languages.map((l) => [languageSegment(l.code), l.code])),
            },
          }
        : {}),
    }),
    webManifestIntegration(),
    modulePreloadIntegration(),
    // Astro's island scripts after the page's content, so that it is laid out once (see the file).
    islandScriptsLastIntegration(),
    cspPerPageIntegration(),
    pagefindIntegration(),
    serviceWorkerIntegration(),
  ],
  // Shiki colours code with inline style attributes, which the CSP forbids; no page shows code.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    plugins: [
      {
        // No preloading of a lazy chunk's imports: the helper that does it adds a <link> to the
        // page for each (23 ms of main thread on the collective page as its tools arrive), and
        // what those chunks import, the islands have already loaded. (Astro sets this option
        // itself, hence a plugin rather than vite.build.) A page's first scripts are preloaded
        // by src/integrations/module-preload.mjs.
        name: 'no-module-preload',
        config(config) {
          if (config.build) config.build.modulePreload = false;
        },
      },
      {
        // Preact in one chunk: the bundler put its core, its hooks and its JSX runtime in three (the
        // runtime inside a chunk of shared island code). Every island page loads all of it first,
        // and each file costs its own request and compression overhead.
        name: 'preact-chunk',
        configEnvironment(name) {
          if (name !== 'client') return;
          return {
            build: {
              rolldownOptions: {
                output: { codeSplitting: { groups: [{ name: 'preact', test: /[\\/]node_modules[\\/]preact[\\/]/ }] } },
              },
            },
          };
        },
      },
      // Dynamic imports without Vite's preload helper, which every page loaded first for nothing
      // (plain-dynamic-imports.mjs).
      plainDynamicImports(),
      // The islands' code compiles while it downloads, off the main thread (compile-hints.mjs).
      compileHints(),
    ],
  },
});
