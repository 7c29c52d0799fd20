/**
 * The collective profile: the level filter, then, only at or above the anonymity threshold, the
 * radar, the figures as a table, strengths, development areas, where views differ most (with that
 * dimension's questions for discussion), every question, talking points, the levels side by side,
 * the exports, present mode and print. Below it: how many more are needed. Every figure comes from
 * src/lib/aggregate.ts (the anonymity rule) and is rounded by src/lib/rounding.ts.
 */
import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { extremesFrom, type GroupFigures, type GroupProfile } from '../../lib/aggregate';
import { filterByLevel, type LevelFilter } from '../../lib/collection';
import type { Instrument } from '../../lib/instrument';
import { screenPercent, screenScale } from '../../lib/rounding';
import { $collection, $levelFilter, $loaded, $profile, $progress } from '../../stores/collection';
import { chooseLevelFilter, LEVEL_FILTERS } from '../../stores/level-filter';
import { $levelComparison, $questions, workOutEveryQuestion } from '../../stores/group-report';
import { $activeId, $activeWorkshop } from '../../stores/workshops';
import LevelComparison from './LevelComparison';
import QuestionTable from './QuestionTable';
import TalkingPoints from './TalkingPoints';
import { t, tParts } from '../../i18n/t';
import { ScrollRegion } from '../ScrollRegion';
import { longDate } from '../long-date';
import { agreementInSentence } from './agreement';
import { levelLabel, levelLabelInSentence } from './levels';
import ProfileRadar from './ProfileRadar';
import { downloadText } from '../download';
import { memo } from '../memo';
import { useStages } from '../use-stages';

const fixed = screenScale;

/** The printed report's date: English as written in Britain, like the rest of the site's English. */

const cell = (v: number | null) => (v === null ? <span class="team-muted">{t('team.withheld')}</span> : fixed(v));

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
    <ScrollRegion labelledBy="team-table-caption" className="team-table-wrap">
      <table class="team-table">
        <caption id="team-table-caption">
          {t('team.figuresCaption', { min: instrument.scale.min, max: instrument.scale.max, count: profile.count })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('team.colDimension')}</th>
            <th scope="col">{t('team.colResults')}</th>
            <th scope="col">{t('team.colGroupMean')}</th>
            <th scope="col">{t('team.colLowest')}</th>
            <th scope="col">{t('team.colHighest')}</th>
            <th scope="col">{t('team.colSd')}</th>
            <th scope="col">{t('team.colAgreement')}</th>
          </tr>
        </thead>
        <tbody>
          {profile.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.title}</th>
              {d.figures === null ? (
                <td colSpan={6}>{t('team.dimensionWithheld', { threshold: profile.threshold })}</td>
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
              <th scope="row">{t('team.overall')}</th>
              <td>{profile.overall.n}</td>
              <FigureCells f={profile.overall} />
            </tr>
          </tfoot>
        )}
      </table>
    </ScrollRegion>
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
            {t('team.dimensionMean', {
              dimension: d.title,
              mean: fixed(d.figures!.mean),
              percent: screenPercent(d.figures!.percent),
            })}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Its children from the `after`th task after its first render on: the profile's first render,
 * spread over tasks (its place in the page is kept; later renders show them at once).
 */
function Later({ after, children }: { after: number; children: ComponentChildren }) {
  return useStages(after) >= after ? <>{children}</> : null;
}

/** The strengths and development areas: the dimensions with the highest and the lowest group means. */
function Highlights({ profile }: { profile: GroupProfile }) {
  return (
    <div class="team-highlights">
      <section aria-labelledby="strengths-heading">
        <h3 id="strengths-heading">{t('team.strengths')}</h3>
        <DimensionNames ids={profile.strengths} profile={profile} empty={t('team.noDimensionFigures')} />
      </section>
      <section aria-labelledby="development-heading">
        <h3 id="development-heading">{t('team.developmentAreas')}</h3>
        <DimensionNames ids={profile.developmentAreas} profile={profile} empty={t('team.noDimensionFigures')} />
      </section>
    </div>
  );
}

/** Where views differ most: each such dimension, its spread, and its questions for discussion. */
function DifferMost({
  instrument,
  profile,
  frameworkHref,
}: {
  instrument: Instrument;
  profile: GroupProfile;
  frameworkHref: string;
}) {
  return (
    <section class="team-differ" aria-labelledby="differ-heading">
      <h3 id="differ-heading">{t('team.differHeading')}</h3>
      {profile.differMost.length === 0 ? (
        <p>{t('team.differNone')}</p>
      ) : (
        profile.differMost.map((id) => {
          const d = instrument.dimensions.find((x) => x.id === id)!;
          const f = profile.dimensions.find((x) => x.id === id)!.figures!;
          return (
            <article key={id} class="team-discuss" aria-labelledby={`differ-${id}`}>
              <h4 id={`differ-${id}`}>{d.title}</h4>
              <p>
                {f.lowest === null
                  ? t('team.differSpread', {
                      sd: fixed(f.sd),
                      agreement: agreementInSentence(f.agreement),
                      prompt: d.prompt,
                    })
                  : t('team.differSpreadExtremes', {
                      sd: fixed(f.sd),
                      lowest: fixed(f.lowest),
                      highest: fixed(f.highest!),
                      agreement: agreementInSentence(f.agreement),
                      prompt: d.prompt,
                    })}
              </p>
              <ul>
                {d.items.map((item) => (
                  <li key={item.id}>{item.question}</li>
                ))}
              </ul>
              <p class="no-print">
                <a href={`${frameworkHref}#${id}`}>{t('team.readAbout', { dimension: d.title })}</a>
              </p>
            </article>
          );
        })
      )}
    </section>
  );
}

