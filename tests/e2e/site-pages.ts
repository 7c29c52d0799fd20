/** The pages of a build, as URLs relative to the site root, for tests that visit them all. */
import { builtPages } from '../build/dist';

/** Every built page as a site-relative URL: "", "framework/", "404.html", … */
export function pageUrls(dir = 'dist'): string[] {
  return builtPages(dir).map((file) => (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1')));
}
