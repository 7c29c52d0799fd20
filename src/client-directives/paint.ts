import type { ClientDirective } from 'astro';
import { completePageMessages } from '../i18n/page-messages';
import { afterPagePaint } from '../lib/after-page-paint';

/**
 * `client:paint`: hydrate the island once the page's HTML is on screen (after-page-paint.ts). The
 * island's server-rendered HTML is what the reader sees first; its code and its messages
 * (page-messages.ts) are fetched side by side right after, without waiting for the browser to be
 * idle (as `client:idle` would) and without holding up the page's paint (as `client:load` can).
 */
const paint: ClientDirective = (load) => {
  afterPagePaint(() => {
    void Promise.all([load(), completePageMessages()]).then(
      ([hydrate]) => hydrate(),
      () => undefined,
    );
  });
};

export default paint;
