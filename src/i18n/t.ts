/**
 * The interface language at run time: `t('area.name', params)` gives the active language's text.
 * On the server a page sets the language before it renders (`src/i18n/page.ts`); in the browser
 * the messages come from the page's JSON data block (`#i18n-messages`, written by BaseLayout),
 * read once complete: until the islands' messages have been added to it from the file it names
 * (`src`, fetched by the `client:paint` directive before an island hydrates, and kept on the
 * block's element: page-messages.ts), it is read afresh on each call. Tests call `setLanguage`.
 */
import type en from '../../content/i18n/en.json';
import {
  dateTag,
  formatMessage,
  formatNumber,
  formatParts,
  useLongDateSymbols,
  useNumberSymbols,
  usePluralTable,
  type Dictionary,
  type Params,
} from '../lib/i18n';
import { MESSAGES_ELEMENT_ID, type MessagesElement, type PageMessages } from './messages-block';

export { MESSAGES_ELEMENT_ID, type PageMessages };

/** Every message key: the keys of the English file, so a misspelt key fails the type check. */
export type MessageKey = keyof typeof en;

let active: PageMessages | undefined;

/** Make a language the active one (pages before rendering; tests before each file). */
export function setLanguage(locale: string, messages: Dictionary): void {
  active = { locale, messages };
}

function language(): PageMessages {
  if (active !== undefined) return active;
  const block =
    typeof document === 'undefined' ? null : (document.getElementById(MESSAGES_ELEMENT_ID) as MessagesElement | null);
  const completed = block?.completedMessages;
  if (completed !== undefined || block?.textContent) {
    const page = completed ?? (JSON.parse(block!.textContent!) as PageMessages);
    if (page.numbers !== undefined) useNumberSymbols(page.locale, page.numbers);
    if (page.dates !== undefined) useLongDateSymbols(dateTag(page.locale), page.dates);
    if (page.plurals !== undefined) usePluralTable(page.locale, page.plurals);
    if (page.src === undefined) active = page;
    return page;
  }
  throw new Error(`No interface language loaded: the page has no #${MESSAGES_ELEMENT_ID} data block.`);
}

/** The active language and all its messages (the layout picks a page's areas from them). */
export function activeLanguage(): PageMessages {
  return language();
}

/** Where the site's pages in the page's language start (`/cy/` for Welsh): links made in the browser stay in the language. */
export function pageBase(): string {
  return language().base ?? import.meta.env.BASE_URL;
}

/** The active language's BCP 47 tag (for `Intl` formats and `lang` attributes). */
export function locale(): string {
  return language().locale;
}

/** The message for `key` with its placeholders filled; an unknown key shows as itself. */
export function t(key: MessageKey, params?: Params): string {
  const { locale: tag, messages } = language();
  const message = messages[key];
  return message === undefined ? key : formatMessage(tag, message, params);
}

/** The message split at its placeholders, for markup (links, emphasis) inside a translated sentence. */
export function tParts<T>(key: MessageKey, params: Readonly<Record<string, string | number | T>>): (string | T)[] {
  const { locale: tag, messages } = language();
  const message = messages[key];
  return message === undefined ? [key] : formatParts(tag, message, params);
}

/**
 * The tag for writing dates in the active language. This site's English is British English
 * (organisation, behaviour), so English dates are written as en-GB writes them ("27 November 2026").
 */
export function dateLocale(): string {
  return dateTag(language().locale);
}

/** A number written for the active language. */
export function n(value: number): string {
  return formatNumber(language().locale, value);
}
