import { describe, expect, test } from 'vitest';
import { afterFirstPaint } from '../../src/lib/after-first-paint';

/** A window whose paint timing is under the test's control. */
function fakeWindow({ supportsPaint = true, painted = false, readyState = 'loading' } = {}) {
  const observers: { callback: (list: unknown, observer: { disconnect(): void }) => void; on: boolean }[] = [];
  const loadListeners: (() => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = supportsPaint ? ['paint', 'largest-contentful-paint'] : ['mark'];
    readonly #entry;
    constructor(callback: (list: unknown, observer: { disconnect(): void }) => void) {
      this.#entry = { callback, on: false };
      observers.push(this.#entry);
    }
    observe(options: { type: string }) {
      if (options.type === 'paint') this.#entry.on = true;
    }
    disconnect() {
      this.#entry.on = false;
    }
  }
  const win = {
    PerformanceObserver: FakeObserver,
    performance: { getEntriesByType: (type: string) => (type === 'paint' && painted ? [{ name: 'first-paint' }] : []) },
    document: { readyState },
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'load') loadListeners.push(listener);
    },
  } as unknown as Window & typeof globalThis;
  const paint = () => {
    for (const entry of observers.filter((o) => o.on)) {
      entry.callback({}, { disconnect: () => (entry.on = false) });
    }
  };
  const load = () => loadListeners.forEach((listener) => listener());
  return { win, paint, load };
}

describe('work that waits for the first paint', () => {
  test('runs once, when the page first paints, not before and not again', () => {
    const { win, paint } = fakeWindow();
    let runs = 0;
    afterFirstPaint(() => runs++, win);
    expect(runs).toBe(0);
    paint();
    expect(runs).toBe(1);
    paint();
    expect(runs).toBe(1);
  });

  test('runs at once on a page that has already painted', () => {
    const { win } = fakeWindow({ painted: true });
    let runs = 0;
    afterFirstPaint(() => runs++, win);
    expect(runs).toBe(1);
  });

  test('without paint timing, runs when the page has loaded (or at once if it has)', () => {
    const loading = fakeWindow({ supportsPaint: false });
    let runs = 0;
    afterFirstPaint(() => runs++, loading.win);
    expect(runs).toBe(0);
    loading.load();
    expect(runs).toBe(1);
    const loaded = fakeWindow({ supportsPaint: false, readyState: 'complete' });
    afterFirstPaint(() => runs++, loaded.win);
    expect(runs).toBe(2);
  });
});
