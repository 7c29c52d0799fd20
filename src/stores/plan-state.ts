/**
 * The plan stores' state alone, without the plan's validation (src/stores/plan.ts holds the
 * actions): a page can show a plan from its first load and load the code that reads and writes
 * plans right after.
 */
import { atom } from 'nanostores';
import type { ActionPlan } from '../lib/action-plan';

/** Where the group plans are kept, by workshop id (read and written by plan.ts). */
export const GROUP_PLANS_KEY = 'cli:group-plans:v1';

/** The group id used before any workshop exists. */
export const DEFAULT_GROUP = 'default';

/** The person's own plan. */
export const $plan = atom<ActionPlan>({});
/** False when the last change to the person's plan could not be stored on this device. */
export const $planSaved = atom(true);
/** Plans of groups, by group id. */
export const $groupPlans = atom<Record<string, ActionPlan>>({});
/** False when the last change to a group's plan could not be stored on this device. */
export const $groupPlanSaved = atom(true);
