/**
 * Work that only shows on screen (a chart's drawing) waits until its element comes into view, or
 * until the page is printed, whichever is first. A phone's first load then skips a chart below the
 * fold: Chart.js's first draw is the longest task on the pages that have one.
 */

/**
 * Call `show` once, when `element` first intersects the viewport or at `beforeprint` (synchronously,
 * so that the printout has it). Returns a function that cancels the wait.
 */
export function whenShown(element: Element, show: () => void): () => void {
  let waiting = true;
  let observer: IntersectionObserver | null = null;
  const stop = () => {
    waiting = false;
    observer?.disconnect();
    window.removeEventListener('beforeprint', run);
  };
  const run = () => {
    if (!waiting) return;
    stop();
    show();
  };
  window.addEventListener('beforeprint', run);
  // Without the observer (an old browser) the element counts as shown now.
  if (typeof IntersectionObserver === 'undefined') run();
  else {
    observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) run();
    });
    observer.observe(element);
  }
  return stop;
}
