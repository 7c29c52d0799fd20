/**
 * Run work once the page has painted its first content, so that the page's own scripts are neither
 * fetched nor run ahead of what the reader came for. A page that has already painted runs it at
 * once; a browser without paint timing runs it when the page has loaded. Used by the layout's
 * script loader and by the islands' `client:paint` directive; each bundles its own copy, so this
 * module must stay free of imports.
 */
export function afterFirstPaint(run: () => void, win: Window & typeof globalThis = window): void {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    run();
  };
  const supported = win.PerformanceObserver?.supportedEntryTypes?.includes('paint') === true;
  if (!supported) {
    if (win.document.readyState === 'complete') once();
    else win.addEventListener('load', once, { once: true });
    return;
  }
  if (win.performance.getEntriesByType('paint').length > 0) {
    once();
    return;
  }
  new win.PerformanceObserver((_entries, observer) => {
    observer.disconnect();
    once();
  }).observe({ type: 'paint' });
}
