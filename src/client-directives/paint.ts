import type { ClientDirective } from 'astro';
import { completePageMessages } from '../i18n/page-messages';
import { afterFirstPaint } from '../lib/after-first-paint';

/**
 * `client:paint`: hydrate the island once the page has painted its first content. The island's
 * server-rendered HTML is what the reader sees first; its code and its messages (page-messages.ts)
 * are fetched side by side right after, without waiting for the browser to be idle (as `client:idle`
 * would) and without holding up the first paint (as `client:load` can).
 */
const paint: ClientDirective = (load) => {
  afterFirstPaint(() => {
    void Promise.all([load(), completePageMessages()]).then(
      ([hydrate]) => hydrate(),
      () => undefined,
    );
  });
};

export default paint;
