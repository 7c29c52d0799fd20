// The page's language data block (#i18n-messages, as BaseLayout writes it), in English: tests that
// re-import modules (vi.resetModules) get a fresh `t`, which reads its messages from this block as
// the page's scripts do. Import it for its effect.
import en from '../../content/i18n/en.json';
import { MESSAGES_ELEMENT_ID } from '../../src/i18n/t';

if (document.getElementById(MESSAGES_ELEMENT_ID) === null) {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = MESSAGES_ELEMENT_ID;
  block.textContent = JSON.stringify({ locale: 'en', messages: en });
  document.head.append(block);
}
