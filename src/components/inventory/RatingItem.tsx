/**
 * One item as a native radio group: a fieldset whose legend is the item's rating statement, the
 * framework's question beside it, one radio per scale point.
 */
import { Component } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../../i18n/t';
import { CANT_JUDGE, type AnswerValue, type InstrumentItem, type Scale } from '../../lib/instrument';
import { answer, clearAnswer } from '../../stores/answers';

/**
 * Columns of the scale on a narrow screen: up to 7 points in one row, more in two even rows
 * (1–12 reads as 1–6 over 7–12), so that it reads as one scale.
 */
export function phoneColumns(points: number): number {
  return points <= 7 ? points : Math.ceil(points / 2);
}

interface Props {
  item: InstrumentItem;
  scale: Scale;
  value: AnswerValue | undefined;
}

/**
 * One item, drawn again only when its own answer (or the item or scale) changes: choosing a rating
 * re-renders that question alone, not every question of the step (the next paint comes sooner).
 */
export class RatingItem extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const { item, scale, value } = this.props;
    return next.value !== value || next.item !== item || next.scale !== scale;
  }
  override render(props: Props) {
    return <RatingGroup {...props} />;
  }
}

/** The radios of one item; arrow keys move within the group, as in any native radio group. */
function RatingGroup({ item, scale, value }: Props) {
  const name = `q-${item.id}`;
  const points: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) points.push(v);
  const anchorOf = (v: number) => scale.anchors.find((a) => a.value === v)?.label;
  const asked = item.question !== item.label;
  const group = useRef<HTMLFieldSetElement>(null);
  // The button goes away with the answer: focus moves to the first option, so it stays in the question.
  const clear = () => {
    clearAnswer(item.id);
    group.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  };
  return (
    <fieldset
      ref={group}
      class="rating"
      id={`item-${item.id}`}
      data-item={item.id}
      aria-describedby={asked ? `asks-${item.id}` : undefined}
    >
      <legend>{item.label}</legend>
      {asked && (
        <p class="asks" id={`asks-${item.id}`}>
          {t('inventory.frameworkAsks', { question: item.question })}
        </p>
      )}
      <div class="options" data-columns={String(phoneColumns(points.length))}>
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
        <button type="button" class="link-button" onClick={clear}>
          {t('inventory.clearAnswer')}
        </button>
      )}
    </fieldset>
  );
}
