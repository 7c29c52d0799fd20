/** Join a site-relative path onto the configured base path, so links work under any sub-path. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}

/**
 * The absolute address of a page of this site, built at run time from the address of the page
 * being shown (`location.href`), so that a link handed to someone opens where the site is really
 * served (127.0.0.1, an intranet, any host), not the build-time `SITE_URL`. `base` is
 * `import.meta.env.BASE_URL`; `path` is site-relative, e.g. `inventory/results/`. The current
 * page's query and fragment are never carried over.
 */
export function siteUrl(pageHref: string, base: string, path = ''): string {
  const url = new URL(withBase(base, path), pageHref);
  url.search = '';
  url.hash = '';
  return url.href;
}
