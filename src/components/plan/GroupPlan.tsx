/**
 * The group's action plan on the collective page: the same editor as a person's, kept on this
 * device per group id: the open workshop's id ("default" before any workshop exists).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Instrument } from '../../lib/instrument';
import type { ActionPlan } from '../../lib/action-plan';
import {
  $groupPlans,
  $groupPlanSaved,
  connectGroupPlans,
  DEFAULT_GROUP,
  followGroupPlans,
  setGroupPlan,
} from '../../stores/plan';
import { keepWorkshopList } from '../../stores/workshops';
import { LazyPlanEditor as PlanEditor } from './LazyPlanEditor';
import { t } from '../../i18n/t';

const pad = (n: number) => String(n).padStart(2, '0');
/** The group calendar's file name for a day, e.g. "collective-leadership-group-plan-2026-11-27.ics". */
const fileName = (d: Date) =>
  `collective-leadership-group-plan-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.ics`;

/** A group without a plan yet: one object, so that the editor sees the same plan from render to render. */
const NO_PLAN: ActionPlan = {};

/** The group plan section for one group id. */
export default function GroupPlan({ instrument, group = DEFAULT_GROUP }: { instrument: Instrument; group?: string }) {
  useState(() => connectGroupPlans(instrument.dimensions.map((d) => d.id)));
  // A plan changed in another tab of this browser is read again, not written over by this one.
  useEffect(() => followGroupPlans(instrument.dimensions.map((d) => d.id)), [instrument]);
  const plans = useStore($groupPlans);
  const saved = useStore($groupPlanSaved);
  const plan = Object.hasOwn(plans, group) ? (plans[group] ?? NO_PLAN) : NO_PLAN;
  return (
    <div class="group-plan">
      <PlanEditor
        dimensions={instrument.dimensions}
        plan={plan}
        onChange={(next) => {
          setGroupPlan(group, next);
          // Kept under its workshop's id: a workshop that lived only in memory is kept with it.
          keepWorkshopList();
        }}
        idPrefix="group-plan"
        heading={t('plan.groupHeading')}
        calendar={{
          fileName,
          name: t('plan.groupHeading'),
          scope: `group-${group.replace(/[^a-z0-9-]/gi, '').slice(0, 40)}`,
        }}
      />
      {saved ? (
        <p class="no-print">{t('plan.groupKept')}</p>
      ) : (
        <p role="alert" class="warning">
          {t('plan.groupNotKept')}
        </p>
      )}
    </div>
  );
}
