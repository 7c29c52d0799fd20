/**
 * The edits the plan editor makes, as pure functions over an action plan (add, edit, move,
 * remove) and counts it shows. Kept apart from src/lib/action-plan so that they load with the
 * editor, not with every page that reads a plan. No DOM, no storage.
 */
import {
  PLAN_LIMITS,
  checkDraft,
  freshId,
  planIds,
  type ActionDraft,
  type ActionPlan,
  type PlanAction,
  type PlanCheck,
} from './action-plan';
import { t } from '../i18n/t';

/** How many actions of a plan have a due date (what its calendar file holds). */
export function datedActions(plan: ActionPlan): number {
  return Object.values(plan).reduce((sum, list) => sum + list.filter((a) => a.due !== '').length, 0);
}

/** How many actions a plan has. */
export function countActions(plan: ActionPlan): number {
  return Object.values(plan).reduce((sum, list) => sum + list.length, 0);
}

const listOf = (plan: ActionPlan, dimension: string): PlanAction[] =>
  Object.hasOwn(plan, dimension) ? (plan[dimension] ?? []) : [];

function withList(plan: ActionPlan, dimension: string, list: PlanAction[]): ActionPlan {
  const { [dimension]: _old, ...rest } = plan;
  return list.length === 0 ? rest : { ...rest, [dimension]: list };
}

/** Add a checked action at the end of a dimension's list; refused past the per-dimension limit. */
export function addAction(
  plan: ActionPlan,
  dimension: string,
  draft: ActionDraft,
  makeId: (taken: ReadonlySet<string>) => string = freshId,
): PlanCheck<{ plan: ActionPlan; id: string }> {
  const list = listOf(plan, dimension);
  if (list.length >= PLAN_LIMITS.perDimension) {
    return { ok: false, message: t('plan.dimensionFull', { max: PLAN_LIMITS.perDimension }) };
  }
  const checked = checkDraft(draft);
  if (!checked.ok) return checked;
  const id = makeId(planIds(plan));
  return { ok: true, value: { plan: withList(plan, dimension, [...list, { id, ...checked.value }]), id } };
}

/** Replace one action's fields (its id and place stay). */
export function updateAction(
  plan: ActionPlan,
  dimension: string,
  id: string,
  draft: ActionDraft,
): PlanCheck<ActionPlan> {
  const list = listOf(plan, dimension);
  if (!list.some((a) => a.id === id)) return { ok: false, message: t('plan.actionGone') };
  const checked = checkDraft(draft);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: withList(
      plan,
      dimension,
      list.map((a) => (a.id === id ? { id, ...checked.value } : a)),
    ),
  };
}

/** Move an action one place up (-1) or down (+1) in its dimension; unchanged at either end. */
export function moveAction(plan: ActionPlan, dimension: string, id: string, by: -1 | 1): ActionPlan {
  const list = [...listOf(plan, dimension)];
  const from = list.findIndex((a) => a.id === id);
  const to = from + by;
  if (from === -1 || to < 0 || to >= list.length) return plan;
  [list[from], list[to]] = [list[to]!, list[from]!];
  return withList(plan, dimension, list);
}

/** Remove an action. */
export function removeAction(plan: ActionPlan, dimension: string, id: string): ActionPlan {
  return withList(
    plan,
    dimension,
    listOf(plan, dimension).filter((a) => a.id !== id),
  );
}
