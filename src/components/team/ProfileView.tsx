/**
 * The collective profile: the level filter, then, only at or above the anonymity threshold, the
 * radar, the figures as a table, strengths, development areas, where views differ most (with that
 * dimension's questions for discussion), and the exports. Below it: how many more are needed.
 */
import { useStore } from '@nanostores/preact';
import type { GroupFigures, GroupProfile } from '../../lib/aggregate';
import { filterByLevel, type LevelFilter } from '../../lib/collection';
import { groupFileName, groupSummaryCsv, groupSummaryJson } from '../../lib/group-export';
import type { Instrument } from '../../lib/instrument';
import { LEVEL_LABELS, LEVELS } from '../../lib/result';
import { $collection, $levelFilter, $loaded, $profile, setLevelFilter } from '../../stores/collection';
import ProfileRadar from './ProfileRadar';
import { downloadText } from '../download';
import { $groupPlans, DEFAULT_GROUP } from '../../stores/plan';

const fixed = (v: number) => v.toFixed(2);

const FILTER_LABELS: Record<LevelFilter, string> = {
  all: 'All levels',
  ...LEVEL_LABELS,
  'not-stated': 'Level not stated',
};
const FILTERS: LevelFilter[] = ['all', ...LEVELS, 'not-stated'];

function FigureCells({ f }: { f: GroupFigures }) {
  return (
    <>
      <td>{fixed(f.mean)}</td>
      <td>{fixed(f.lowest)}</td>
      <td>{fixed(f.highest)}</td>
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
            {d.title}: group mean {fixed(d.figures!.mean)}
          </li>
        );
      })}
    </ul>
  );
}

export default function ProfileView({ instrument, frameworkHref }: { instrument: Instrument; frameworkHref: string }) {
  const profile = useStore($profile);
  const filter = useStore($levelFilter);
  const collection = useStore($collection);
  const loaded = useStore($loaded);
  if (profile === null || !loaded) return <p class="team-loading">Reading the collection saved in this browser…</p>;
  const label = FILTER_LABELS[filter];
  const countFor = (f: LevelFilter) => filterByLevel(collection, f).length;

  return (
    <section class="team-profile" aria-labelledby="profile-heading">
      <h2 id="profile-heading">The group’s profile</h2>
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
                      Standard deviation {fixed(f.sd)} (lowest {fixed(f.lowest)}, highest {fixed(f.highest)}):{' '}
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
          <div class="team-exports no-print">
            <h3>Keep or share the group’s figures</h3>
            <p>These hold group figures only, never anyone’s answers.</p>
            <button
              type="button"
              onClick={() => {
                const text = groupSummaryJson(instrument, profile, filter, $groupPlans.get()[DEFAULT_GROUP]);
                if (text !== null) downloadText(groupFileName(filter, 'json'), text, 'application/json');
              }}
            >
              Download the group summary (JSON)
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                const text = groupSummaryCsv(profile);
                if (text !== null) downloadText(groupFileName(filter, 'csv'), text, 'text/csv;charset=utf-8');
              }}
            >
              Download the figures (CSV)
            </button>{' '}
            <button type="button" class="secondary" onClick={() => window.print()}>
              Print the report
            </button>
          </div>
        </>
      )}
    </section>
  );
}
