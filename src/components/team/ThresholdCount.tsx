/** The open workshop's count against the anonymity threshold, kept in view: "4 results: figures shown from 3". */
import { useStore } from '@nanostores/preact';
import { t } from '../../i18n/t';
import { $collection, $instrument } from '../../stores/collection';

/** The sentence, e.g. "1 result: figures shown from 3". */
export function thresholdSentence(n: number, threshold: number): string {
  return t('team.thresholdCount', { count: n, threshold });
}

export default function ThresholdCount() {
  const collection = useStore($collection);
  const instrument = useStore($instrument);
  if (instrument === null) return null;
  return (
    <p class="team-threshold no-print" data-shown={collection.length >= instrument.anonymityThreshold ? 'yes' : 'no'}>
      {thresholdSentence(collection.length, instrument.anonymityThreshold)}
    </p>
  );
}
