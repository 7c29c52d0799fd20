import { afterEach, describe, expect, test, vi } from 'vitest';
import { afterFirstPaint } from '../../src/lib/after-first-paint';

/** Paint timing under the test's control: `paint()` delivers the page's paint entries. */
function fakePaintTiming({ supported = true, painted = false } = {}) {
  const observers: { deliver: () => void; on: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = supported ? ['paint', 'largest-contentful-paint'] : ['mark'];
    readonly #entry: { deliver: () => void; on: boolean };
    constructor(callback: (entries: unknown, observer: FakeObserver) => void) {
      this.#entry = { deliver: () => callback({}, this), on: false };
      observers.push(this.#entry);
    }
    observe(options: { type: string }) {
      if (options.type === 'paint') this.#entry.on = true;
    }
    disconnect() {
      this.#entry.on = false;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  vi.stubGlobal('performance', {
    getEntriesByType: (type: string) => (type === 'paint' && painted ? [{ name: 'first-paint' }] : []),
  });
  return { paint: () => observers.filter((o) => o.on).forEach((o) => o.deliver()) };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('work that waits for the first paint', () => {
  test('runs once, when the page first paints, not before and not again', () => {
    const { paint } = fakePaintTiming();
    let runs = 0;
    afterFirstPaint(() => runs++);
    expect(runs).toBe(0);
    paint();
    expect(runs).toBe(1);
    paint();
    expect(runs).toBe(1);
  });

  test('runs at once on a page that has already painted', () => {
    fakePaintTiming({ painted: true });
    let runs = 0;
    afterFirstPaint(() => runs++);
    expect(runs).toBe(1);
  });

  test('runs at once in a browser without paint timing, rather than never', () => {
    fakePaintTiming({ supported: false });
    let runs = 0;
    afterFirstPaint(() => runs++);
    expect(runs).toBe(1);
  });
});
