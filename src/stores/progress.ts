/** Progress through the inventory: how many items have an answer, overall and per dimension. */
import { computed } from 'nanostores';
import { $answers, $instrument } from './answers';
import { isValidAnswer } from '../lib/instrument';

/** Answered ("can't judge" counts as an answer) of total, for one dimension. */
export interface DimensionProgress {
  id: string;
  title: string;
  answered: number;
  total: number;
  /** Items of the dimension with no answer yet, in order. */
  unanswered: { id: string; label: string }[];
}

/** Progress overall and per dimension; empty until the instrument is known. */
export const $progress = computed([$instrument, $answers], (instrument, answers) => {
  const answeredItem = (id: string) =>
    instrument !== null && Object.hasOwn(answers, id) && isValidAnswer(instrument, answers[id]);
  const dimensions: DimensionProgress[] = (instrument?.dimensions ?? []).map((d) => {
    const unanswered = d.items.filter((i) => !answeredItem(i.id)).map((i) => ({ id: i.id, label: i.label }));
    return {
      id: d.id,
      title: d.title,
      answered: d.items.length - unanswered.length,
      total: d.items.length,
      unanswered,
    };
  });
  return {
    answered: dimensions.reduce((s, d) => s + d.answered, 0),
    total: dimensions.reduce((s, d) => s + d.total, 0),
    dimensions,
  };
});
