/**
 * An action plan: per dimension, an ordered list of actions (what, who leads, by when, status).
 * Pure: the plan's shape, its limits, checking untrusted input, the edits the editor makes, and
 * carrying format-version-1 action notes over into it. No DOM, no storage.
 */
import { t, type MessageKey } from '../i18n/t';

/** Where an action stands. */
export const PLAN_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

const STATUS_KEYS = {
  'not-started': 'plan.statusNotStarted',
  'in-progress': 'plan.statusInProgress',
  done: 'plan.statusDone',
} as const satisfies Record<PlanStatus, MessageKey>;

/** How a status is shown to people, in the interface language. */
export function statusLabel(status: PlanStatus): string {
  return t(STATUS_KEYS[status]);
}

/** One action. `who` and `due` are '' when not given; `due` is a calendar date, YYYY-MM-DD. */
export interface PlanAction {
  /** Stable within the plan (lower-case letters and digits); the calendar file's UID derives from it. */
  id: string;
  what: string;
  who: string;
  due: string;
  status: PlanStatus;
}

/** Actions by dimension id, each list in the person's order; a dimension without actions has no entry. */
export type ActionPlan = Record<string, PlanAction[]>;

/** The fields a person types; the id is given by the plan. */
export type ActionDraft = Omit<PlanAction, 'id'>;

/** Limits: what (as long as a version-1 note, so every note carries over whole), who, counts. */
export const PLAN_LIMITS = { what: 5000, who: 200, perDimension: 20, id: 24 } as const;

const ID = /^[a-z0-9]{1,24}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A problem with a plan, as a sentence for people. */
export type PlanCheck<T> = { ok: true; value: T } | { ok: false; message: string };

