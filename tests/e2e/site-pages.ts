/** The pages of a build, as URLs relative to the site root, for tests that visit them all. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../build/dist';

/** Every built page as a site-relative URL: "", "framework/", "404.html", … */
export function pageUrls(dir = 'dist'): string[] {
  return builtPages(dir).map((file) => (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1')));
}

/**
 * Pages that the layout links to but that other branches build. A crawl skips a link to one of
 * them only while its page is not built; once it is, it is crawled like any other page.
 * (On main, with the inventory merged, only "team/" may still be missing.)
 */
const LINKED_FROM_OTHER_BRANCHES = ['inventory/', 'team/'];

/** The pages of LINKED_FROM_OTHER_BRANCHES that this build does not have. */
export function pendingPages(dir = 'dist'): string[] {
  return LINKED_FROM_OTHER_BRANCHES.filter((page) => !existsSync(join(dir, page, 'index.html')));
}
