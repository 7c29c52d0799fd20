/**
 * The collective profile: the level filter, then, only at or above the anonymity threshold, the
 * radar, the figures as a table, strengths, development areas, where views differ most (with that
 * dimension's questions for discussion), every question, talking points, the levels side by side,
 * the exports, present mode and print. Below it: how many more are needed. Every figure comes from
 * src/lib/aggregate.ts (the anonymity rule) and is rounded by src/lib/rounding.ts.
 */
import { useStore } from '@nanostores/preact';
import { Component, type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { extremesFrom, type GroupFigures, type GroupProfile } from '../../lib/aggregate';
import { filterByLevel, type LevelFilter } from '../../lib/collection';
import type { Instrument } from '../../lib/instrument';
import { LEVEL_LABELS, LEVELS } from '../../lib/result';
import { screenPercent, screenScale } from '../../lib/rounding';
import { $collection, $levelFilter, $loaded, $profile, $progress, setLevelFilter } from '../../stores/collection';
import { $levelComparison, $questions } from '../../stores/group-report';
import { $activeId } from '../../stores/workshops';
import GroupDetails from './GroupDetails';
import ProfileRadar from './ProfileRadar';
import { downloadText } from '../download';

const fixed = screenScale;

const FILTER_LABELS: Record<LevelFilter, string> = {
  all: 'All levels',
  ...LEVEL_LABELS,
  'not-stated': 'Level not stated',
};
const FILTERS: LevelFilter[] = ['all', ...LEVELS, 'not-stated'];

const TEXT = {
  rule: (threshold: number, extremes: number) =>
    `Anonymity: group figures appear from ${threshold} results (for each level, dimension and question too); lowest and highest from ${extremes}, because with fewer, the mean, SD, lowest and highest together would give someone’s score away. A question’s ratings show which ratings were given, never who gave them.`,
  withheld: 'withheld',
  reportTitle: 'Collective profile',
  reportFacts: (date: string, n: number, threshold: number, level: string) =>
    `${date}. ${n} ${n === 1 ? 'result' : 'results'} (${level}); figures shown from ${threshold} results.`,
  present: 'Present to the room',
  presentLoading: 'Opening present mode…',
  presentFailed: 'Present mode could not be opened. Reload the page and try again.',
  detailsLoading: 'Loading the figures for every question…',
} as const;

const cell = (v: number | null) => (v === null ? <span class="team-muted">{TEXT.withheld}</span> : fixed(v));

function FigureCells({ f }: { f: GroupFigures }) {
  return (
    <>
      <td>
        {fixed(f.mean)} <span class="team-muted">({screenPercent(f.percent)})</span>
      </td>
      <td>{cell(f.lowest)}</td>
      <td>{cell(f.highest)}</td>
      <td>{fixed(f.sd)}</td>
      <td>{f.agreementLabel}</td>
    </>
  );
}

function FiguresTable({ instrument, profile }: { instrument: Instrument; profile: GroupProfile }) {
  return (
    // Focusable and named, so that keyboard users can scroll the table on a narrow screen.
    <div class="team-table-wrap" tabIndex={0} role="region" aria-labelledby="team-table-caption">
      <table class="team-table">
        <caption id="team-table-caption">
          Group figures by dimension, on the {instrument.scale.min}–{instrument.scale.max} scale ({profile.count}{' '}
          results)
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Results</th>
            <th scope="col">Group mean</th>
            <th scope="col">Lowest</th>
            <th scope="col">Highest</th>
            <th scope="col">SD</th>
            <th scope="col">Agreement</th>
          </tr>
        </thead>
        <tbody>
          {profile.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.title}</th>
              {d.figures === null ? (
                <td colSpan={6}>Fewer than {profile.threshold} people could rate this dimension: no figures shown.</td>
              ) : (
                <>
                  <td>{d.n}</td>
                  <FigureCells f={d.figures} />
                </>
              )}
            </tr>
          ))}
        </tbody>
        {profile.overall !== null && (
          <tfoot>
            <tr>
              <th scope="row">Overall</th>
              <td>{profile.overall.n}</td>
              <FigureCells f={profile.overall} />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

function DimensionNames({ ids, profile, empty }: { ids: string[]; profile: GroupProfile; empty: string }) {
  if (ids.length === 0) return <p>{empty}</p>;
  return (
    <ul>
      {ids.map((id) => {
        const d = profile.dimensions.find((x) => x.id === id)!;
        return (
          <li key={id}>
            {d.title}: group mean {fixed(d.figures!.mean)} ({screenPercent(d.figures!.percent)})
          </li>
        );
      })}
    </ul>
  );
}

type PresentModule = typeof import('./PresentMode');

/**
 * Every question, the talking points and the levels side by side, reading their own figures
 * ($questions and $levelComparison), so that they render in a task of their own: after the
 * profile's first paint, and after a change when those figures update.
 */
function Details({
  instrument,
  threshold,
  frameworkHref,
  filter,
}: {
  instrument: Instrument;
  threshold: number;
  frameworkHref: string;
  filter: LevelFilter;
}) {
  const questions = useStore($questions);
  const comparison = useStore($levelComparison);
  return (
    <GroupDetails
      instrument={instrument}
      questions={questions}
      threshold={threshold}
      frameworkHref={frameworkHref}
      comparison={filter === 'all' ? comparison : null}
    />
  );
}

type DetailsProps = Parameters<typeof Details>[0];

/** Holds `Details` back until the profile has painted, and re-renders it only when its own props change. */
class DetailsSlot extends Component<DetailsProps, { ready: boolean }> {
  override state = { ready: false };
  private timer: ReturnType<typeof setTimeout> | undefined;

  override componentDidMount() {
    this.timer = setTimeout(() => this.setState({ ready: true }), 0);
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
  }

  override shouldComponentUpdate(next: DetailsProps, nextState: { ready: boolean }) {
    const p = this.props;
    return (
      nextState.ready !== this.state.ready ||
      next.instrument !== p.instrument ||
      next.threshold !== p.threshold ||
      next.frameworkHref !== p.frameworkHref ||
      next.filter !== p.filter
    );
  }

  override render() {
    return this.state.ready ? <Details {...this.props} /> : <p class="team-loading">{TEXT.detailsLoading}</p>;
  }
}

/**
 * Fetch the radar's chart module as soon as figures are about to be shown (results are being read
 * or scored: the first step of progress) or are shown, so that the chart does not wait for it.
 */
function usePrefetchChart(shown: boolean): void {
  useEffect(() => {
    // Fetched early, not run: the radar draws from it when it renders, and a failure shows there.
    const prefetch = () => void import('../radar-chart').catch(() => undefined);
    if (shown) {
      prefetch();
      return undefined;
    }
    // Called as soon as progress is set, not when the page next renders.
    const stop = $progress.listen((progress) => {
      if (progress === null) return;
      stop();
      prefetch();
    });
    return stop;
  }, [shown]);
}

/**
 * The profile. `title` names the report (a workshop's name when there is one); `plan` is the
 * group's action plan, shown before the exports and printed with the report.
 */
export default function ProfileView({
  instrument,
  frameworkHref,
  title = TEXT.reportTitle,
  plan,
}: {
  instrument: Instrument;
  frameworkHref: string;
  title?: string;
  plan?: ComponentChildren;
}) {
  const profile = useStore($profile);
  const filter = useStore($levelFilter);
  const collection = useStore($collection);
  const loaded = useStore($loaded);
  const [present, setPresent] = useState<PresentModule | 'loading' | 'failed' | null>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  usePrefetchChart(profile?.shown === true);
  if (profile === null || !loaded) return <p class="team-loading">Reading the collection saved in this browser…</p>;
  const Present = present !== null && typeof present === 'object' ? present.default : null;
  const label = FILTER_LABELS[filter];
  const countFor = (f: LevelFilter) => filterByLevel(collection, f).length;

  return (
    <section class="team-profile" aria-labelledby="profile-heading">
      <h2 id="profile-heading">The group’s profile</h2>
      <div class="print-only team-report-head">
        <p class="team-report-title">{title}</p>
        <p>
          {TEXT.reportFacts(
            new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
            profile.count,
            profile.threshold,
            label.toLowerCase(),
          )}
        </p>
      </div>
      <div class="team-filter no-print">
        <label for="team-level">Show results for</label>
        <select id="team-level" value={filter} onChange={(e) => setLevelFilter(e.currentTarget.value as LevelFilter)}>
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {FILTER_LABELS[f]} ({countFor(f)})
            </option>
          ))}
        </select>
      </div>
      <p class="team-count">
        <strong>
          {profile.count} {profile.count === 1 ? 'result' : 'results'}
        </strong>{' '}
        {filter === 'all' ? 'in the profile' : `for ${label.toLowerCase()}`}.
      </p>
      {!profile.shown && profile.needed === 0 ? (
        <p class="team-needed">
          Figures by level are withheld while a level has only {profile.smallGroup}{' '}
          {profile.smallGroup === 1 ? 'result' : 'results'}: comparing the levels with the whole group could reveal{' '}
          {profile.smallGroup === 1 ? 'that person’s' : 'those people’s'} scores. They appear when every level has none
          or at least {profile.threshold} results.
        </p>
      ) : !profile.shown ? (
        <p class="team-needed">
          Add {profile.needed} more {profile.needed === 1 ? 'result' : 'results'}
          {filter === 'all' ? '' : ` at this level`} to see the group’s figures. Group figures appear only with at least{' '}
          {profile.threshold} results, so that no one’s answers can be read from them.
        </p>
      ) : (
        <>
          <p class="team-rule">{TEXT.rule(profile.threshold, extremesFrom(profile.threshold))}</p>
          <ProfileRadar instrument={instrument} profile={profile} />
          <FiguresTable instrument={instrument} profile={profile} />
          <div class="team-highlights">
            <section aria-labelledby="strengths-heading">
              <h3 id="strengths-heading">The group’s strengths</h3>
              <DimensionNames ids={profile.strengths} profile={profile} empty="No dimension has figures yet." />
            </section>
            <section aria-labelledby="development-heading">
              <h3 id="development-heading">Development areas</h3>
              <DimensionNames ids={profile.developmentAreas} profile={profile} empty="No dimension has figures yet." />
            </section>
          </div>
          <section class="team-differ" aria-labelledby="differ-heading">
            <h3 id="differ-heading">Where views differ most</h3>
            {profile.differMost.length === 0 ? (
              <p>Everyone gave the same scores on every dimension with figures.</p>
            ) : (
              profile.differMost.map((id) => {
                const d = instrument.dimensions.find((x) => x.id === id)!;
                const f = profile.dimensions.find((x) => x.id === id)!.figures!;
                return (
                  <article key={id} class="team-discuss" aria-labelledby={`differ-${id}`}>
                    <h4 id={`differ-${id}`}>{d.title}</h4>
                    <p>
                      Standard deviation {fixed(f.sd)}
                      {f.lowest === null ? '' : ` (lowest ${fixed(f.lowest)}, highest ${fixed(f.highest!)})`}:{' '}
                      {f.agreementLabel.toLowerCase()}. Questions to discuss together: {d.prompt}
                    </p>
                    <ul>
                      {d.items.map((item) => (
                        <li key={item.id}>{item.question}</li>
                      ))}
                    </ul>
                    <p>
                      <a href={`${frameworkHref}#${id}`}>Read about {d.title} in the framework</a>
                    </p>
                  </article>
                );
              })
            )}
          </section>
          <DetailsSlot
            instrument={instrument}
            threshold={profile.threshold}
            frameworkHref={frameworkHref}
            filter={filter}
          />
          {plan !== undefined && <div class="team-plan-slot">{plan}</div>}
          <div class="team-exports no-print">
            <h3>Keep or share the group’s figures</h3>
            <p>These hold group figures only, never anyone’s answers.</p>
            <button
              type="button"
              onClick={async () => {
                // The file writers and the group's plan load when first used, not with the page.
                const [{ groupFileName, groupSummaryJson }, { $groupPlans, DEFAULT_GROUP }] = await Promise.all([
                  import('../../lib/group-export'),
                  import('../../stores/plan'),
                ]);
                const plan = $groupPlans.get()[$activeId.get() || DEFAULT_GROUP];
                const text = groupSummaryJson(instrument, profile, filter, $questions.get(), plan);
                if (text !== null) downloadText(groupFileName(filter, 'json'), text, 'application/json');
              }}
            >
              Download the group summary (JSON)
            </button>{' '}
            <button
              type="button"
              onClick={async () => {
                const { groupFileName, groupSummaryCsv } = await import('../../lib/group-export');
                const text = groupSummaryCsv(instrument, profile, $questions.get());
                if (text !== null) downloadText(groupFileName(filter, 'csv'), text, 'text/csv;charset=utf-8');
              }}
            >
              Download the figures (CSV)
            </button>{' '}
            <button type="button" class="secondary" onClick={() => window.print()}>
              Print the report
            </button>{' '}
            <button
              type="button"
              class="secondary"
              ref={presentButton}
              onClick={() => {
                setPresent('loading');
                import('./PresentMode').then(
                  (m) => setPresent(m),
                  () => setPresent('failed'),
                );
              }}
            >
              {TEXT.present}
            </button>
            <p aria-live="polite" class="team-present-status">
              {present === 'loading' ? TEXT.presentLoading : present === 'failed' ? TEXT.presentFailed : ''}
            </p>
          </div>
          {Present !== null && (
            <Present
              instrument={instrument}
              profile={profile}
              questions={$questions.get()}
              title={title}
              onClose={() => {
                setPresent(null);
                presentButton.current?.focus();
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