/** Whether text is a real calendar date written YYYY-MM-DD (years 1900–2999). */
export function isPlanDate(text: string): boolean {
  const m = DATE.exec(text);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Check what a person typed for one action; text is trimmed, every problem named. */
export function checkDraft(input: ActionDraft): PlanCheck<ActionDraft> {
  const what = input.what.trim();
  const who = input.who.trim();
  const due = input.due.trim();
  // Lengths in characters (code points), as JSON Schema counts them: an emoji is one.
  const whatLength = [...what].length;
  if (what === '') return { ok: false, message: t('plan.whatMissing') };
  // Lengths as plain digits ("5000"), the way the limits are written in the published schema.
  if (whatLength > PLAN_LIMITS.what) {
    return {
      ok: false,
      message: t('plan.whatTooLong', { max: String(PLAN_LIMITS.what), length: String(whatLength) }),
    };
  }
  if ([...who].length > PLAN_LIMITS.who) {
    return { ok: false, message: t('plan.whoTooLong', { max: String(PLAN_LIMITS.who) }) };
  }
  if (due !== '' && !isPlanDate(due)) return { ok: false, message: t('plan.badDate') };
  if (!(PLAN_STATUSES as readonly string[]).includes(input.status)) {
    // The statuses as files write them: these are the values, not their labels.
    return { ok: false, message: t('plan.badStatus', { statuses: PLAN_STATUSES.join(', ') }) };
  }
  return { ok: true, value: { what, who, due, status: input.status } };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

const ACTION_FIELDS = ['id', 'what', 'who', 'due', 'status'];

/**
 * Check an untrusted plan (from a file or storage) against the dimension ids it may name.
 * Refuses, with a sentence, unknown dimensions and fields, bad values, too many actions and
 * repeated ids; an action without an id gets one from its place (`<n>`), so hand-written
 * files are read too.
 */
export function validatePlan(dimensionIds: readonly string[], input: unknown): PlanCheck<ActionPlan> {
  if (input === undefined || input === null) return { ok: true, value: {} };
  if (!isPlainObject(input)) return { ok: false, message: t('plan.notObject') };
  const plan: ActionPlan = {};
  const ids = new Set<string>();
  const known = new Set(dimensionIds);
  const unnamed: { list: PlanAction[]; at: number }[] = [];
  for (const dimension of Object.keys(input)) {
    if (!known.has(dimension)) {
      return { ok: false, message: t('plan.unknownDimension', { dimension: dimension.slice(0, 60) }) };
    }
    const list = input[dimension];
    if (!Array.isArray(list)) return { ok: false, message: t('plan.notList', { dimension }) };
    if (list.length > PLAN_LIMITS.perDimension) {
      return {
        ok: false,
        message: t('plan.tooMany', { dimension, count: list.length, max: PLAN_LIMITS.perDimension }),
      };
    }
    const actions: PlanAction[] = [];
    for (const [n, raw] of (list as unknown[]).entries()) {
      const at = { position: n + 1, dimension };
      if (!isPlainObject(raw)) return { ok: false, message: t('plan.actionNotObject', at) };
      const extra = Object.keys(raw).find((k) => !ACTION_FIELDS.includes(k));
      if (extra !== undefined)
        return { ok: false, message: t('plan.actionExtraField', { ...at, field: extra.slice(0, 60) }) };
      const { id, what, who = '', due = '', status } = raw;
      if (
        typeof what !== 'string' ||
        typeof who !== 'string' ||
        typeof due !== 'string' ||
        typeof status !== 'string'
      ) {
        return { ok: false, message: t('plan.actionTypes', at) };
      }
      const draft = checkDraft({ what, who, due, status: status as PlanStatus });
      if (!draft.ok) return { ok: false, message: t('plan.actionInvalid', { ...at, reason: draft.message }) };
      if (id !== undefined && (typeof id !== 'string' || !ID.test(id))) {
        return { ok: false, message: t('plan.actionBadId', { ...at, max: PLAN_LIMITS.id }) };
      }
      if (typeof id === 'string') {
        if (ids.has(id)) return { ok: false, message: t('plan.duplicateId', { id }) };
        ids.add(id);
      } else {
        unnamed.push({ list: actions, at: actions.length });
      }
      actions.push({ id: typeof id === 'string' ? id : '', ...draft.value });
    }
    if (actions.length > 0)
      Object.defineProperty(plan, dimension, { value: actions, enumerable: true, writable: true, configurable: true });
  }
  for (const { list, at } of unnamed) {
    const action = list[at]!;
    action.id = freshId(ids);
    ids.add(action.id);
  }
  return { ok: true, value: ordered(dimensionIds, plan) };
}

/** The plan with its dimensions in the given (framework) order. */
export function ordered(dimensionIds: readonly string[], plan: ActionPlan): ActionPlan {
  const result: ActionPlan = {};
  for (const id of dimensionIds) {
    const list = Object.hasOwn(plan, id) ? plan[id] : undefined;
    if (list !== undefined && list.length > 0) result[id] = list;
  }
  return result;
}

/** Every action id in a plan. */
export function planIds(plan: ActionPlan): Set<string> {
  return new Set(Object.values(plan).flatMap((list) => list.map((a) => a.id)));
}

/** The smallest number, written in base 36, not yet an id in `taken`. */
export function freshId(taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = n.toString(36);
    if (!taken.has(id)) return id;
  }
}

/**
 * A random id (10 base-36 characters) not yet in `taken`: new actions get one, so that the
 * calendar entries of different people's plans never share a UID.
 */
export function randomActionId(taken: ReadonlySet<string>): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(10));
    const id = [...bytes].map((b) => (b % 36).toString(36)).join('');
    if (!taken.has(id)) return id;
  }
}

/**
 * Carry format-version-1 action notes (dimension id → free text) over into a plan: each
 * non-blank note becomes one action, its text whole (blank ends trimmed), not started, with no
 * lead or date.
 */
export function notesToPlan(
  dimensionIds: readonly string[],
  notes: Readonly<Record<string, string>>,
  makeId: (taken: ReadonlySet<string>) => string = freshId,
): ActionPlan {
  const plan: ActionPlan = {};
  const taken = new Set<string>();
  for (const dimension of dimensionIds) {
    const note = Object.hasOwn(notes, dimension) ? notes[dimension] : undefined;
    const what = note?.trim() ?? '';
    if (what === '') continue;
    const id = makeId(taken);
    taken.add(id);
    plan[dimension] = [{ id, what, who: '', due: '', status: 'not-started' }];
  }
  return plan;
}

/** The plan as written in files: `who` and `due` left out when empty. */
export function planToJson(plan: ActionPlan): Record<string, object[]> {
  return Object.fromEntries(
    Object.entries(plan).map(([dimension, list]) => [
      dimension,
      list.map((a) => ({
        id: a.id,
        what: a.what,
        ...(a.who === '' ? {} : { who: a.who }),
        ...(a.due === '' ? {} : { due: a.due }),
        status: a.status,
      })),
    ]),
  );
}
