/**
 * Run work once the page has painted its first content, so that the page's own scripts are neither
 * fetched nor run ahead of what the reader came for. A page that has already painted, or a browser
 * without paint timing, runs it at once. Used by the search's loader (SiteSearch.astro) and by the
 * islands' `client:paint` directive; each bundles its own copy, so this module imports nothing.
 */
export function afterFirstPaint(run: () => void): void {
  if (performance.getEntriesByType('paint').length > 0 || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    run();
    return;
  }
  new PerformanceObserver((_entries, observer) => {
    observer.disconnect();
    run();
  }).observe({ type: 'paint' });
}
