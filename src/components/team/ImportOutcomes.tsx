/**
 * What became of each entry of the last batch: added, duplicate, from another workshop (keep or
 * skip), kept apart (another version), refused.
 */
import { useStore } from '@nanostores/preact';
import { describeSource, type EntryOutcome } from '../../lib/collection';
import { $lastImport, $strays, keepStrays, skipStrays } from '../../stores/collection';

/** Beyond this many, entries of one kind are summed up rather than listed, so the page stays quick. */
const LIST_LIMIT = 100;

function OutcomeList({ outcomes, title, id }: { outcomes: EntryOutcome[]; title: string; id: string }) {
  if (outcomes.length === 0) return null;
  const shown = outcomes.slice(0, LIST_LIMIT);
  return (
    <div class={`team-outcomes team-outcomes-${id}`}>
      <h3 id={`outcomes-${id}`}>
        {title} ({outcomes.length.toLocaleString('en')})
      </h3>
      <ul aria-labelledby={`outcomes-${id}`}>
        {shown.map((o, i) => (
          <li key={i}>
            <strong>{describeSource(o.source)}</strong>
            {o.status === 'added' ? ': added.' : `: ${o.message}`}
          </li>
        ))}
      </ul>
      {outcomes.length > shown.length && <p>…and {(outcomes.length - shown.length).toLocaleString('en')} more.</p>}
    </div>
  );
}

/** Results made for another workshop, held back until the facilitator keeps or skips them. */
function Strays() {
  const strays = useStore($strays);
  if (strays.length === 0) return null;
  const tags = [...new Set(strays.map((r) => r.tag ?? ''))].join(', ');
  const n = strays.length;
  return (
    <div class="team-strays" role="group" aria-labelledby="strays-heading">
      <h3 id="strays-heading">
        {n} {n === 1 ? 'result was' : 'results were'} made for another workshop ({tags})
      </h3>
      <p>
        {n === 1 ? 'It was' : 'They were'} made from another workshop’s invitation. Perhaps a participant used an old
        link, or {n === 1 ? 'it belongs' : 'they belong'} to another group. Keep {n === 1 ? 'it' : 'them'} in this
        workshop, or skip {n === 1 ? 'it' : 'them'}?
      </p>
      <p class="team-actions">
        <button type="button" onClick={() => void keepStrays()}>
          Keep {n === 1 ? 'it' : `all ${n}`}
        </button>{' '}
        <button type="button" class="secondary" onClick={skipStrays}>
          Skip {n === 1 ? 'it' : `all ${n}`}
        </button>
      </p>
    </div>
  );
}

export default function ImportOutcomes() {
  const last = useStore($lastImport);
  const outcomes = last?.outcomes ?? [];
  const of = (status: EntryOutcome['status']) => outcomes.filter((o) => o.status === status);
  const other = of('other-version');
  const versions = [...new Set(other.map((o) => (o.status === 'other-version' ? (o.version ?? 'unknown') : '')))];
  return (
    <section class="team-last no-print" aria-labelledby={last === null || last.outcomes.length === 0 ? undefined : 'last-heading'}>
      {last !== null && last.outcomes.length > 0 && <h2 id="last-heading">What happened to the last entries you added</h2>}
      {/* Always in the page, so that screen readers announce the summary when it changes. */}
      <p role="status" aria-live="polite" class="team-summary">
        {last?.summary ?? ''}
      </p>
      <Strays />
      <OutcomeList outcomes={of('other-workshop')} title="From another workshop" id="other-workshop" />
      <OutcomeList outcomes={of('refused')} title="Refused" id="refused" />
      <OutcomeList outcomes={of('duplicate')} title="Duplicates, not counted twice" id="duplicate" />
      {other.length > 0 && (
        <div class="team-kept-apart">
          <OutcomeList
            outcomes={other}
            title={`From another version of the inventory (${versions.join(', ')})`}
            id="other-version"
          />
          <p>
            These were made with another version of the inventory, whose questions or scale differ from this one. Mixing
            them in would compare different things, so they are kept apart and left out of every figure. Ask those
            people to take the inventory again here, or make a separate profile with the version they used.
          </p>
        </div>
      )}
      <OutcomeList outcomes={of('added')} title="Added" id="added" />
    </section>
  );
}
