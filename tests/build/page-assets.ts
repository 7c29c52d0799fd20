/**
 * What a built page makes the browser download on first load: its HTML, its stylesheets, its
 * module scripts, its islands' components and renderers, and, recursively, the modules those
 * import statically, and the messages its islands fetch before they start. Dynamic `import()` is
 * left out on purpose: it is what keeps search and charts off the first load.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first-load assets of one page, as paths relative to the dist folder. */
export interface PageAssets {
  html: string;
  /** External module scripts and every module they import statically, each once. */
  scripts: string[];
  /** Bodies of inline module scripts (their bytes are already part of the HTML). */
  inlineScripts: string[];
  stylesheets: string[];
  /** Data the page fetches before its islands start: the islands' messages (the data block's `src`). */
  data: string[];
}

const STATIC_IMPORT =
  /(?<![\w$.])(?:import|export)\s*(?:(?:\{[^}]*\}|\*\s*as\s+[\w$]+|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s*as\s+[\w$]+))?)\s*from\s*)?(["'])((?:\.{1,2}\/|\/)[^"'\n]*)\1/g;

/**
 * The specifiers of the static `import`/`export … from` statements in a built module's code. Only
 * relative and absolute paths count: a bundled site has no bare specifiers, and requiring a path
 * keeps strings such as `"import"` in minified code from being mistaken for imports.
 */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[2]!);
}

/** The HTML file that serves a URL path such as "/", "/framework/" or "/404.html". */
export function htmlFileFor(urlPath: string): string {
  const path = urlPath.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Map a URL (resolved against the page) to a file in dist/, or throw if it is not part of the site. */
function fileOf(url: URL, origin: string, base: string): string {
  if (url.origin !== origin) throw new Error(`${url.href} is on another origin`);
  if (!url.pathname.startsWith(base)) throw new Error(`${url.pathname} is outside the base path ${base}`);
  return decodeURIComponent(url.pathname.slice(base.length));
}

/** Follow a page's scripts and stylesheets, and the static imports of its modules, through dist/. */
export function pageAssets(dist: string, page: string, base = '/'): PageAssets {
  const origin = 'http://site.invalid';
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const pageUrl = new URL(prefix + page.replace(/index\.html$/, ''), origin);
  const html = readFileSync(join(dist, page), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

  const stylesheets = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attr(tag, 'rel')?.split(/\s+/).includes('stylesheet'))
    .map((tag) => fileOf(new URL(attr(tag, 'href') ?? '', pageUrl), origin, prefix));

  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  const visit = (file: string) => {
    if (scripts.includes(file)) return;
    if (!existsSync(join(dist, file))) throw new Error(`${page} loads ${file}, which is not in ${dist}/`);
    scripts.push(file);
    const moduleUrl = new URL(prefix + file, origin);
    for (const spec of staticImports(readFileSync(join(dist, file), 'utf8')))
      visit(fileOf(new URL(spec, moduleUrl), origin, prefix));
  };
  // Islands (client:load / client:only) fetch their component and renderer as soon as they start.
  for (const [, url = ''] of html.matchAll(/\s(?:component|renderer)-url="([^"]*)"/g))
    visit(fileOf(new URL(url.replace(/&amp;/g, '&'), pageUrl), origin, prefix));
  for (const [, open = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (attr(open, 'type') !== 'module') continue;
    const src = attr(open, 'src');
    if (src !== undefined) {
      visit(fileOf(new URL(src, pageUrl), origin, prefix));
    } else {
      inlineScripts.push(body);
      for (const spec of staticImports(body)) visit(fileOf(new URL(spec, pageUrl), origin, prefix));
    }
  }
  const block = /<script type="application\/json" id="i18n-messages">([\s\S]*?)<\/script>/.exec(html)?.[1];
  const messagesSrc = block === undefined ? undefined : (JSON.parse(block) as { src?: string }).src;
  const data = messagesSrc === undefined ? [] : [fileOf(new URL(messagesSrc, pageUrl), origin, prefix)];
  for (const file of data) {
    if (!existsSync(join(dist, file))) throw new Error(`${page} fetches ${file}, which is not in ${dist}/`);
  }
  return { html: page, scripts, inlineScripts, stylesheets, data };
}

/** Gzip size in bytes (default level), as a static host would typically serve it. */
export function gzipBytes(content: string | Buffer): number {
  return gzipSync(content).length;
}

/** Gzip size of a file in dist/. */
export function gzipFileBytes(dist: string, file: string): number {
  return gzipBytes(readFileSync(join(dist, file)));
}
