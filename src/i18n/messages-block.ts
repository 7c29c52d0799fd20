/**
 * The page's JSON data block of messages (BaseLayout writes it): its id and what it holds. Apart
 * from t.ts so that the `client:paint` directive, inlined in the page, can complete it without
 * bundling t.ts (page-messages.ts).
 */
import type { Dictionary } from '../lib/i18n';
import type { LongDateSymbols } from '../lib/date-symbols';
import type { NumberSymbols } from '../lib/number-symbols';

/** The id of the page's JSON data block that holds its language and messages. */
export const MESSAGES_ELEMENT_ID = 'i18n-messages';

/** What the data block holds. */
export interface PageMessages {
  /** BCP 47 language tag, as on `<html lang>`. */
  locale: string;
  /** The messages of the areas the page uses. */
  messages: Dictionary;
  /** The address of the site's home in this language (`/`, `/cy/`, or under a base path), when not the base. */
  base?: string;
  /** The address of the file with the page's islands' messages, until they have been added here. */
  src?: string;
  /** How the language writes numbers, so that the page writes them without Intl.NumberFormat. */
  numbers?: NumberSymbols;
  /** How the language writes dates in full, where it can be written without Intl.DateTimeFormat. */
  dates?: LongDateSymbols;
  /** The plural category of each whole number from 0 (src/lib/i18n.ts `pluralTable`), on island pages. */
  plurals?: string;
}

/**
 * The data block's element, once the islands' messages have been added (page-messages.ts): they
 * are kept on it as an object, not written back into its text, so that neither side spends the
 * main thread writing the messages as JSON and reading them again.
 */
export interface MessagesElement extends HTMLElement {
  completedMessages?: PageMessages;
}
