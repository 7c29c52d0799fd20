import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterPagePaint } from '../../src/lib/after-page-paint';

/**
 * A page under the test's control: `paint()` delivers its first paint entry, `parsed()` ends its
 * parsing (DOMContentLoaded), `frame()` runs the callbacks of the next animation frame, and timers
 * are Vitest's fake ones.
 */
function fakePage({ supported = true, painted = false, loading = true } = {}) {
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
  const state = { painted, loading };
  const parsedListeners: (() => void)[] = [];
  let frames: (() => void)[] = [];
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  vi.stubGlobal('performance', {
    getEntriesByType: (type: string) => (type === 'paint' && state.painted ? [{ name: 'first-paint' }] : []),
  });
  vi.stubGlobal('document', {
    get readyState() {
      return state.loading ? 'loading' : 'interactive';
    },
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'DOMContentLoaded') parsedListeners.push(listener);
    },
  });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  return {
    paint: () => {
      state.painted = true;
      observers.filter((o) => o.on).forEach((o) => o.deliver());
    },
    parsed: () => {
      state.loading = false;
      parsedListeners.splice(0).forEach((listener) => listener());
    },
    frame: () => {
      const due = frames;
      frames = [];
      due.forEach((callback) => callback());
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('work that waits until the page’s HTML is on screen', () => {
  test('runs once, after the first paint, the end of parsing and the frame after both', () => {
    const page = fakePage();
    let runs = 0;
    afterPagePaint(() => runs++);
    page.paint(); // the header only: the rest is still being parsed
    page.frame();
    vi.runAllTimers();
    expect(runs).toBe(0);
    page.parsed();
    expect(runs).toBe(0);
    page.frame(); // the frame that paints the whole HTML
    expect(runs).toBe(0);
    vi.runAllTimers(); // the task after that frame
    expect(runs).toBe(1);
    page.paint();
    page.frame();
    vi.runAllTimers();
    expect(runs).toBe(1);
  });

  test('on a page parsed before its first paint, waits for that paint and the frame after', () => {
    const page = fakePage();
    let runs = 0;
    afterPagePaint(() => runs++);
    page.parsed();
    page.frame();
    vi.runAllTimers();
    expect(runs).toBe(0);
    page.paint();
    page.frame();
    vi.runAllTimers();
    expect(runs).toBe(1);
  });

  test('on a page already painted and parsed, runs after the next frame', () => {
    const page = fakePage({ painted: true, loading: false });
    let runs = 0;
    afterPagePaint(() => runs++);
    expect(runs).toBe(0);
    page.frame();
    vi.runAllTimers();
    expect(runs).toBe(1);
  });

  test('in a browser without paint timing, runs after the end of parsing and the next frame, rather than never', () => {
    const page = fakePage({ supported: false });
    let runs = 0;
    afterPagePaint(() => runs++);
    page.parsed();
    page.frame();
    vi.runAllTimers();
    expect(runs).toBe(1);
  });
});
