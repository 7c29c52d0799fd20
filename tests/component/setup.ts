import { afterAll } from 'vitest';

// nanostores unmounts a store 1 s after its last listener leaves; persistent stores then detach
// their window listeners. Let that happen while this file's happy-dom window still exists.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 1100)));

// The page's language data block, as BaseLayout writes it: a test that re-imports the modules
// (vi.resetModules) gets a fresh `t`, which reads its English from here, as in the browser. A plain
// element rather than happy-dom's <script>, which would give it to its script engine.
import en from '../../content/i18n/en.json';
import { MESSAGES_ELEMENT_ID } from '../../src/i18n/t';

const block = document.createElement('div');
block.hidden = true;
block.id = MESSAGES_ELEMENT_ID;
block.textContent = JSON.stringify({ locale: 'en', messages: en });
document.head.append(block);

// happy-dom lays nothing out, and its IntersectionObserver never reports. Here every observed
// element is in view at once, as on a tall screen: what waits to be shown (a chart) is shown.
class InViewObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    queueMicrotask(() =>
      this.callback(
        [{ target, isIntersecting: true } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      ),
    );
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
globalThis.IntersectionObserver = InViewObserver as unknown as typeof IntersectionObserver;
