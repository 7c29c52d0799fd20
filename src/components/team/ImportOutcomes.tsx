/**
 * What became of each entry of the last batch: added, duplicate, from another workshop (keep or
 * skip), kept apart (another version), refused.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tParts } from '../../i18n/t';
import { describeSource, type EntryOutcome } from '../../lib/collection';
import { $lastImport, $strays } from '../../stores/collection';
import { keepStrays, skipStrays } from '../../stores/strays';

/**
 * Beyond this many, entries of one kind are summed up rather than listed, so the page stays quick;
 * "Show all" lists the rest when the facilitator asks.
 */
const LIST_LIMIT = 100;

function OutcomeList({ outcomes, title, id }: { outcomes: EntryOutcome[]; title: string; id: string }) {
  const [all, setAll] = useState(false);
  // Once the rest is shown, focus goes to the first of it: the button that was there is gone.
  const firstOfRest = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (all) firstOfRest.current?.focus();
  }, [all]);
  if (outcomes.length === 0) return null;
  const shown = all ? outcomes : outcomes.slice(0, LIST_LIMIT);
  return (
    <div class={`team-outcomes team-outcomes-${id}`}>
      <h3 id={`outcomes-${id}`}>{t('team.outcomesTitle', { title, count: outcomes.length })}</h3>
      <ul aria-labelledby={`outcomes-${id}`}>
        {shown.map((o, i) => (
          <li key={i} {...(i === LIST_LIMIT ? { ref: firstOfRest, tabIndex: -1 } : {})}>
            {o.status === 'added'
              ? tParts('team.outcomeAdded', { source: <strong>{describeSource(o.source)}</strong> })
              : tParts('team.outcomeMessage', {
                  source: <strong>{describeSource(o.source)}</strong>,
                  message: o.message,
                })}
          </li>
        ))}
      </ul>
      {outcomes.length > shown.length && (
        <p>
          {t('team.outcomesMore', { count: outcomes.length - shown.length })}{' '}
          <button type="button" class="secondary" onClick={() => setAll(true)}>
            {t('team.outcomesShowAll', { count: outcomes.length, title })}
          </button>
        </p>
      )}
    </div>
  );
}

/** Results made for another workshop, held back until the facilitator keeps or skips them. */
function Strays() {
  const strays = useStore($strays);
  const waiting = strays.length > 0;
  // Until they are kept or skipped, they live only in this page: leaving it (a reload, closing the
  // tab) would lose them without a word, so the browser asks first.
  useEffect(() => {
    if (!waiting) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    globalThis.addEventListener('beforeunload', ask);
    return () => globalThis.removeEventListener('beforeunload', ask);
  }, [waiting]);
  if (!waiting) return null;
  const tags = [...new Set(strays.map((r) => r.tag ?? ''))].join(t('team.listSeparator'));
  const n = strays.length;
  return (
    <div class="team-strays" role="group" aria-labelledby="strays-heading">
      <h3 id="strays-heading">{t('team.straysHeading', { count: n, tags })}</h3>
      <p>{t('team.straysText', { count: n })}</p>
      <p class="team-actions">
        <button type="button" onClick={() => void keepStrays()}>
          {t('team.straysKeep', { count: n })}
        </button>{' '}
        <button type="button" class="secondary" onClick={skipStrays}>
          {t('team.straysSkip', { count: n })}
        </button>
      </p>
    </div>
  );
}

export default function ImportOutcomes() {
  const last = useStore($lastImport);
  // Each import's lists start short again: they are keyed by the import they show.
  const imports = useRef<{ last: typeof last; count: number }>({ last, count: 0 });
  if (imports.current.last !== last) imports.current = { last, count: imports.current.count + 1 };
  const key = (id: string) => `${id}-${imports.current.count}`;
  const outcomes = last?.outcomes ?? [];
  const of = (status: EntryOutcome['status']) => outcomes.filter((o) => o.status === status);
  const other = of('other-version');
  const versions = [
    ...new Set(other.map((o) => (o.status === 'other-version' ? (o.version ?? t('team.versionUnknown')) : ''))),
  ];
  return (
    <section
      class="team-last no-print"
      aria-labelledby={last === null || last.outcomes.length === 0 ? undefined : 'last-heading'}
    >
      {last !== null && last.outcomes.length > 0 && <h2 id="last-heading">{t('team.lastHeading')}</h2>}
      {/* Always in the page, so that screen readers announce the summary when it changes. */}
      <p role="status" aria-live="polite" class="team-summary">
        {last?.summary ?? ''}
      </p>
      <Strays />
      <OutcomeList
        key={key('other-workshop')}
        outcomes={of('other-workshop')}
        title={t('team.outcomesOtherWorkshop')}
        id="other-workshop"
      />
      <OutcomeList key={key('refused')} outcomes={of('refused')} title={t('team.outcomesRefused')} id="refused" />
      <OutcomeList
        key={key('duplicate')}
        outcomes={of('duplicate')}
        title={t('team.outcomesDuplicate')}
        id="duplicate"
      />
      {other.length > 0 && (
        <div class="team-kept-apart">
          <OutcomeList
            key={key('other-version')}
            outcomes={other}
            title={t('team.outcomesOtherVersion', { versions: versions.join(t('team.listSeparator')) })}
            id="other-version"
          />
          <p>{t('team.otherVersionExplained')}</p>
        </div>
      )}
      <OutcomeList key={key('added')} outcomes={of('added')} title={t('team.outcomesAdded')} id="added" />
    </section>
  );
}
