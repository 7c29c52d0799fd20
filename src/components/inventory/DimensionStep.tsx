/** One step: a dimension's title, key statement, prompt and items, with Back and Next. */
import { useStore } from '@nanostores/preact';
import { n, t, tParts } from '../../i18n/t';
import type { Instrument, Scale } from '../../lib/instrument';
import { $answers } from '../../stores/answers';
import { $progress } from '../../stores/progress';
import { goToStep } from '../../stores/step';
import { RatingItem } from './RatingItem';

interface Props {
  instrument: Instrument;
  dimensionId: string;
}

/** A point of the scale with its anchor label, if it has one: "1 (no evidence)". */
function scalePoint(scale: Scale, value: number): string {
  const anchor = scale.anchors.find((a) => a.value === value)?.label;
  return anchor === undefined ? n(value) : t('inventory.scalePointAnchor', { value, anchor: anchor.toLowerCase() });
}

/** The items of one dimension under the framework's prompt, each a radio group. */
export function DimensionStep({ instrument, dimensionId }: Props) {
  const answers = useStore($answers);
  const progress = useStore($progress);
  const index = instrument.dimensions.findIndex((d) => d.id === dimensionId);
  const dimension = instrument.dimensions[index];
  if (dimension === undefined) return null;
  const counts = progress.dimensions[index];
  const previous = instrument.dimensions[index - 1];
  const next = instrument.dimensions[index + 1];
  return (
    <section class="step" aria-labelledby="step-heading">
      <p class="step-of">
        {counts === undefined
          ? t('inventory.dimensionOf', { number: index + 1, count: instrument.dimensions.length })
          : t('inventory.dimensionOfAnswered', {
              number: index + 1,
              count: instrument.dimensions.length,
              answered: counts.answered,
              total: counts.total,
            })}
      </p>
      <h2 id="step-heading" tabIndex={-1}>
        {dimension.title}
      </h2>
      {dimension.leadIn !== undefined && <p class="lead-in">{dimension.leadIn}</p>}
      <p class="key-statement">
        {tParts('inventory.keyStatement', {
          label: <strong>{t('inventory.keyStatementLabel')}</strong>,
          statement: dimension.keyStatement,
        })}
      </p>
      <p class="prompt">{dimension.prompt}</p>
      <p class="instruction">
        {t('inventory.instruction', {
          from: scalePoint(instrument.scale, instrument.scale.min),
          to: scalePoint(instrument.scale, instrument.scale.max),
        })}
      </p>
      {dimension.items.map((item) => (
        <RatingItem
          key={item.id}
          item={item}
          scale={instrument.scale}
          value={Object.hasOwn(answers, item.id) ? answers[item.id] : undefined}
        />
      ))}
      <div class="step-buttons">
        <button
          type="button"
          class="secondary"
          onClick={() => goToStep(previous === undefined ? { kind: 'intro' } : { kind: 'dimension', id: previous.id })}
        >
          {t('inventory.back')}
        </button>
        <button
          type="button"
          onClick={() => goToStep(next === undefined ? { kind: 'review' } : { kind: 'dimension', id: next.id })}
        >
          {next === undefined ? t('inventory.nextReview') : t('inventory.next')}
        </button>
      </div>
    </section>
  );
}
