/** The one place the results view reads the person's own answers (re-pointed at src/stores/answers.ts on merge). */
import { persistentAtom } from '@nanostores/persistent';
import { atom, computed } from 'nanostores';
import type { Answers, Instrument } from '../../lib/instrument';
import { validateAnswers, validateContext, type ResultContext } from '../../lib/result';

const $stored = persistentAtom<string | undefined>('cli:answers:v1', undefined);
const $instrument = atom<Instrument | null>(null);
type Stored = { instrument?: { version?: unknown }; answers?: unknown; context?: unknown };
const none = { answers: {} as Answers, context: {} as ResultContext };
/** Tell the adapter which instrument the stored answers must belong to. */
export const connectOwnResult = (instrument: Instrument): void => $instrument.set(instrument);
const $own = computed([$stored, $instrument], (raw, instrument) => {
  try {
    const data = JSON.parse(raw ?? 'null') as Stored | null;
    if (instrument === null || data?.instrument?.version !== instrument.version) return none;
    const answers = validateAnswers(instrument, data.answers);
    const context = validateContext(data.context);
    return { answers: answers.ok ? answers.value : {}, context: context.ok ? context.value : {} };
  } catch {
    return none;
  }
});
/** The person's own answers (read-only); empty when none are stored for this instrument. */
export const $ownAnswers = computed($own, (own) => own.answers);
/** The context the person gave (level, partnership), read-only. */
export const $ownContext = computed($own, (own) => own.context);

/** Replace the person's own answers after they confirmed; false when the device refused to store them. */
export function replaceOwnAnswers(answers: Answers, context: ResultContext): boolean {
  const instrument = $instrument.get();
  try {
    if (instrument === null) return false;
    $stored.set(JSON.stringify({ instrument: { id: instrument.id, version: instrument.version }, answers, context }));
    return true;
  } catch {
    return false;
  }
}
