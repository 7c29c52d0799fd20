/**
 * Run work once the page's HTML is on screen, so that the page's own scripts are neither fetched
 * nor run ahead of what the reader came for. The browser paints a long page as it parses it: the
 * first paint may hold only the header. So this waits for the first paint, for the end of parsing,
 * and then for the frame after both, in which the whole HTML is painted. A browser without paint
 * timing waits for the end of parsing and that frame only. Used by the search's loader
 * (SiteSearch.astro) and by the islands' `client:paint` directive; each bundles its own copy, so
 * this module imports nothing.
 */
export function afterPagePaint(run: () => void): void {
  const whenPainted = (next: () => void) => {
    if (
      performance.getEntriesByType('paint').length > 0 ||
      !PerformanceObserver.supportedEntryTypes?.includes('paint')
    ) {
      next();
      return;
    }
    new PerformanceObserver((_entries, observer) => {
      observer.disconnect();
      next();
    }).observe({ type: 'paint' });
  };
  const whenParsed = (next: () => void) => {
    if (document.readyState !== 'loading') next();
    else document.addEventListener('DOMContentLoaded', () => next(), { once: true });
  };
  // A frame's callbacks run before it is painted; a task queued from them runs after it.
  whenPainted(() => whenParsed(() => requestAnimationFrame(() => setTimeout(run))));
}
