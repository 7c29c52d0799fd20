/**
 * Before an island hydrates, the page's data block gets the islands' messages from the file it
 * names (`src`, written by src/pages/i18n/[file].json.ts), so that t() has every text the island
 * shows: the block's element keeps them (`completedMessages`, see messages-block.ts). Run by the
 * `client:paint` directive, at the same time as the island's code is fetched. When the file cannot
 * be fetched, the page says so, in the block's own words, and the island stays as the server
 * rendered it.
 */
import { MESSAGES_ELEMENT_ID, type MessagesElement, type PageMessages } from './messages-block';

let completing: Promise<void> | undefined;

/** Add the islands' messages to the page's data block, once; resolves at once when there are none to add. */
export function completePageMessages(): Promise<void> {
  return (completing ??= complete());
}

async function complete(): Promise<void> {
  const block = document.getElementById(MESSAGES_ELEMENT_ID) as MessagesElement | null;
  if (!block?.textContent) return;
  const { src, ...page } = JSON.parse(block.textContent) as PageMessages;
  if (src === undefined) return;
  try {
    const response = await fetch(src);
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    const more = (await response.json()) as PageMessages['messages'];
    // The page's own few messages go into the fetched object, rather than its hundreds of
    // messages being copied into a new one (2–5 ms of the main thread while the page starts).
    block.completedMessages = { ...page, messages: Object.assign(more, page.messages) };
  } catch (error) {
    const notice = document.createElement('p');
    notice.setAttribute('role', 'alert');
    notice.className = 'load-failed';
    notice.textContent = String(page.messages['layout.textLoadFailed'] ?? '');
    document.getElementById('main')?.prepend(notice);
    throw error;
  }
}
