/** How an agreement level is named inside a sentence ("…: some disagreement."). */
import type { Agreement } from '../../lib/aggregate';
import { t, type MessageKey } from '../../i18n/t';

const IN_SENTENCE: Record<Agreement, MessageKey> = {
  high: 'team.agreementHighInSentence',
  some: 'team.agreementSomeInSentence',
  wide: 'team.agreementWideInSentence',
};

/** The agreement level's name as it reads inside a sentence, in the page's language. */
export function agreementInSentence(agreement: Agreement): string {
  return t(IN_SENTENCE[agreement]);
}
