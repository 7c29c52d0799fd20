/**
 * An action plan: per dimension, an ordered list of actions (what, who leads, by when, status).
 * Pure: the plan's shape, its limits, checking untrusted input, the edits the editor makes, and
 * carrying format-version-1 action notes over into it. No DOM, no storage.
 */

/** Where an action stands. */
export const PLAN_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** How each status is shown to people. */
export const STATUS_LABELS: Record<PlanStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};

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
  if (what === '') return { ok: false, message: 'Say what the action is.' };
  if (whatLength > PLAN_LIMITS.what) {
    return {
      ok: false,
      message: `An action can be at most ${PLAN_LIMITS.what} characters long (this one has ${whatLength}).`,
    };
  }
  if ([...who].length > PLAN_LIMITS.who) {
    return { ok: false, message: `Who leads can be at most ${PLAN_LIMITS.who} characters long.` };
  }
  if (due !== '' && !isPlanDate(due))
    return { ok: false, message: 'The date must be a real date, written YYYY-MM-DD.' };
  if (!(PLAN_STATUSES as readonly string[]).includes(input.status)) {
    return { ok: false, message: `The status must be one of: ${PLAN_STATUSES.join(', ')}.` };
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
  if (!isPlainObject(input)) return { ok: false, message: 'The action plan is not an object of dimensions.' };
  const plan: ActionPlan = {};
  const ids = new Set<string>();
  const known = new Set(dimensionIds);
  const unnamed: { list: PlanAction[]; at: number }[] = [];
  for (const dimension of Object.keys(input)) {
    if (!known.has(dimension)) {
      return { ok: false, message: `The action plan names an unknown dimension: “${dimension.slice(0, 60)}”.` };
    }
    const list = input[dimension];
    if (!Array.isArray(list)) return { ok: false, message: `The actions for “${dimension}” are not a list.` };
    if (list.length > PLAN_LIMITS.perDimension) {
      return {
        ok: false,
        message: `“${dimension}” has ${list.length} actions; a dimension can have at most ${PLAN_LIMITS.perDimension}.`,
      };
    }
    const actions: PlanAction[] = [];
    for (const [n, raw] of (list as unknown[]).entries()) {
      const at = `Action ${n + 1} for “${dimension}”`;
      if (!isPlainObject(raw)) return { ok: false, message: `${at} is not an object.` };
      const extra = Object.keys(raw).find((k) => !ACTION_FIELDS.includes(k));
      if (extra !== undefined)
        return { ok: false, message: `${at} has a field the plan does not have: “${extra.slice(0, 60)}”.` };
      const { id, what, who = '', due = '', status } = raw;
      if (
        typeof what !== 'string' ||
        typeof who !== 'string' ||
        typeof due !== 'string' ||
        typeof status !== 'string'
      ) {
        return { ok: false, message: `${at} needs “what” and “status” as text (and “who”, “due” as text when given).` };
      }
      const draft = checkDraft({ what, who, due, status: status as PlanStatus });
      if (!draft.ok) return { ok: false, message: `${at}: ${draft.message}` };
      if (id !== undefined && (typeof id !== 'string' || !ID.test(id))) {
        return { ok: false, message: `${at} has an id that is not 1–${PLAN_LIMITS.id} lower-case letters and digits.` };
      }
      if (typeof id === 'string') {
        if (ids.has(id)) return { ok: false, message: `Two actions have the same id “${id}”.` };
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