type PresentModule = typeof import('./PresentMode');

/**
 * Every question, the talking points and the levels side by side, each reading its own figures
 * ($questions and $levelComparison) and shown from its own stage of DetailsSlot: their figures are
 * worked out, and each part renders, in tasks of their own after the profile's first paint; after a
 * change, each renders again when its figures update.
 */
function Details({
  instrument,
  threshold,
  frameworkHref,
  filter,
  stage,
}: {
  instrument: Instrument;
  threshold: number;
  frameworkHref: string;
  filter: LevelFilter;
  stage: number;
}) {
  return (
    <>
      {stage >= QUESTIONS_STAGE ? (
        <Questions instrument={instrument} threshold={threshold} />
      ) : (
        <p class="team-loading">{t('team.detailsLoading')}</p>
      )}
      {stage >= TALKING_POINTS_STAGE && <Talking frameworkHref={frameworkHref} />}
      {stage >= LEVELS_STAGE && filter === 'all' && <Levels instrument={instrument} />}
    </>
  );
}

function Questions({ instrument, threshold }: { instrument: Instrument; threshold: number }) {
  return <QuestionTable instrument={instrument} questions={useStore($questions)} threshold={threshold} />;
}

function Talking({ frameworkHref }: { frameworkHref: string }) {
  return <TalkingPoints questions={useStore($questions)} frameworkHref={frameworkHref} />;
}

function Levels({ instrument }: { instrument: Instrument }) {
  const comparison = useStore($levelComparison);
  return comparison === null ? null : <LevelComparison instrument={instrument} comparison={comparison} />;
}

/**
 * The details' stages, one task each, once every question's figures are worked out (a few questions
 * a task, see `useQuestionsWorkedOut`): the table, the talking points, the levels' figures, the
 * levels.
 */
const QUESTIONS_STAGE = 1;
const TALKING_POINTS_STAGE = 2;
const LEVELS_STAGE = 4;
const WORK_BEFORE_STAGE: Record<number, () => unknown> = {
  3: () => $levelComparison.get(),
};
const workBefore = (stage: number) => WORK_BEFORE_STAGE[stage]?.();

/**
 * False until every question's figures for the profile's set are worked out (`workOutEveryQuestion`,
 * a few questions a task from the one after the first render); then true. (After a change,
 * `$questions` works out the new set's figures itself.)
 */
function useQuestionsWorkedOut(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    let live = true;
    void workOutEveryQuestion().then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, []);
  return done;
}

/**
 * Holds `Details` back until the profile has painted and the questions' figures are worked out,
 * then shows its parts one task after another; rendered again only when its own props change.
 */
const DetailsSlot = memo(function DetailsSlot(props: Omit<Parameters<typeof Details>[0], 'stage'>) {
  const worked = useQuestionsWorkedOut();
  return <Details {...props} stage={useStages(LEVELS_STAGE, 0, workBefore, worked ? LEVELS_STAGE : 0)} />;
});

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
 * While the page prints, its title is `name` (when there is one): a browser names the PDF it saves,
 * and heads the printed pages, after the document's title.
 */
function usePrintTitle(name: string | undefined): void {
  useEffect(() => {
    if (name === undefined) return;
    let before = document.title;
    const set = () => {
      before = document.title;
      document.title = name;
    };
    const reset = () => {
      document.title = before;
    };
    globalThis.addEventListener('beforeprint', set);
    globalThis.addEventListener('afterprint', reset);
    return () => {
      globalThis.removeEventListener('beforeprint', set);
      globalThis.removeEventListener('afterprint', reset);
    };
  }, [name]);
}

/**
 * The profile. `title` names the report: without it, the open workshop's name (unless it is the
 * first workshop's, never named), else "Collective profile". `plan` is the group's action plan,
 * shown before the exports and printed with the report.
 */
