/** One item as a native radio group: a fieldset whose legend is the item, one radio per scale point. */
import { CANT_JUDGE, type AnswerValue, type InstrumentItem, type Scale } from '../../lib/instrument';
import { answer, clearAnswer } from '../../stores/answers';

interface Props {
  item: InstrumentItem;
  scale: Scale;
  value: AnswerValue | undefined;
}

/** The radios of one item; arrow keys move within the group, as in any native radio group. */
export function RatingItem({ item, scale, value }: Props) {
  const name = `q-${item.id}`;
  const points: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) points.push(v);
  const anchorOf = (v: number) => scale.anchors.find((a) => a.value === v)?.label;
  return (
    <fieldset class="rating" id={`item-${item.id}`} data-item={item.id}>
      <legend>{item.label}</legend>
      <div class="options">
        {points.map((v) => {
          const anchor = anchorOf(v);
          return (
            <label key={v} class={anchor === undefined ? 'option' : 'option anchored'}>
              <input
                type="radio"
                name={name}
                value={String(v)}
                checked={value === v}
                onChange={() => answer(item.id, v)}
              />
              <span class="num">{v}</span>
              {anchor !== undefined && (
                <>
                  <span class="visually-hidden"> – </span>
                  <span class="anchor">{anchor}</span>
                </>
              )}
            </label>
          );
        })}
        {scale.cantJudge !== false && (
          <label class="option cant-judge">
            <input
              type="radio"
              name={name}
              value={CANT_JUDGE}
              checked={value === CANT_JUDGE}
              onChange={() => answer(item.id, CANT_JUDGE)}
            />
            <span class="num">{scale.cantJudge}</span>
          </label>
        )}
      </div>
      {value !== undefined && (
        <button type="button" class="link-button" onClick={() => clearAnswer(item.id)}>
          Clear this answer
        </button>
      )}
    </fieldset>
  );
}