export default function ProfileView({
  instrument,
  frameworkHref,
  title: given,
  plan,
}: {
  instrument: Instrument;
  frameworkHref: string;
  title?: string;
  plan?: ComponentChildren;
}) {
  const workshop = useStore($activeWorkshop);
  // The print-out, present mode and the files name the workshop they are of.
  const named = workshop !== null && workshop.name !== t('workshop.firstName') ? workshop.name : undefined;
  const title = given ?? named ?? t('team.reportTitle');
  const profile = useStore($profile);
  const filter = useStore($levelFilter);
  const collection = useStore($collection);
  const loaded = useStore($loaded);
  const [present, setPresent] = useState<PresentModule | 'loading' | 'failed' | null>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  usePrefetchChart(profile?.shown === true);
  usePrintTitle(named);
  if (profile === null || !loaded) return <p class="team-loading">{t('team.readingSaved')}</p>;
  const Present = present !== null && typeof present === 'object' ? present.default : null;
  const countFor = (f: LevelFilter) => filterByLevel(collection, f).length;

  return (
    <section class="team-profile" aria-labelledby="profile-heading">
      <h2 id="profile-heading" class="no-print">
        {t('team.profileHeading')}
      </h2>
      <div class="print-only team-report-head">
        <p class="team-report-title">{title}</p>
        <p>
          {t('team.reportFacts', {
            date: longDate(new Date()),
            count: profile.count,
            threshold: profile.threshold,
            level: levelLabelInSentence(filter),
          })}
        </p>
      </div>
      <div class="team-filter no-print">
        <label for="team-level">{t('team.showResultsFor')}</label>
        <select
          id="team-level"
          value={filter}
          onChange={(e) => chooseLevelFilter(e.currentTarget.value as LevelFilter)}
        >
          {LEVEL_FILTERS.map((f) => (
            <option key={f} value={f}>
              {t('team.filterOption', { level: levelLabel(f), count: countFor(f) })}
            </option>
          ))}
        </select>
      </div>
      <p class="team-count">
        {filter === 'all'
          ? tParts('team.countInProfile', {
              results: <strong>{t('team.resultsCount', { count: profile.count })}</strong>,
            })
          : tParts('team.countForLevel', {
              results: <strong>{t('team.resultsCount', { count: profile.count })}</strong>,
              level: levelLabelInSentence(filter),
            })}
      </p>
      {!profile.shown && profile.needed === 0 ? (
        <p class="team-needed">
          {t('team.levelsWithheld', { count: profile.smallGroup, threshold: profile.threshold })}
        </p>
      ) : !profile.shown ? (
        <p class="team-needed">
          {t(filter === 'all' ? 'team.needed' : 'team.neededAtLevel', {
            count: profile.needed,
            threshold: profile.threshold,
          })}
        </p>
      ) : (
        <>
          <p class="team-rule">
            {t('team.anonymityRule', { threshold: profile.threshold, extremes: extremesFrom(profile.threshold) })}
          </p>
          {/* One part a task: most of their cost is formatting numbers and messages for the first time. */}
          <Later after={1}>
            <ProfileRadar instrument={instrument} profile={profile} />
          </Later>
          <Later after={2}>
            <FiguresTable instrument={instrument} profile={profile} />
          </Later>
          <Later after={3}>
            <Highlights profile={profile} />
          </Later>
          <Later after={4}>
            <DifferMost instrument={instrument} profile={profile} frameworkHref={frameworkHref} />
          </Later>
          <DetailsSlot
            instrument={instrument}
            threshold={profile.threshold}
            frameworkHref={frameworkHref}
            filter={filter}
          />
          {plan !== undefined && <div class="team-plan-slot">{plan}</div>}
          <div class="team-exports no-print">
            <h3>{t('team.exportsHeading')}</h3>
            <p>{t('team.exportsIntro')}</p>
            <button
              type="button"
              onClick={async () => {
                // The file writers and the group's plan load when first used, not with the page.
                const [{ groupFileName, groupSummaryJson }, { $groupPlans, DEFAULT_GROUP }] = await Promise.all([
                  import('../../lib/group-export'),
                  import('../../stores/plan'),
                ]);
                const plan = $groupPlans.get()[$activeId.get() || DEFAULT_GROUP];
                const text = groupSummaryJson(instrument, profile, filter, $questions.get(), plan, named);
                if (text !== null) downloadText(groupFileName(filter, 'json', named), text, 'application/json');
              }}
            >
              {t('team.downloadSummary')}
            </button>{' '}
            <button
              type="button"
              onClick={async () => {
                const { groupFileName, groupSummaryCsv } = await import('../../lib/group-export');
                const text = groupSummaryCsv(instrument, profile, $questions.get());
                if (text !== null) downloadText(groupFileName(filter, 'csv', named), text, 'text/csv;charset=utf-8');
              }}
            >
              {t('team.downloadCsv')}
            </button>{' '}
            <button type="button" class="secondary" onClick={() => window.print()}>
              {t('team.printReport')}
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
              {t('team.present')}
            </button>
            <p aria-live="polite" class="team-present-status">
              {present === 'loading' ? t('team.presentLoading') : present === 'failed' ? t('team.presentFailed') : ''}
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
